import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { categoriesContract as c } from '../../contracts/categories.contract.ts';
import { actorOf } from '../../http/auth.ts';
import { routeOptions } from '../../http/contract-route.ts';
import { AppError } from '../../shared/errors.ts';
import type { CategoriesService } from './categories.service.ts';
import { writeCategoryFile } from './category-file.ts';

// A code list is a few thousand rows at most.
const CATEGORY_FILE_LIMIT = 10 * 1024 * 1024;

export function registerCategoryRoutes(
  instance: FastifyInstance,
  services: { categories: CategoriesService },
) {
  const app = instance.withTypeProvider<ZodTypeProvider>();

  app.get(c.listCategories.path, routeOptions(c.listCategories), async (request) =>
    services.categories.list(actorOf(request), { includeRetired: request.query.includeRetired }),
  );

  app.get(c.exportCategories.path, routeOptions(c.exportCategories), async (request, reply) => {
    const rows = await services.categories.exportRows(actorOf(request));
    const file = await writeCategoryFile(rows, request.query.format);
    return reply
      .header('content-type', file.contentType)
      .header(
        'content-disposition',
        `attachment; filename="categories.${file.extension}"; filename*=UTF-8''${encodeURIComponent(`诉求分类.${file.extension}`)}`,
      )
      .send(file.body);
  });

  app.get(c.getCategory.path, routeOptions(c.getCategory), async (request) =>
    services.categories.get(actorOf(request), request.params.code),
  );

  app.put(c.saveCategory.path, routeOptions(c.saveCategory), async (request) =>
    services.categories.save(actorOf(request), request.params.code, request.body),
  );

  app.post(
    c.importCategories.path,
    { ...routeOptions(c.importCategories), bodyLimit: CATEGORY_FILE_LIMIT },
    async (request) => {
      if (!Buffer.isBuffer(request.body) || request.body.length === 0) {
        throw new AppError('VALIDATION_FAILED', '请求体应为 CSV 或 XLSX 文件', { field: 'body' });
      }
      return services.categories.importFile(actorOf(request), request.body, request.query.fileName);
    },
  );
}
