import type { ErrorTable } from '../../shared/errors.ts';

/** Codes of the bulletin module. */
export const BULLETIN_ERRORS = {
  BULLETIN_ISSUE_NOT_FOUND: 'notFound',
} as const satisfies ErrorTable;

type Codes = typeof BULLETIN_ERRORS;

declare module '../../shared/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this module's codes
  interface ErrorCodes extends Codes {}
}
