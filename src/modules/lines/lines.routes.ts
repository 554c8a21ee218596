import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { linesContract as c } from '../../contracts/lines.contract.ts';
import { actorOf } from '../../http/auth.ts';
import { routeOptions } from '../../http/contract-route.ts';
import type { LinesService } from './lines.service.ts';

export function registerLinesRoutes(instance: FastifyInstance, services: { lines: LinesService }) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { lines } = services;

  app.post(c.registerOrder.path, routeOptions(c.registerOrder), async (request, reply) => {
    const result = await lines.registerOrder(actorOf(request), request.body);
    return reply.status(result.created ? 201 : 200).send(result);
  });
  app.get(c.listOrders.path, routeOptions(c.listOrders), async (request) =>
    lines.listOrders(actorOf(request), request.query),
  );
  app.get(c.getOrder.path, routeOptions(c.getOrder), async (request) =>
    lines.getOrder(actorOf(request), request.params.line, request.params.orderNumber),
  );
  app.get(c.listTransfers.path, routeOptions(c.listTransfers), async (request) =>
    lines.listTransfers(actorOf(request), request.query),
  );
  app.post(c.recordTransferOutcome.path, routeOptions(c.recordTransferOutcome), async (request) =>
    lines.recordOutcome(actorOf(request), request.params.id, request.body),
  );
  app.get(c.figures.path, routeOptions(c.figures), async (request) =>
    lines.figures(actorOf(request), request.query.from, request.query.to),
  );
}
