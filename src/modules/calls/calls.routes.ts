import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { callsContract as c } from '../../contracts/calls.contract.ts';
import { actorOf } from '../../http/auth.ts';
import { routeOptions } from '../../http/contract-route.ts';
import type { CallsService } from './calls.service.ts';

/** A CTI event is a few hundred bytes; anything much larger is not one. */
const CTI_BODY_LIMIT = 64 * 1024;

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The CTI webhook, in a scope of its own: its JSON is kept as the bytes that were signed (the signature is
 * checked on them before anything is parsed), and its schema documents the body without checking it first.
 */
export async function registerCtiRoutes(instance: FastifyInstance, services: { calls: CallsService }) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) =>
    done(null, body),
  );
  app.post(
    c.ctiEvent.path,
    {
      ...routeOptions(c.ctiEvent),
      bodyLimit: CTI_BODY_LIMIT,
      validatorCompiler: () => (value) => ({ value }),
    },
    async (request) => {
      const body: unknown = request.body;
      return services.calls.receiveCtiEvent({
        body: Buffer.isBuffer(body) ? body : Buffer.alloc(0),
        signature: header(request, 'x-hotline-signature'),
        timestamp: header(request, 'x-hotline-timestamp'),
      });
    },
  );
}

export function registerCallRoutes(instance: FastifyInstance, services: { calls: CallsService }) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { calls } = services;

  app.get(c.listCalls.path, routeOptions(c.listCalls), async (request) =>
    calls.listCalls(actorOf(request), request.query),
  );
  app.get(c.figures.path, routeOptions(c.figures), async (request) =>
    calls.figures(actorOf(request), request.query),
  );
  app.get(c.missed.path, routeOptions(c.missed), async (request) =>
    calls.missed(actorOf(request), request.query),
  );
  app.post(c.recordCallback.path, routeOptions(c.recordCallback), async (request, reply) =>
    reply.status(201).send(await calls.recordCallback(actorOf(request), request.params.id, request.body)),
  );
  app.get(c.linkedCalls.path, routeOptions(c.linkedCalls), async (request) =>
    calls.linkedCalls(actorOf(request), request.query),
  );
}
