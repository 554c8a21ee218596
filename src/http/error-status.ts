import type { ErrorCode } from '../shared/error-codes.ts';

/** The only place that knows HTTP statuses for error codes. */
export function statusForCode(code: ErrorCode): number {
  switch (code) {
    case 'VALIDATION_FAILED':
    case 'UNKNOWN_UNIT':
    case 'UNIT_PARENT_NOT_FOUND':
    case 'UNIT_CYCLE':
    case 'UNIT_NOT_BELOW':
    case 'DUPLICATE_UNIT':
    case 'MERGE_TARGET_INVALID':
    case 'SATISFACTION_REQUIRED':
    case 'REOPEN_NEEDS_UNIT':
    case 'EXTENSION_NOT_LATER':
    case 'TIME_INVALID':
    case 'TIME_LIMIT_INVALID':
    case 'CALENDAR_DAY_DUPLICATE':
    case 'IMPORT_INVALID':
    case 'IMPORT_FILE_EMPTY':
    case 'IMPORT_FILE_UNREADABLE':
    case 'PASSWORD_POLICY':
    case 'RECEIVED_AT_NOT_ALLOWED':
      return 400;
    case 'UNAUTHENTICATED':
    case 'INVALID_CREDENTIALS':
      return 401;
    case 'FORBIDDEN':
    case 'TICKET_OUT_OF_SCOPE':
    case 'CROSS_ORIGIN_REQUEST':
      return 403;
    case 'TICKET_NOT_FOUND':
    case 'UNIT_NOT_FOUND':
    case 'USER_NOT_FOUND':
    case 'POLICY_NOT_FOUND':
    case 'CALENDAR_DAY_NOT_FOUND':
    case 'ROUTE_NOT_FOUND':
    case 'TOKEN_NOT_FOUND':
    case 'LOGIN_LOCK_NOT_FOUND':
      return 404;
    case 'VERSION_CONFLICT':
    case 'SCHEME_VERSION_CONFLICT':
    case 'INVALID_TRANSITION':
    case 'ASSIGNMENT_NOT_FOUND':
    case 'ASSIGNMENT_NOT_OPEN':
    case 'NOT_LEAD_UNIT':
    case 'SEND_BACK_PENDING':
    case 'NO_SEND_BACK_PENDING':
    case 'EXTENSION_PENDING':
    case 'NO_EXTENSION_PENDING':
    case 'SUPPORT_FEEDBACK_PENDING':
    case 'USERNAME_TAKEN':
    case 'IDEMPOTENCY_KEY_REUSED':
      return 409;
    case 'PAYLOAD_TOO_LARGE':
      return 413;
    case 'URI_TOO_LONG':
      return 414;
    case 'LOGIN_THROTTLED':
    case 'RATE_LIMITED':
      return 429;
    case 'HEADERS_TOO_LARGE':
      return 431;
    case 'UNSUPPORTED_MEDIA_TYPE':
      return 415;
    case 'INTERNAL_ERROR':
      return 500;
  }
}
