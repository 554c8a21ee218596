import type { ErrorTable } from '../../shared/errors.ts';

/** Codes of the categories module (诉求分类). */
export const CATEGORIES_ERRORS = {
  CATEGORY_NOT_FOUND: 'notFound',
  /** A ticket names a category the code list does not have, has retired, or cannot tell apart */
  UNKNOWN_CATEGORY: 'invalid',
} as const satisfies ErrorTable;

type Codes = typeof CATEGORIES_ERRORS;

declare module '../../shared/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this module's codes
  interface ErrorCodes extends Codes {}
}
