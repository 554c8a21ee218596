import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditContract } from '../../contracts/audit.contract.ts';
import { actorOf } from '../../http/auth.ts';
import { routeOptions } from '../../http/contract-route.ts';
import type { AuditService } from './audit.service.ts';

export function registerAuditRoutes(instance: FastifyInstance, audit: AuditService) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { listAudit } = auditContract;

  app.get(listAudit.path, routeOptions(listAudit), async (request) => {
    const { from, to, page, pageSize, ...rest } = request.query;
    const result = await audit.list(actorOf(request), {
      ...rest,
      ...(from ? { from: from.toISOString() } : {}),
      ...(to ? { to: to.toISOString() } : {}),
      page,
      pageSize,
    });
    return { ...result, page, pageSize };
  });
}
