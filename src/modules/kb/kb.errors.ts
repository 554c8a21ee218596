import type { ErrorTable } from '../../shared/errors.ts';

/** Codes of the knowledge-base module (知识库). */
export const KB_ERRORS = {
  KB_ARTICLE_NOT_FOUND: 'notFound',
  /** The article's state does not allow the action (approve a draft, submit what is under review) */
  KB_INVALID_STATE: 'conflict',
  KB_SYNONYM_NOT_FOUND: 'notFound',
} as const satisfies ErrorTable;

type Codes = typeof KB_ERRORS;

declare module '../../shared/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this module's codes
  interface ErrorCodes extends Codes {}
}
