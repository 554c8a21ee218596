import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { attachmentsContract as c } from '../../contracts/attachments.contract.ts';
import { actorOf } from '../../http/auth.ts';
import { routeOptions } from '../../http/contract-route.ts';
import { spoolUpload, type SpooledFile } from '../../http/upload-spool.ts';
import { AppError } from '../../shared/errors.ts';
import type { AttachmentsService } from './attachments.service.ts';

/** RFC 6266: an ASCII fallback and the UTF-8 name for browsers that read filename*. */
function contentDisposition(kind: 'inline' | 'attachment', fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * Registered in a scope of its own: an upload's body is any content type (the type is read from the bytes
 * later), spooled to a private temporary file and removed once the answer is sent.
 */
export function registerAttachmentRoutes(
  instance: FastifyInstance,
  services: { attachments: AttachmentsService },
) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { attachments } = services;
  const { maxBytes } = attachments.limits();
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', async (request: FastifyRequest, payload: Readable) => {
    const declared = Number(request.headers['content-length']);
    return spoolUpload(payload, maxBytes, Number.isFinite(declared) ? declared : undefined);
  });
  // JSON still parses for the withdraw route, within the server's usual body limit.
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, body === '' ? undefined : JSON.parse(body as string));
    } catch {
      done(new AppError('VALIDATION_FAILED', '请求体不是有效的 JSON', { field: 'body' }));
    }
  });
  app.addHook('onResponse', async (request) => {
    await (request.body as SpooledFile | undefined)?.remove?.();
  });

  const upload = (kind: 'ticket' | 'kbArticle') =>
    async function (
      request: FastifyRequest<{ Params: { id: number }; Querystring: { fileName: string; note?: string } }>,
      reply: FastifyReply,
    ) {
      const file = request.body as SpooledFile | undefined;
      if (file === undefined || typeof file.path !== 'string' || file.bytes === 0)
        throw new AppError('VALIDATION_FAILED', '请求体应为文件内容', { field: 'body' });
      const saved = await attachments.upload(
        actorOf(request),
        { kind, id: request.params.id },
        file,
        request.query,
      );
      return reply.status(201).send(saved);
    };
  const uploadOptions = { bodyLimit: maxBytes + 1024 };
  app.post(c.uploadToTicket.path, { ...routeOptions(c.uploadToTicket), ...uploadOptions }, upload('ticket'));
  app.post(
    c.uploadToArticle.path,
    { ...routeOptions(c.uploadToArticle), ...uploadOptions },
    upload('kbArticle'),
  );

  app.get(c.listForTicket.path, routeOptions(c.listForTicket), async (request) =>
    attachments.list(actorOf(request), { kind: 'ticket', id: request.params.id }),
  );
  app.get(c.listForArticle.path, routeOptions(c.listForArticle), async (request) =>
    attachments.list(actorOf(request), { kind: 'kbArticle', id: request.params.id }),
  );
  app.get(c.content.path, routeOptions(c.content), async (request, reply) => {
    const { view, stream, inline } = await attachments.content(actorOf(request), request.params.id);
    return (
      reply
        .header('content-type', view.mediaType)
        .header('content-length', view.sizeBytes)
        .header('content-disposition', contentDisposition(inline ? 'inline' : 'attachment', view.fileName))
        .header('x-content-type-options', 'nosniff')
        // Even an opened image or PDF runs nothing from the platform's origin.
        .header(
          'content-security-policy',
          "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
        )
        .header('cache-control', 'private, max-age=3600')
        .send(stream)
    );
  });
  app.post(c.withdraw.path, routeOptions(c.withdraw), async (request) =>
    attachments.withdraw(actorOf(request), request.params.id, request.body.reason),
  );
}
