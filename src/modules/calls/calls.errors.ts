import type { ErrorTable } from '../../shared/errors.ts';

/** Codes of the calls module (话务). */
export const CALLS_ERRORS = {
  /** No HOTLINE_CTI_SECRET: a signed event cannot be checked (503); an unsigned one is refused first (401) */
  CTI_NOT_CONFIGURED: 'unavailable',
  /** A missing, malformed or wrong X-Hotline-Signature: nothing is stored */
  CTI_SIGNATURE_INVALID: 'unauthenticated',
  /** X-Hotline-Timestamp missing or more than 5 minutes from the server clock (a replayed capture) */
  CTI_TIMESTAMP_STALE: 'unauthenticated',
  CALL_NOT_FOUND: 'notFound',
  /** A callback recorded for a call that was answered, or has no caller number */
  CALL_NOT_MISSED: 'conflict',
  /** The number was called back (or called in and was answered) after this call already */
  CALL_ALREADY_CALLED_BACK: 'conflict',
  /** Another agent recorded an attempt on the same call at the same moment: one wins, this one looks again */
  CALL_CALLBACK_CONFLICT: 'conflict',
} as const satisfies ErrorTable;

type Codes = typeof CALLS_ERRORS;

declare module '../../shared/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this module's codes
  interface ErrorCodes extends Codes {}
}
