import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { liveContract as c } from '../../contracts/live.contract.ts';
import { actorOf } from '../../http/auth.ts';
import { routeOptions } from '../../http/contract-route.ts';
import type { LiveService } from './live.service.ts';
import { createSseStream } from './sse-stream.ts';

/** The live routes; the live service starts with the server and stops, with its streams, when it closes. */
export function registerLiveRoutes(instance: FastifyInstance, services: { live: LiveService }) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { live } = services;

  app.addHook('onReady', async () => live.start(app.log));
  // Before the server waits for its connections to finish: open streams never would.
  app.addHook('preClose', async () => live.closeStreams());
  app.addHook('onClose', async () => live.stop());

  app.get(c.stream.path, routeOptions(c.stream), async (request, reply) => {
    const { stream, feed } = createSseStream();
    stream.once('close', live.openFeed(actorOf(request), feed));
    return reply
      .header('content-type', 'text/event-stream; charset=utf-8')
      .header('cache-control', 'no-cache, no-transform')
      .header('x-accel-buffering', 'no')
      .send(stream);
  });

  app.post(c.presence.path, routeOptions(c.presence), async (request) =>
    live.announcePresence(actorOf(request), request.params.id, request.body.leaving),
  );
}
