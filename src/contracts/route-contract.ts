import type { z } from 'zod';
import type { Role } from '../domain/access/roles.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One route of the API as data: its address, who may call it, and the schemas of what goes in and comes out.
 * The server mounts routes from these, the API document is generated from them, and clients (the console,
 * the portal, scripts) call the API through them: a route's shape is written once. Contracts import only zod,
 * src/shared and the pure domain, so a browser bundle can hold them.
 */
export interface RouteContract {
  method: HttpMethod;
  /** Fastify-style path, `:name` for a parameter */
  path: string;
  tags: readonly string[];
  summary: string;
  description?: string;
  /** Answers without a login (the login itself, health, the API document). */
  public?: boolean;
  /** The roles the route admits; absent: every logged-in role. */
  roles?: readonly Role[];
  /** A named rate limit (src/http/security.ts). */
  limit?: 'login' | 'personalData' | 'public' | 'portalWrite';
  params?: z.ZodType;
  querystring?: z.ZodType;
  headers?: z.ZodType;
  body?: z.ZodType;
  /** Schemas by status; a route sending a file documents its JSON alternative or none. */
  response: Readonly<Record<number, z.ZodType>>;
}

/** A module's routes by name. */
export type ContractSet = Readonly<Record<string, RouteContract>>;
