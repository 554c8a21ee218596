import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { supervisionContract as c } from '../../contracts/supervision.contract.ts';
import { actorOf } from '../../http/auth.ts';
import { routeOptions } from '../../http/contract-route.ts';
import type { SupervisionService } from './supervision.service.ts';

export function registerSupervisionRoutes(
  instance: FastifyInstance,
  { supervision }: { supervision: SupervisionService },
) {
  const app = instance.withTypeProvider<ZodTypeProvider>();

  app.get(c.board.path, routeOptions(c.board), async (request) =>
    supervision.board(actorOf(request), request.query.unitCode),
  );

  app.get(c.tickets.path, routeOptions(c.tickets), async (request) =>
    supervision.tickets(actorOf(request), request.query),
  );

  app.post(c.bulk.path, routeOptions(c.bulk), async (request) =>
    supervision.bulk(actorOf(request), request.body),
  );
}
