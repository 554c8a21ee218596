import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { BulletinService } from './bulletin.service.ts';
import { bulletinContract } from '../../contracts/bulletin.contract.ts';
import { actorOf } from '../../http/auth.ts';
import { routeOptions } from '../../http/contract-route.ts';
import type { BulletinOptions, PublishedBulletin } from './bulletin.service.ts';

/** The bulletin as JSON, or its file as an attachment named after the period (and, for browsers, its title). */
export function present(reply: FastifyReply, { bulletin, file }: PublishedBulletin) {
  if (!file) return bulletin;
  const name = `bulletin-${bulletin.period.from}_${bulletin.period.to}.${file.extension}`;
  return reply
    .header('content-type', file.contentType)
    .header(
      'content-disposition',
      `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(`${bulletin.title}.${file.extension}`)}`,
    )
    .send(file.body);
}

export function registerBulletinRoutes(instance: FastifyInstance, services: { bulletins: BulletinService }) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { getBulletin, postBulletin, highlightDraft } = bulletinContract;

  app.get(getBulletin.path, routeOptions(getBulletin), async (request, reply) => {
    const { format, highlight, ...rest } = request.query;
    const options: BulletinOptions = {
      ...rest,
      highlights: highlight.map((ticketNumber) => ({ ticketNumber })),
    };
    return present(reply, await services.bulletins.publish(actorOf(request), options, format));
  });

  app.post(postBulletin.path, routeOptions(postBulletin), async (request, reply) => {
    const { format, ...options } = request.body;
    return present(reply, await services.bulletins.publish(actorOf(request), options, format));
  });

  app.get(highlightDraft.path, routeOptions(highlightDraft), async (request) =>
    services.bulletins.highlightDraft(actorOf(request), request.params.number),
  );
}
