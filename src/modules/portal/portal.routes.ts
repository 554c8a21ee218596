import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { portalContract as c } from '../../contracts/portal.contract.ts';
import { PORTAL_LIMITS } from '../../contracts/portal.schemas.ts';
import { routeOptions } from '../../http/contract-route.ts';
import { AppError } from '../../shared/errors.ts';
import type { PortalService } from './portal.service.ts';

function asciiName(name: string): string {
  return name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
}

const NOT_A_PHOTO_FORM = () =>
  new AppError('VALIDATION_FAILED', '请以 multipart/form-data 上传一张照片（字段 file）', { field: 'file' });

/**
 * The portal's routes, in a scope of their own: photo uploads arrive as multipart/form-data (read by
 * @fastify/multipart, one file of at most maxPhotoBytes); a per-phone throttle answers 429 with Retry-After like
 * the per-address limits.
 */
export async function registerPortalRoutes(instance: FastifyInstance, services: { portal: PortalService }) {
  await instance.register(fastifyMultipart, {
    limits: { files: 1, fields: 0, parts: 1, fileSize: PORTAL_LIMITS.maxPhotoBytes, fieldNameSize: 20 },
  });
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { portal } = services;
  const address = (request: FastifyRequest) => request.ip ?? null;
  const token = (request: FastifyRequest) => {
    const value = request.headers['x-track-token'];
    return typeof value === 'string' ? value : undefined;
  };

  app.get(c.options.path, routeOptions(c.options), async () => portal.options());
  app.get(c.places.path, routeOptions(c.places), async (request) => portal.places(request.query));
  app.post(c.uploadPhoto.path, routeOptions(c.uploadPhoto), async (request, reply) => {
    if (!request.isMultipart()) throw NOT_A_PHOTO_FORM();
    let file: { data: Buffer; fileName: string };
    try {
      const part = await request.file();
      if (!part || part.fieldname !== 'file') throw NOT_A_PHOTO_FORM();
      file = { data: await part.toBuffer(), fileName: part.filename };
    } catch (error) {
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
        throw new AppError('PAYLOAD_TOO_LARGE', '照片不能超过 5 MB', {
          field: 'file',
          limit: PORTAL_LIMITS.maxPhotoBytes,
        });
      throw error;
    }
    return reply.status(201).send(await portal.uploadPhoto(file));
  });
  app.post(c.submitAppeal.path, routeOptions(c.submitAppeal), async (request, reply) => {
    try {
      return reply.status(201).send(await portal.submit(request.body, address(request)));
    } catch (error) {
      // The per-phone limit answers like the per-address one: 429 with Retry-After.
      const details = error instanceof AppError ? (error.details as Record<string, unknown>) : {};
      if (error instanceof AppError && error.code === 'PORTAL_PHONE_THROTTLED')
        reply.header('retry-after', String(details?.retryAfterSeconds ?? 600));
      throw error;
    }
  });
  app.post(c.trackCode.path, routeOptions(c.trackCode), async (request, reply) =>
    reply.status(202).send(await portal.sendTrackCode(request.body.number, request.body.phone)),
  );
  app.post(c.trackVerify.path, routeOptions(c.trackVerify), async (request) =>
    portal.verifyTrackCode(request.body.number, request.body.phone, request.body.code),
  );
  app.get(c.ticket.path, routeOptions(c.ticket), async (request) =>
    portal.ticket(request.params.number, token(request)),
  );
  app.get(c.photo.path, routeOptions(c.photo), async (request, reply) => {
    const { view, stream } = await portal.photo(request.params.number, token(request), request.params.id);
    return (
      reply
        .header('content-type', view.mediaType)
        .header('content-length', view.sizeBytes)
        .header('content-disposition', `inline; filename="${asciiName(view.fileName)}"`)
        .header('x-content-type-options', 'nosniff')
        // An image opened on its own runs nothing from the platform's origin.
        .header('content-security-policy', "default-src 'none'; img-src 'self'; sandbox")
        .header('cache-control', 'private, no-store')
        .send(stream)
    );
  });
  app.post(c.rate.path, routeOptions(c.rate), async (request) =>
    portal.rate(request.params.number, token(request), request.body, address(request)),
  );
}
