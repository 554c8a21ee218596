import type { HttpOptions } from '../http/server.ts';

/** How the API is served; every module's error codes come from src/app/error-kinds.ts. */
export type ApiOptions = Omit<HttpOptions, 'errorKinds'>;
