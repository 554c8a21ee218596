import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { bulletinContract } from '../../contracts/bulletin.contract.ts';
import { actorOf } from '../../http/auth.ts';
import { routeOptions } from '../../http/contract-route.ts';
import type { BulletinIssuesService } from './bulletin-issues.service.ts';
import { present } from './bulletin.routes.ts';

export function registerBulletinIssueRoutes(
  instance: FastifyInstance,
  services: { bulletinIssues: BulletinIssuesService },
) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { listIssues, issueBulletin, getIssue, issueDocument } = bulletinContract;

  app.get(listIssues.path, routeOptions(listIssues), async (request) =>
    services.bulletinIssues.list(actorOf(request), request.query),
  );

  app.post(issueBulletin.path, routeOptions(issueBulletin), async (request, reply) =>
    reply.status(201).send(await services.bulletinIssues.issue(actorOf(request), request.body)),
  );

  app.get(getIssue.path, routeOptions(getIssue), async (request) =>
    services.bulletinIssues.get(actorOf(request), request.params.id),
  );

  app.get(issueDocument.path, routeOptions(issueDocument), async (request, reply) =>
    present(
      reply,
      await services.bulletinIssues.reproduce(actorOf(request), request.params.id, request.query.format),
    ),
  );
}
