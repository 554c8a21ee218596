import fastifyFormbody from '@fastify/formbody';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { open311Contract as c } from '../../contracts/open311.contract.ts';
import { actorOf } from '../../http/auth.ts';
import { routeOptions } from '../../http/contract-route.ts';
import { statusForKind, type ErrorKinds } from '../../http/error-status.ts';
import { isAppError } from '../../shared/errors.ts';
import { AppError } from '../../shared/errors.ts';
import {
  CONTENT_TYPES,
  errorDocument,
  serialize,
  type GeoDocument,
  type GeoFormat,
} from './georeport-format.ts';
import type { RawFields } from './georeport-input.ts';
import type { Open311ClientsService } from './open311-clients.service.ts';
import type { Open311Service } from './open311.service.ts';

/** A GeoReport submission is a few kilobytes of form fields; photos travel as media_url links. */
const SUBMISSION_BODY_LIMIT = 64 * 1024;
const PREFIX = '/open311/v2';

// Public (the spec's GET methods need no key; POST proves itself with its api_key), limited per client address
// like every public route, and left out of the OpenAPI document: GeoReport v2 is their description.
const PUBLIC_ROUTE = { config: { public: true, limit: 'public' as const }, schema: { hide: true } };

type Params = Record<string, string | undefined>;

function formatOf(request: FastifyRequest): GeoFormat {
  return (request.params as Params | undefined)?.format === 'json' ? 'json' : 'xml';
}

function send(reply: FastifyReply, status: number, document: GeoDocument, format: GeoFormat) {
  return reply.status(status).type(CONTENT_TYPES[format]).send(serialize(document, format));
}

/** The descriptions an error carries: each field problem on its own, or the message. */
function descriptionsOf(error: AppError): string[] {
  const problems = (error.details as { problems?: unknown } | undefined)?.problems;
  return Array.isArray(problems) && problems.length ? problems.map(String) : [error.message];
}

/**
 * The GeoReport v2 routes at /open311/v2, in a scope of their own: form bodies are parsed here and nowhere else,
 * and every refusal is GeoReport's error array in the format the path asked for, with the HTTP status as code.
 */
export async function registerGeoReportRoutes(
  app: FastifyInstance,
  services: { open311: Open311Service },
  errorKinds: ErrorKinds,
) {
  const { open311 } = services;
  await app.register(fastifyFormbody, { bodyLimit: SUBMISSION_BODY_LIMIT });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const format = formatOf(request);
    if (isAppError(error)) {
      const status = statusForKind(errorKinds[error.code] ?? 'internal');
      if (status >= 500) request.log.error({ err: error }, 'open311 error');
      return send(reply, status, errorDocument(status, descriptionsOf(error)), format);
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      const status =
        error.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
          ? 413
          : error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
            ? 415
            : 400;
      return send(reply, status, errorDocument(status, [`请求格式有误：${error.message}`]), format);
    }
    request.log.error({ err: error }, 'unhandled open311 error');
    return send(reply, 500, errorDocument(500, [`服务器内部错误（请求编号 ${request.id}）`]), format);
  });

  /** Mounts one GET: the format is checked first, then the jurisdiction and the rest by the service. */
  function get(path: string, answer: (request: FastifyRequest, params: Params) => Promise<GeoDocument>) {
    app.get(`${PREFIX}${path}.:format`, PUBLIC_ROUTE, async (request, reply) => {
      const params = request.params as Params;
      checkFormat(params.format);
      return send(reply, 200, await answer(request, params), formatOf(request));
    });
  }
  const query = (request: FastifyRequest) => (request.query ?? {}) as RawFields;
  const jurisdiction = (request: FastifyRequest) => {
    const value = query(request).jurisdiction_id;
    return typeof value === 'string' ? value : null;
  };

  get('/discovery', (request) =>
    open311.discovery(`${request.protocol}://${request.host}`, jurisdiction(request)),
  );
  get('/services', (request) => open311.services(jurisdiction(request)));
  get('/services/:service_code', (request, params) =>
    open311.serviceDefinition(params.service_code!, jurisdiction(request)),
  );
  get('/requests', (request) => open311.listRequests(query(request)));
  get('/requests/:service_request_id', (request, params) =>
    open311.getRequest(params.service_request_id!, jurisdiction(request)),
  );
  get('/tokens/:token', (request, params) => open311.token(params.token!, jurisdiction(request)));

  app.post(
    `${PREFIX}/requests.:format`,
    { ...PUBLIC_ROUTE, bodyLimit: SUBMISSION_BODY_LIMIT },
    async (request, reply) => {
      checkFormat((request.params as Params).format);
      const body = request.body && typeof request.body === 'object' ? (request.body as RawFields) : {};
      // jurisdiction_id and api_key may come in the query string too (clients differ); the body wins.
      const fields = { ...query(request), ...body };
      return send(reply, 200, await open311.submit(fields, request.ip), formatOf(request));
    },
  );
}

function checkFormat(format: string | undefined): void {
  if (format !== 'xml' && format !== 'json')
    throw new AppError('OPEN311_FORMAT_UNSUPPORTED', `不支持的格式 .${format ?? ''}：请用 .xml 或 .json`);
}

/** The administration of clients and their API keys (JSON, console). */
export function registerOpen311ClientRoutes(
  instance: FastifyInstance,
  services: { open311Clients: Open311ClientsService },
) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { open311Clients } = services;
  app.get(c.listClients.path, routeOptions(c.listClients), async (request) =>
    open311Clients.listClients(actorOf(request)),
  );
  app.post(c.createClient.path, routeOptions(c.createClient), async (request, reply) =>
    reply.status(201).send(await open311Clients.createClient(actorOf(request), request.body)),
  );
  app.post(c.revokeClient.path, routeOptions(c.revokeClient), async (request) => {
    await open311Clients.revokeClient(actorOf(request), request.params.id);
    return { ok: true as const };
  });
}
