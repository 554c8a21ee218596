import type { ErrorTable } from '../../shared/errors.ts';

/** Codes of the work queues (工作台), their saved filters, bulk actions and exports. */
export const QUEUES_ERRORS = {
  /** The role does not work or watch this queue */
  QUEUE_VIEW_NOT_ALLOWED: 'forbidden',
  /** A filter field that means nothing for this queue (assignee outside 待回访) */
  QUEUE_FILTER_NOT_APPLICABLE: 'invalid',
  BULK_TOO_MANY: 'invalid',
  EXPORT_TOO_LARGE: 'invalid',
  SAVED_FILTER_NOT_FOUND: 'notFound',
  SAVED_FILTER_NAME_TAKEN: 'conflict',
  SAVED_FILTER_LIMIT: 'invalid',
  /** 分配回访 of a ticket that is not waiting for its revisit */
  REVISIT_NOT_PENDING: 'conflict',
  REVISIT_ASSIGNEE_INVALID: 'invalid',
} as const satisfies ErrorTable;

type Codes = typeof QUEUES_ERRORS;

declare module '../../shared/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this module's codes
  interface ErrorCodes extends Codes {}
}
