import type { ErrorTable } from '../../shared/errors.ts';

/** Codes of the supervision board (督办看板). */
export const SUPERVISION_ERRORS = {
  /** A bulk 催办/督办 on a whole cell holding more tickets than one action takes */
  SUPERVISION_BULK_TOO_MANY: 'invalid',
} as const satisfies ErrorTable;

type Codes = typeof SUPERVISION_ERRORS;

declare module '../../shared/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this module's codes
  interface ErrorCodes extends Codes {}
}
