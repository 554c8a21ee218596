import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { BulletinService } from './bulletin.service.ts';
import { CENTRE_ROLES } from '../../domain/access/roles.ts';
import { actorOf } from '../../http/auth.ts';
import { Bulletin } from './bulletin.schema.ts';
import { BulletinQuery, BulletinRequest } from './bulletin.schemas.ts';
import type { BulletinOptions, PublishedBulletin } from './bulletin.service.ts';

/** The bulletin as JSON, or its file as an attachment named after the period (and, for browsers, its title). */
function present(reply: FastifyReply, { bulletin, file }: PublishedBulletin) {
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
  const tags = ['通报 bulletin'];

  app.get(
    '/api/bulletin',
    {
      config: { roles: CENTRE_ROLES, limit: 'personalData' },
      schema: {
        tags,
        summary: '生成通报（json/html/docx/xlsx/pdf）',
        querystring: BulletinQuery,
        response: { 200: Bulletin },
      },
    },
    async (request, reply) => {
      const { format, highlight, ...rest } = request.query;
      const options: BulletinOptions = {
        ...rest,
        highlights: highlight.map((ticketNumber) => ({ ticketNumber })),
      };
      return present(reply, await services.bulletins.publish(actorOf(request), options, format));
    },
  );

  app.post(
    '/api/bulletin',
    {
      config: { roles: CENTRE_ROLES, limit: 'personalData' },
      schema: {
        tags,
        summary: '生成通报（可指定典型件及其文字）',
        body: BulletinRequest,
        response: { 200: Bulletin },
      },
    },
    async (request, reply) => {
      const { format, ...options } = request.body;
      return present(reply, await services.bulletins.publish(actorOf(request), options, format));
    },
  );
}
