import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Services } from '../../app/services.ts';
import { CENTRE_ROLES, isUnitRole } from '../../domain/access/roles.ts';
import { actorOf } from '../../http/auth.ts';
import { AppError } from '../../shared/errors.ts';
import { Bulletin } from './bulletin.schema.ts';
import { BulletinQuery, BulletinRequest } from './bulletin.schemas.ts';
import type { BulletinOptions } from './bulletin.service.ts';
import { renderBulletin, type BulletinFormat } from './render/index.ts';

/** Sends the bulletin in the format asked for; a file leaving the system is recorded in the audit log. */
async function send(
  request: FastifyRequest,
  reply: FastifyReply,
  services: Services,
  bulletin: Bulletin,
  format: BulletinFormat,
) {
  await services.audit.recordRead(actorOf(request), {
    action: 'bulletin.exported',
    targetType: 'bulletin',
    targetId: `${bulletin.period.from}_${bulletin.period.to}`,
    details: { format },
  });
  if (format === 'json') return bulletin;
  const file = await renderBulletin(bulletin, format);
  const name = `bulletin-${bulletin.period.from}_${bulletin.period.to}.${file.extension}`;
  return reply
    .header('content-type', file.contentType)
    .header(
      'content-disposition',
      `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(`${bulletin.title}.${file.extension}`)}`,
    )
    .send(file.body);
}

export function registerBulletinRoutes(instance: FastifyInstance, services: Services) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const tags = ['通报 bulletin'];
  // Bulletins compare every unit with its peers: the centre's roles read them; units see their own tickets.
  const requireCentre = (request: Parameters<typeof actorOf>[0]) => {
    if (isUnitRole(actorOf(request).role)) throw new AppError('FORBIDDEN', '承办单位不能生成全市通报');
  };

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
      requireCentre(request);
      const { format, highlight, ...rest } = request.query;
      const options: BulletinOptions = {
        ...rest,
        highlights: highlight.map((ticketNumber) => ({ ticketNumber })),
      };
      return send(request, reply, services, await services.bulletins.build(options), format);
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
      requireCentre(request);
      const { format, ...options } = request.body;
      return send(request, reply, services, await services.bulletins.build(options), format);
    },
  );
}
