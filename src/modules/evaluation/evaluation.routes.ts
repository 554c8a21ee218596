import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { evaluationContract } from '../../contracts/evaluation.contract.ts';
import type { EvaluationService } from './evaluation.service.ts';
import type { SchemesService } from './schemes.service.ts';
import { actorOf } from '../../http/auth.ts';
import { routeOptions } from '../../http/contract-route.ts';

export function registerEvaluationRoutes(
  instance: FastifyInstance,
  services: { evaluation: EvaluationService; schemes: SchemesService },
) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { listSchemes, schemeVersions, saveScheme, unitScore, previewScheme, rankings, dataMonths } =
    evaluationContract;

  app.get(listSchemes.path, routeOptions(listSchemes), async () => services.schemes.list());

  app.get(schemeVersions.path, routeOptions(schemeVersions), async (request) =>
    services.schemes.versionsOf(request.params.id),
  );

  app.post(saveScheme.path, routeOptions(saveScheme), async (request, reply) =>
    reply.status(201).send(await services.schemes.save(actorOf(request), request.body)),
  );

  app.get(unitScore.path, routeOptions(unitScore), async (request) => {
    const { from, to, asOf, scheme, limit } = request.query;
    return services.evaluation.explainScore(actorOf(request), request.params.code, {
      from,
      to,
      asOf,
      scheme,
      limit,
    });
  });

  app.post(previewScheme.path, routeOptions(previewScheme), async (request) =>
    services.evaluation.previewScheme(actorOf(request), request.body),
  );

  app.get(rankings.path, routeOptions(rankings), async (request) =>
    services.evaluation.rankings(actorOf(request), request.query),
  );

  app.get(dataMonths.path, routeOptions(dataMonths), async () => services.evaluation.dataMonths());
}
