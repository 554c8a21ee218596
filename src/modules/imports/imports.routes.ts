import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ImportsService } from './imports.service.ts';
import { importsContract } from '../../contracts/imports.contract.ts';
import { FILE_TYPES } from '../../http/file-types.ts';
import { actorOf } from '../../http/auth.ts';
import { routeOptions } from '../../http/contract-route.ts';
import { AppError } from '../../shared/errors.ts';
import { spoolUpload, type SpooledFile } from '../../http/upload-spool.ts';

/** Legacy exports run to tens of MB; the default body limit (1 MB) would refuse them. */
export const IMPORT_FILE_LIMIT = 200 * 1024 * 1024;

/**
 * Registered in a scope of its own: here a file body is spooled to disk instead of buffered, and deleted once
 * the answer is sent.
 */
export function registerImportRoutes(instance: FastifyInstance, services: { imports: ImportsService }) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(FILE_TYPES, async (request: FastifyRequest, payload: Readable) => {
    const declared = Number(request.headers['content-length']);
    return spoolUpload(payload, IMPORT_FILE_LIMIT, Number.isFinite(declared) ? declared : undefined);
  });
  app.addHook('onResponse', async (request) => {
    await (request.body as SpooledFile | undefined)?.remove?.();
  });
  const c = importsContract.importFile;
  // Only an administrator may send this much: the contract's roles are checked before a byte of the body is read.
  app.post(c.path, { ...routeOptions(c), bodyLimit: IMPORT_FILE_LIMIT }, async (request) => {
    const file = request.body as SpooledFile | undefined;
    if (file === undefined || file.bytes === 0) {
      throw new AppError('VALIDATION_FAILED', '请求体应为 CSV 或 XLSX 文件', { field: 'body' });
    }
    const actor = actorOf(request);
    const { fileName, encoding } = request.query;
    const source = { path: file.path, encoding };
    switch (request.params.kind) {
      case 'tickets':
        return services.imports.importTickets(actor, source, fileName);
      case 'calls':
        return services.imports.importCalls(actor, source, fileName);
      case 'kb':
        return services.imports.importKb(actor, source, fileName);
    }
  });
}
