import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Services } from '../../app/services.ts';
import { actorOf } from '../../http/auth.ts';
import { AppError } from '../../shared/errors.ts';
import { ImportParams, ImportQuery, ImportResultView } from './imports.schemas.ts';

/** Legacy exports run to tens of MB; the default body limit (1 MB) would refuse them. */
export const IMPORT_FILE_LIMIT = 200 * 1024 * 1024;

export function registerImportRoutes(instance: FastifyInstance, services: Services) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  app.post(
    '/api/imports/:kind',
    {
      // Authentication runs before the body is read, so only a logged-in user can send this much.
      bodyLimit: IMPORT_FILE_LIMIT,
      schema: {
        tags: ['导入 imports'],
        summary: '导入工单、话务或知识库更新（CSV 或 XLSX 文件作为请求体）',
        description:
          'Content-Type: text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet or application/octet-stream. ' +
          '任一行有误则不导入任何数据，并返回每处错误的行号和列名（IMPORT_INVALID）；重复导入同一文件不产生新数据。',
        params: ImportParams,
        querystring: ImportQuery,
        response: { 200: ImportResultView },
      },
    },
    async (request) => {
      if (!Buffer.isBuffer(request.body) || request.body.length === 0) {
        throw new AppError('VALIDATION_FAILED', '请求体应为 CSV 或 XLSX 文件', { field: 'body' });
      }
      const actor = actorOf(request);
      const { fileName } = request.query;
      switch (request.params.kind) {
        case 'tickets':
          return services.imports.importTickets(actor, request.body, fileName);
        case 'calls':
          return services.imports.importCalls(actor, request.body, fileName);
        case 'kb':
          return services.imports.importKb(actor, request.body, fileName);
      }
    },
  );
}
