import type { ErrorTable } from '../../shared/errors.ts';

/** Codes of the users module (accounts, sessions, tokens). */
export const USERS_ERRORS = {
  INVALID_CREDENTIALS: 'unauthenticated',
  USER_NOT_FOUND: 'notFound',
  USERNAME_TAKEN: 'conflict',
  PASSWORD_POLICY: 'invalid',
  LOGIN_THROTTLED: 'throttled',
  TOKEN_NOT_FOUND: 'notFound',
  LOGIN_LOCK_NOT_FOUND: 'notFound',
} as const satisfies ErrorTable;

type Codes = typeof USERS_ERRORS;

declare module '../../shared/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this module's codes
  interface ErrorCodes extends Codes {}
}
