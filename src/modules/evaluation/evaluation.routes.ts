import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ADMIN_ROLES } from '../../domain/access/roles.ts';
import type { EvaluationService } from './evaluation.service.ts';
import type { SchemesService } from './schemes.service.ts';
import { actorOf } from '../../http/auth.ts';
import { LocalTime } from '../../shared/schemas.ts';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

export function registerEvaluationRoutes(
  instance: FastifyInstance,
  services: { evaluation: EvaluationService; schemes: SchemesService },
) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const tags = ['考核 evaluation'];

  app.get('/api/schemes', { schema: { tags, summary: '考核方案（每个方案的现行版本）' } }, async () =>
    services.schemes.list(),
  );

  app.get(
    '/api/schemes/:id',
    { schema: { tags, summary: '考核方案的全部版本', params: z.object({ id: z.string().min(1).max(64) }) } },
    async (request) => services.schemes.versionsOf(request.params.id),
  );

  app.post(
    '/api/schemes',
    {
      config: { roles: ADMIN_ROLES },
      schema: {
        tags,
        summary: '保存考核方案的新版本（系统管理员）',
        description:
          'The body is a scheme document (as src/modules/evaluation/schemes/*.json); its version must exceed every saved one.',
        body: z.record(z.string(), z.unknown()),
      },
    },
    async (request, reply) =>
      reply.status(201).send(await services.schemes.save(actorOf(request), request.body)),
  );

  app.get(
    '/api/evaluation/units/:code/score',
    {
      schema: {
        tags,
        summary: '单位得分说明：各项指标、失分及失分工单',
        params: z.object({ code: z.string().min(1).max(64) }),
        querystring: z.object({
          from: Day,
          to: Day,
          asOf: LocalTime.optional(),
          scheme: z.string().trim().min(1).max(64).optional(),
          limit: z.coerce.number().int().min(1).max(1000).default(100),
        }),
      },
    },
    async (request) => {
      const { from, to, asOf, scheme, limit } = request.query;
      return services.evaluation.explainScore(actorOf(request), request.params.code, {
        from,
        to,
        asOf,
        scheme,
        limit,
      });
    },
  );
}
