import type { LifecycleErrorCode } from '../domain/lifecycle/lifecycle-error.ts';

// Every stable error code the API can answer with. The HTTP layer maps each one to a status in one
// exhaustive switch (src/http/error-status.ts); adding a code here without a status fails to compile.
export type ErrorCode =
  | LifecycleErrorCode
  | 'VALIDATION_FAILED'
  | 'UNAUTHENTICATED'
  | 'INVALID_CREDENTIALS'
  | 'FORBIDDEN'
  | 'TICKET_OUT_OF_SCOPE'
  | 'TICKET_NOT_FOUND'
  | 'UNIT_NOT_FOUND'
  | 'USER_NOT_FOUND'
  | 'POLICY_NOT_FOUND'
  | 'CALENDAR_DAY_NOT_FOUND'
  | 'ROUTE_NOT_FOUND'
  | 'UNKNOWN_UNIT'
  | 'UNIT_PARENT_NOT_FOUND'
  | 'UNIT_CYCLE'
  | 'USERNAME_TAKEN'
  | 'VERSION_CONFLICT'
  | 'SCHEME_VERSION_CONFLICT'
  | 'TIME_INVALID'
  | 'TIME_LIMIT_INVALID'
  | 'CALENDAR_DAY_DUPLICATE'
  | 'IMPORT_INVALID'
  | 'IMPORT_FILE_EMPTY'
  | 'IMPORT_FILE_UNREADABLE'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'INTERNAL_ERROR';
