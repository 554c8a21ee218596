export {
  createUsersService,
  toActor,
  type UsersService,
  type NewUser,
  type PublicUser,
} from './users.service.ts';
export { DEFAULT_THROTTLE } from './login-throttle.ts';
export { createUserDirectory, type AccountSummary, type UserDirectory } from './user-directory.ts';
export { registerUserRoutes } from './users.routes.ts';
export { USERS_ERRORS } from './users.errors.ts';
