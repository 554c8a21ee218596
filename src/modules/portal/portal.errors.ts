import type { ErrorTable } from '../../shared/errors.ts';

/** Codes of the citizens' portal (docs/portal.md). */
export const PORTAL_ERRORS = {
  /** A photo that is not a JPEG, PNG or WebP by its bytes (SVG, HTML, anything renamed) */
  PORTAL_FILE_TYPE: 'invalid',
  /** Links, runs of one character, control characters or a banned word, or the form's hidden field filled */
  PORTAL_CONTENT_REFUSED: 'invalid',
  /** The phone already has the most open tickets the portal accepts */
  PORTAL_TOO_MANY_OPEN: 'conflict',
  /** Too many submissions or codes for one phone */
  PORTAL_PHONE_THROTTLED: 'throttled',
  /** A wrong, used, burnt or expired one-time code */
  PORTAL_CODE_INVALID: 'invalid',
  /** No tracking token, or one that expired or belongs to another ticket */
  PORTAL_TRACK_TOKEN: 'unauthenticated',
  /** A rating outside the revisit (待回访) */
  PORTAL_RATING_CLOSED: 'conflict',
  PORTAL_PHOTO_NOT_FOUND: 'notFound',
} as const satisfies ErrorTable;

type Codes = typeof PORTAL_ERRORS;

declare module '../../shared/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this module's codes
  interface ErrorCodes extends Codes {}
}
