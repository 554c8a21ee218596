export {
  createUsersService,
  toActor,
  type UsersService,
  type NewUser,
  type PublicUser,
} from './users.service.ts';
