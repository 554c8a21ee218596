import type { ErrorTable } from '../../shared/errors.ts';

/**
 * Codes of the Open311 module. On /open311/v2 every refusal is written as GeoReport's error array with the HTTP
 * status as its code (open311.routes.ts); the admin routes answer with the platform's envelope.
 */
export const OPEN311_ERRORS = {
  /** api_key missing, unknown or revoked (GeoReport: 403) */
  OPEN311_API_KEY_INVALID: 'forbidden',
  /** A jurisdiction_id other than the configured one: this server serves one jurisdiction only */
  OPEN311_JURISDICTION_NOT_FOUND: 'notFound',
  /** A service_code in the path that names no active leaf category */
  OPEN311_SERVICE_NOT_FOUND: 'notFound',
  /** A service_code in a submission or a filter that names no active leaf category */
  OPEN311_UNKNOWN_SERVICE: 'invalid',
  OPEN311_REQUEST_NOT_FOUND: 'notFound',
  OPEN311_TOKEN_NOT_FOUND: 'notFound',
  /** start_date … end_date longer than GeoReport's 90 days, or ending before it starts */
  OPEN311_DATE_RANGE_INVALID: 'invalid',
  /** The same submission from the same client within 60 seconds */
  OPEN311_DUPLICATE_REQUEST: 'invalid',
  OPEN311_CLIENT_NOT_FOUND: 'notFound',
  /** A path ending neither in .xml nor in .json */
  OPEN311_FORMAT_UNSUPPORTED: 'notFound',
} as const satisfies ErrorTable;

type Codes = typeof OPEN311_ERRORS;

declare module '../../shared/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges this module's codes
  interface ErrorCodes extends Codes {}
}
