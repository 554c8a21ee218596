import type { FastifyInstance } from 'fastify';
import { ADMIN_ROLES } from '../../domain/access/roles.ts';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../http/auth.ts';
import { AuditList, AuditQuery } from './audit.schemas.ts';
import type { AuditService } from './audit.service.ts';

export function registerAuditRoutes(instance: FastifyInstance, audit: AuditService) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/audit',
    {
      config: { roles: ADMIN_ROLES },
      schema: {
        tags: ['审计 audit'],
        summary: '审计日志（系统管理员）：登录、查看联系方式、导出与管理操作',
        querystring: AuditQuery,
        response: { 200: AuditList },
      },
    },
    async (request) => {
      const { from, to, page, pageSize, ...rest } = request.query;
      const result = await audit.list(actorOf(request), {
        ...rest,
        ...(from ? { from: from.toISOString() } : {}),
        ...(to ? { to: to.toISOString() } : {}),
        page,
        pageSize,
      });
      return { ...result, page, pageSize };
    },
  );
}
