import type { z } from 'zod';
import type { RouteContract } from './route-contract.ts';

/** What a request needs, typed from its contract: path parameters, query, headers and body. */
export type RequestOf<C extends RouteContract> = (C['params'] extends z.ZodType
  ? { params: z.input<C['params']> }
  : { params?: never }) &
  (C['querystring'] extends z.ZodType ? { query?: z.input<C['querystring']> } : { query?: never }) &
  (C['headers'] extends z.ZodType ? { headers?: z.input<C['headers']> } : { headers?: never }) &
  (C['body'] extends z.ZodType ? { body: z.input<C['body']> } : { body?: never });

/** The answer of a route's first success status, as its schema describes it. */
export type ResponseOf<C extends RouteContract> = z.output<C['response'][keyof C['response'] & number]>;

/** Sends one HTTP request: `fetch` in a browser or a script, Fastify's inject in tests. */
export type Transport = (request: {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}) => Promise<{ status: number; body: string }>;

/** An error answer of the API, with its stable code (the envelope of DESIGN §8). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function urlOf(contract: RouteContract, request: { params?: unknown; query?: unknown }): string {
  const params = (request.params ?? {}) as Record<string, unknown>;
  const path = contract.path.replace(/:([A-Za-z]+)/g, (_match, name: string) => {
    if (params[name] === undefined) throw new Error(`${contract.path}: 缺少路径参数 ${name}`);
    return encodeURIComponent(String(params[name]));
  });
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries((request.query ?? {}) as Record<string, unknown>)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      query.append(key, item instanceof Date ? item.toISOString() : String(item));
    }
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * A client of the API typed by its contracts: `client.call(contracts.tickets.get, { params: { id } })` is
 * checked against the route's schemas when compiled, and its answer has the route's response type.
 */
export function createApiClient(transport: Transport, auth: { headers?: Record<string, string> } = {}) {
  return {
    async call<C extends RouteContract>(contract: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
      const { headers, body } = request as { headers?: Record<string, string>; body?: unknown };
      const answer = await transport({
        method: contract.method,
        url: urlOf(contract, request as { params?: unknown; query?: unknown }),
        headers: {
          accept: 'application/json',
          ...auth.headers,
          ...headers,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const parsed: unknown = answer.body ? JSON.parse(answer.body) : undefined;
      if (answer.status >= 400) {
        const error = (parsed as { error?: { code?: string; message?: string; details?: unknown } })?.error;
        throw new ApiError(answer.status, error?.code ?? 'UNKNOWN', error?.message ?? '', error?.details);
      }
      return parsed as ResponseOf<C>;
    },
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
