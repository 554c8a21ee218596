import type { ErrorTable } from '../shared/errors.ts';

/** Codes of the HTTP layer itself: refusals before any module's rule runs. */
export const HTTP_ERRORS = {
  ROUTE_NOT_FOUND: 'notFound',
  PAYLOAD_TOO_LARGE: 'payloadTooLarge',
  UNSUPPORTED_MEDIA_TYPE: 'unsupportedMediaType',
  URI_TOO_LONG: 'uriTooLong',
  HEADERS_TOO_LARGE: 'headersTooLarge',
  RATE_LIMITED: 'throttled',
  CROSS_ORIGIN_REQUEST: 'forbidden',
} as const satisfies ErrorTable;

type Codes = typeof HTTP_ERRORS;

declare module '../shared/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the HTTP layer's codes
  interface ErrorCodes extends Codes {}
}
