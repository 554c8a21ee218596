import type { ErrorTable } from '../../shared/errors.ts';

/** Codes of the calendar module (working days and deadline policies). */
export const CALENDAR_ERRORS = {
  POLICY_NOT_FOUND: 'notFound',
  CALENDAR_DAY_NOT_FOUND: 'notFound',
  TIME_LIMIT_INVALID: 'invalid',
  CALENDAR_DAY_DUPLICATE: 'invalid',
} as const satisfies ErrorTable;

type Codes = typeof CALENDAR_ERRORS;

declare module '../../shared/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this module's codes
  interface ErrorCodes extends Codes {}
}
