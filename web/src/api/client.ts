import { ApiError, createApiClient, type ApiClient } from '../../../src/contracts/client.ts';
import type { RouteContract } from '../../../src/contracts/route-contract.ts';
import { fetchTransport } from './transport.ts';

export { ApiError, type ApiClient };

/** The console's one client of the API, typed by the contracts (src/contracts). */
export const api: ApiClient = createApiClient(fetchTransport);

/** Screens reach the API through this hook, so that a test or a story could hand them another client. */
export function useApi(): ApiClient {
  return api;
}

/**
 * A route by its type only: `api.call(lean<typeof unitsContract.listUnits>('GET', '/api/units'), {})` is typed
 * exactly like `api.call(unitsContract.listUnits, {})` (request, answer, and the path itself are checked against
 * the contract) but loads none of its zod schemas, which keeps the shell and the screens within their budgets
 * (docs/console.md). The client only reads a contract's method and path.
 */
export function lean<C extends RouteContract>(method: C['method'], path: C['path']): C {
  return { method, path } as unknown as C;
}

/**
 * A GET on a route whose contract the console does not import (kept out of a screen's bundle, or not yet
 * written): same transport, same errors.
 */
export async function getJson<T>(path: string, query: Record<string, unknown> = {}): Promise<T> {
  return sendJson<T>('GET', path, query);
}

export async function sendJson<T>(
  method: string,
  path: string,
  query: Record<string, unknown> = {},
  body?: unknown,
): Promise<T> {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, String(item));
  }
  const text = search.toString();
  const answer = await fetchTransport({
    method,
    url: text ? `${path}?${text}` : path,
    headers: {
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return parseEnvelope<T>(answer);
}

/** An API answer's JSON, or its error envelope thrown as an ApiError (every request of the console, uploads too). */
export function parseEnvelope<T>(answer: { status: number; body: string }): T {
  let parsed: unknown;
  try {
    parsed = answer.body ? JSON.parse(answer.body) : undefined;
  } catch {
    // A proxy's HTML error page, not the API's envelope.
    throw new ApiError(answer.status, 'UNKNOWN', `服务器返回了无法识别的内容（HTTP ${answer.status}）`);
  }
  if (answer.status >= 400) {
    const error = (parsed as { error?: { code?: string; message?: string; details?: unknown } })?.error;
    throw new ApiError(answer.status, error?.code ?? 'UNKNOWN', error?.message ?? '', error?.details);
  }
  return parsed as T;
}
