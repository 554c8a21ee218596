import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { kbContract as c } from '../../contracts/kb.contract.ts';
import { actorOf } from '../../http/auth.ts';
import { routeOptions } from '../../http/contract-route.ts';
import type { Actor } from '../../domain/access/actor.ts';
import type { KbArticlesService } from './kb-articles.service.ts';
import type { KbSearchService } from './kb-search.service.ts';
import type { KbSynonymsService } from './kb-synonyms.service.ts';

export function registerKbRoutes(
  instance: FastifyInstance,
  services: { kbArticles: KbArticlesService; kbSearch: KbSearchService; kbSynonyms: KbSynonymsService },
) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const kb = services.kbArticles;

  app.get(c.searchArticles.path, routeOptions(c.searchArticles), async (request) => {
    const { q, status, ...filters } = request.query;
    return services.kbSearch.search(actorOf(request), q, {
      ...filters,
      ...(status ? { statuses: status } : {}),
    });
  });

  app.get(c.publicFaq.path, routeOptions(c.publicFaq), async (request) =>
    services.kbSearch.publicSearch(request.query.q, request.query.limit),
  );

  app.get(c.listArticles.path, routeOptions(c.listArticles), async (request) => {
    const { page, pageSize, status, unitCode, categoryCode, q } = request.query;
    const filter = {
      ...(status ? { statuses: status } : {}),
      ...(unitCode ? { unitCode } : {}),
      ...(categoryCode ? { categoryPrefix: categoryCode.replace(/(00)+$/, '') } : {}),
      ...(q ? { q } : {}),
    };
    return { ...(await kb.list(actorOf(request), filter, { page, pageSize })), page, pageSize };
  });

  app.post(c.createArticle.path, routeOptions(c.createArticle), async (request, reply) =>
    reply.status(201).send(await kb.create(actorOf(request), request.body)),
  );

  app.get(c.dueArticles.path, routeOptions(c.dueArticles), async (request) =>
    kb.due(actorOf(request), request.query.days),
  );

  app.get(c.exportArticles.path, routeOptions(c.exportArticles), async (request, reply) => {
    const file = await kb.exportFile(actorOf(request), request.query.format);
    return reply
      .header('content-type', file.contentType)
      .header(
        'content-disposition',
        `attachment; filename="kb.${file.extension}"; filename*=UTF-8''${encodeURIComponent(`知识库.${file.extension}`)}`,
      )
      .send(file.body);
  });

  app.post(c.draftFromTicket.path, routeOptions(c.draftFromTicket), async (request, reply) =>
    reply.status(201).send(await kb.draftFromTicket(actorOf(request), request.params.ticketId)),
  );

  app.get(c.getArticle.path, routeOptions(c.getArticle), async (request) =>
    kb.get(actorOf(request), request.params.id),
  );

  app.put(c.reviseArticle.path, routeOptions(c.reviseArticle), async (request) => {
    const { version, ...input } = request.body;
    return kb.revise(actorOf(request), request.params.id, version, input);
  });

  const actions = {
    submit: (actor: Actor, id: number, version: number) => kb.submit(actor, id, version),
    approve: (actor: Actor, id: number, version: number) => kb.approve(actor, id, version),
    return: kb.returnForRework,
    withdraw: kb.withdraw,
  };
  app.post(c.articleAction.path, routeOptions(c.articleAction), async (request) => {
    const { id, action } = request.params;
    return actions[action](actorOf(request), id, request.body.version, request.body.comment);
  });

  app.get(c.articleUsage.path, routeOptions(c.articleUsage), async (request) =>
    kb.usage(actorOf(request), request.params.id),
  );

  app.get(c.unitUsage.path, routeOptions(c.unitUsage), async (request) => {
    const { from, to } = request.query;
    return kb.usageByUnit(actorOf(request), from, to);
  });

  app.get(c.diffArticle.path, routeOptions(c.diffArticle), async (request) =>
    kb.diff(actorOf(request), request.params.id, request.query.from, request.query.to),
  );

  const synonyms = services.kbSynonyms;
  app.get(c.listSynonyms.path, routeOptions(c.listSynonyms), async (request) =>
    synonyms.list(actorOf(request)),
  );
  app.post(c.addSynonym.path, routeOptions(c.addSynonym), async (request, reply) =>
    reply.status(201).send(await synonyms.add(actorOf(request), request.body)),
  );
  app.put(c.updateSynonym.path, routeOptions(c.updateSynonym), async (request) =>
    synonyms.update(actorOf(request), request.params.id, request.body),
  );
  app.delete(c.deleteSynonym.path, routeOptions(c.deleteSynonym), async (request) =>
    synonyms.remove(actorOf(request), request.params.id),
  );
  app.post(c.reindex.path, routeOptions(c.reindex), async (request) => synonyms.reindex(actorOf(request)));
}
