import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { placesContract as c } from '../../contracts/places.contract.ts';
import { actorOf } from '../../http/auth.ts';
import { routeOptions } from '../../http/contract-route.ts';
import { AppError } from '../../shared/errors.ts';
import type { PlacesService } from './places.service.ts';

// A city's places are a few thousand rows at most.
const PLACE_FILE_LIMIT = 10 * 1024 * 1024;

export function registerPlaceRoutes(instance: FastifyInstance, services: { places: PlacesService }) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { places } = services;

  app.get(c.listPlaces.path, routeOptions(c.listPlaces), async (request) =>
    places.list(actorOf(request), request.query),
  );

  app.get(c.exportPlaces.path, routeOptions(c.exportPlaces), async (request, reply) => {
    const file = await places.exportFile(actorOf(request), request.query.format);
    return reply
      .header('content-type', file.contentType)
      .header(
        'content-disposition',
        `attachment; filename="places.${file.extension}"; filename*=UTF-8''${encodeURIComponent(`地点.${file.extension}`)}`,
      )
      .send(file.body);
  });

  app.post(
    c.importPlaces.path,
    { ...routeOptions(c.importPlaces), bodyLimit: PLACE_FILE_LIMIT },
    async (request) => {
      if (!Buffer.isBuffer(request.body) || request.body.length === 0)
        throw new AppError('VALIDATION_FAILED', '请求体应为 CSV 或 XLSX 文件', { field: 'body' });
      return places.importFile(actorOf(request), request.body, request.query.fileName);
    },
  );
}
