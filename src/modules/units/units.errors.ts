import type { ErrorTable } from '../../shared/errors.ts';

/** Codes of the units module (组织机构). */
export const UNITS_ERRORS = {
  UNIT_NOT_FOUND: 'notFound',
  /** A unit named by a command or a file row that does not exist or is inactive */
  UNKNOWN_UNIT: 'invalid',
  UNIT_PARENT_NOT_FOUND: 'invalid',
  UNIT_CYCLE: 'invalid',
  /** Deactivating a unit that still has open work or active units below it (the count is in the message) */
  UNIT_IN_USE: 'conflict',
  /** Placing a unit under, or activating it below, a deactivated unit */
  UNIT_INACTIVE: 'conflict',
} as const satisfies ErrorTable;

type Codes = typeof UNITS_ERRORS;

declare module '../../shared/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this module's codes
  interface ErrorCodes extends Codes {}
}
