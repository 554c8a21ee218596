import type { ErrorTable } from '../../shared/errors.ts';

/** Codes of the evaluation module (scoring schemes). */
export const EVALUATION_ERRORS = {
  SCHEME_VERSION_CONFLICT: 'conflict',
} as const satisfies ErrorTable;

type Codes = typeof EVALUATION_ERRORS;

declare module '../../shared/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this module's codes
  interface ErrorCodes extends Codes {}
}
