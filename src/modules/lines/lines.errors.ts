import type { ErrorTable } from '../../shared/errors.ts';

/** Codes of the lines module (110 and other lines). */
export const LINES_ERRORS = {
  LINE_ORDER_NOT_FOUND: 'notFound',
  LINE_TRANSFER_NOT_FOUND: 'notFound',
} as const satisfies ErrorTable;

type Codes = typeof LINES_ERRORS;

declare module '../../shared/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this module's codes
  interface ErrorCodes extends Codes {}
}
