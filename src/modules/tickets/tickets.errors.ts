import type { ErrorTable } from '../../shared/errors.ts';
import type { LifecycleErrorCode } from '../../domain/lifecycle/index.ts';

// A refusal of the lifecycle rules is a request the ticket's state does not allow (409), or one missing what the
// rule needs (400).
const LIFECYCLE_ERRORS = {
  INVALID_TRANSITION: 'conflict',
  ASSIGNMENT_NOT_FOUND: 'conflict',
  ASSIGNMENT_NOT_OPEN: 'conflict',
  NOT_LEAD_UNIT: 'conflict',
  SEND_BACK_PENDING: 'conflict',
  NO_SEND_BACK_PENDING: 'conflict',
  EXTENSION_PENDING: 'conflict',
  NO_EXTENSION_PENDING: 'conflict',
  SUPPORT_FEEDBACK_PENDING: 'conflict',
  EXTENSION_NOT_LATER: 'invalid',
  UNIT_NOT_BELOW: 'invalid',
  DUPLICATE_UNIT: 'invalid',
  MERGE_TARGET_INVALID: 'invalid',
  SATISFACTION_REQUIRED: 'invalid',
  REOPEN_NEEDS_UNIT: 'invalid',
} as const satisfies Record<LifecycleErrorCode, ErrorTable[string]>;

/** Codes of the tickets module; the lifecycle's refusals are its own (src/domain/lifecycle). */
export const TICKETS_ERRORS = {
  ...LIFECYCLE_ERRORS,
  TICKET_NOT_FOUND: 'notFound',
  TICKET_OUT_OF_SCOPE: 'forbidden',
  VERSION_CONFLICT: 'conflict',
  IDEMPOTENCY_KEY_REUSED: 'conflict',
  RECEIVED_AT_NOT_ALLOWED: 'invalid',
} as const satisfies ErrorTable;

type Codes = typeof TICKETS_ERRORS;

declare module '../../shared/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this module's codes
  interface ErrorCodes extends Codes {}
}
