export {
  createUsersService,
  toActor,
  type UsersService,
  type NewUser,
  type PublicUser,
} from './users.service.ts';
export { DEFAULT_THROTTLE } from './login-throttle.ts';
