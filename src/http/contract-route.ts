import type { RouteContract } from '../contracts/route-contract.ts';

type SchemaParts = 'params' | 'querystring' | 'headers' | 'body' | 'response';

/** The schema part of Fastify's route options, keeping each schema's own type for the type provider. */
type SchemaOf<C extends RouteContract> = { [K in SchemaParts & keyof C]: C[K] } & {
  tags: string[];
  summary: string;
  description?: string;
};

/**
 * Fastify route options from a contract: schemas for validation, serialisation and the API document, and the
 * contract's login, roles and rate limit as route config (enforced by src/http/auth.ts and security.ts).
 */
export function routeOptions<C extends RouteContract>(contract: C) {
  const { params, querystring, headers, body, response } = contract;
  const schema = {
    tags: [...contract.tags],
    summary: contract.summary,
    ...(contract.description ? { description: contract.description } : {}),
    ...(params ? { params } : {}),
    ...(querystring ? { querystring } : {}),
    ...(headers ? { headers } : {}),
    ...(body ? { body } : {}),
    response,
  } as SchemaOf<C>;
  const config = {
    ...(contract.public ? { public: true } : {}),
    ...(contract.roles ? { roles: contract.roles } : {}),
    ...(contract.limit ? { limit: contract.limit } : {}),
  };
  return { config, schema };
}
