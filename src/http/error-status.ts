import type { ErrorCode, ErrorKind } from '../shared/errors.ts';

/** The only place that knows HTTP statuses: one per kind of refusal. */
export function statusForKind(kind: ErrorKind): number {
  switch (kind) {
    case 'invalid':
      return 400;
    case 'unauthenticated':
      return 401;
    case 'forbidden':
      return 403;
    case 'notFound':
      return 404;
    case 'conflict':
      return 409;
    case 'payloadTooLarge':
      return 413;
    case 'uriTooLong':
      return 414;
    case 'unsupportedMediaType':
      return 415;
    case 'throttled':
      return 429;
    case 'headersTooLarge':
      return 431;
    case 'unavailable':
      return 503;
    case 'internal':
      return 500;
  }
}

/** Every code the platform answers with and its kind, complete (built in src/app/error-kinds.ts). */
export type ErrorKinds = { readonly [C in ErrorCode]: ErrorKind };
