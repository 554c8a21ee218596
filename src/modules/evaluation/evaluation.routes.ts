import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Services } from '../../app/services.ts';
import { ADMIN_ROLES, isUnitRole } from '../../domain/access/roles.ts';
import { scoreUnit } from '../../domain/scoring/index.ts';
import { actorOf } from '../../http/auth.ts';
import { AppError } from '../../shared/errors.ts';
import { LocalTime } from '../../shared/schemas.ts';
import { indicatorsOf, unitRow } from './scored-unit.ts';
import { figureRulesOf } from './schemes.ts';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

export function registerEvaluationRoutes(instance: FastifyInstance, services: Services) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const tags = ['考核 evaluation'];

  app.get('/api/schemes', { schema: { tags, summary: '考核方案（每个方案的现行版本）' } }, async () =>
    services.schemes.list(),
  );

  app.get(
    '/api/schemes/:id',
    { schema: { tags, summary: '考核方案的全部版本', params: z.object({ id: z.string().min(1).max(64) }) } },
    async (request) => {
      const versions = await services.schemes.versionsOf(request.params.id);
      if (versions.length === 0) {
        throw new AppError('VALIDATION_FAILED', `没有考核方案 ${request.params.id}`, { field: 'id' });
      }
      return versions;
    },
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
      const actor = actorOf(request);
      const directory = await services.units.directory();
      const unit = directory.get(request.params.code);
      if (!unit)
        throw new AppError('UNIT_NOT_FOUND', `单位 ${request.params.code} 不存在`, { field: 'code' });
      // A unit may read the explanation of its own score and of the units below it.
      if (isUnitRole(actor.role) && !directory.isWithin(unit.code, actor.unitCode)) {
        throw new AppError('FORBIDDEN', '只能查看本单位及下级单位的得分');
      }
      const { from, to, limit } = request.query;
      const asOf = request.query.asOf ?? new Date();
      const scheme = await services.schemes.resolve(request.query.scheme);
      const figures = await services.evaluation.periodFigures({ from, to, asOf }, figureRulesOf(scheme));
      const row = unitRow(unit, figures, scheme);
      const figure = figures.units.get(unit.code);
      const breakdown = figure ? scoreUnit(scheme, indicatorsOf(figure, row.kbUpdates)) : null;
      const tickets = await services.evaluation.costlyTickets({ unitPath: unit.path, from, to, asOf, limit });
      return {
        unit: { code: unit.code, name: unit.name },
        scheme: { id: scheme.id, version: scheme.version },
        figures: row,
        breakdown,
        tickets,
      };
    },
  );
}
