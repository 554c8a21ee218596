import type { ErrorTable } from '../../shared/errors.ts';

/** Codes of the imports module (files of legacy systems). */
export const IMPORTS_ERRORS = {
  /** Rows of a file refused, each named with its line and column */
  IMPORT_INVALID: 'invalid',
  IMPORT_FILE_EMPTY: 'invalid',
  IMPORT_FILE_UNREADABLE: 'invalid',
} as const satisfies ErrorTable;

type Codes = typeof IMPORTS_ERRORS;

declare module '../../shared/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this module's codes
  interface ErrorCodes extends Codes {}
}
