import type { ErrorTable } from '../../shared/errors.ts';

/** Codes of the attachments module (附件). */
export const ATTACHMENTS_ERRORS = {
  ATTACHMENT_NOT_FOUND: 'notFound',
  /** The bytes are not one of the accepted kinds (the declared content type is not believed) */
  ATTACHMENT_TYPE_REFUSED: 'unsupportedMediaType',
  /** A ticket or article already carries the most files it may */
  ATTACHMENT_LIMIT_REACHED: 'conflict',
  ATTACHMENT_ALREADY_WITHDRAWN: 'conflict',
} as const satisfies ErrorTable;

type Codes = typeof ATTACHMENTS_ERRORS;

declare module '../../shared/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this module's codes
  interface ErrorCodes extends Codes {}
}
