// Domain and service errors carry a stable SCREAMING_SNAKE code; only src/http maps codes to statuses.

/** What kind of refusal a code is; the HTTP layer gives each kind its status (src/http/error-status.ts). */
export type ErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'notFound'
  | 'conflict'
  | 'payloadTooLarge'
  | 'uriTooLong'
  | 'unsupportedMediaType'
  | 'throttled'
  | 'headersTooLarge'
  /** A part of the platform that is switched off by configuration (503) */
  | 'unavailable'
  | 'internal';

/** A code table: each code a part of the platform answers with, and its kind. */
export type ErrorTable = Readonly<Record<string, ErrorKind>>;

/** Codes every part of the platform may answer with. */
export const SHARED_ERRORS = {
  VALIDATION_FAILED: 'invalid',
  UNAUTHENTICATED: 'unauthenticated',
  FORBIDDEN: 'forbidden',
  TIME_INVALID: 'invalid',
  INTERNAL_ERROR: 'internal',
} as const satisfies ErrorTable;

type SharedErrors = typeof SHARED_ERRORS;

/**
 * Every stable code, as code → kind. Each module adds its own beside its service (`<module>.errors.ts`
 * augments this interface), and src/app/error-kinds.ts joins every table into one map the compiler checks is
 * complete: a code without a kind, or a table left out, does not compile.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the interface is merged by each module
export interface ErrorCodes extends SharedErrors {}

export type ErrorCode = keyof ErrorCodes;

export type ErrorDetails = Record<string, unknown> | unknown[] | undefined;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetails,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
