import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { dashboardContract as c } from '../../contracts/dashboard.contract.ts';
import { actorOf } from '../../http/auth.ts';
import { routeOptions } from '../../http/contract-route.ts';
import type { DashboardService } from './dashboard.service.ts';

export function registerDashboardRoutes(
  instance: FastifyInstance,
  services: { dashboard: DashboardService },
) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { dashboard } = services;

  app.get(c.overview.path, routeOptions(c.overview), async (request) =>
    dashboard.overview(actorOf(request), request.query),
  );

  app.get(c.drill.path, routeOptions(c.drill), async (request) =>
    dashboard.drill(actorOf(request), request.query),
  );

  app.get(c.channels.path, routeOptions(c.channels), async (request) =>
    dashboard.channels(actorOf(request), request.query),
  );

  app.get(c.exportTable.path, routeOptions(c.exportTable), async (request, reply) => {
    const file = await dashboard.exportTable(actorOf(request), request.query);
    return reply
      .header('content-type', file.contentType)
      .header(
        'content-disposition',
        `attachment; filename="dashboard-${request.query.table}.xlsx"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      )
      .send(file.body);
  });
}
