import type { ErrorCode } from './error-codes.ts';

// Domain and service errors carry a stable SCREAMING_SNAKE code; only src/http maps codes to statuses.
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
