import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { queuesContract as c } from '../../contracts/queues.contract.ts';
import { actorOf } from '../../http/auth.ts';
import { routeOptions } from '../../http/contract-route.ts';
import type { QueuesService } from './queues.service.ts';
import type { SavedFiltersService } from './saved-filters.service.ts';

export function registerQueueRoutes(
  instance: FastifyInstance,
  services: { queues: QueuesService; savedFilters: SavedFiltersService },
) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { queues, savedFilters } = services;

  app.get(c.counts.path, routeOptions(c.counts), async (request) => queues.counts(actorOf(request)));

  app.get(c.list.path, routeOptions(c.list), async (request) =>
    queues.list(actorOf(request), request.params.view, request.query),
  );

  app.get(c.exportView.path, routeOptions(c.exportView), async (request, reply) => {
    const { view } = request.params;
    const file = await queues.exportView(actorOf(request), view, request.query);
    return reply
      .header('content-type', file.contentType)
      .header(
        'content-disposition',
        `attachment; filename="queue-${view}.${file.extension}"; filename*=UTF-8''${encodeURIComponent(`工作台-${view}.${file.extension}`)}`,
      )
      .send(file.body);
  });

  app.post(c.bulk.path, routeOptions(c.bulk), async (request) =>
    queues.bulk(actorOf(request), request.params.view, request.body),
  );

  app.get(c.listSavedFilters.path, routeOptions(c.listSavedFilters), async (request) =>
    savedFilters.list(actorOf(request)),
  );

  app.post(c.saveFilter.path, routeOptions(c.saveFilter), async (request, reply) =>
    reply.status(201).send(await savedFilters.save(actorOf(request), request.body)),
  );

  app.delete(c.deleteSavedFilter.path, routeOptions(c.deleteSavedFilter), async (request) => {
    await savedFilters.remove(actorOf(request), request.params.id);
    return { ok: true as const };
  });
}
