import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { exchangeContract as c } from '../../contracts/exchange.contract.ts';
import { actorOf } from '../../http/auth.ts';
import { routeOptions } from '../../http/contract-route.ts';
import { FILE_TYPES } from '../../http/file-types.ts';
import { spoolUpload, type SpooledFile } from '../../http/upload-spool.ts';
import { AppError } from '../../shared/errors.ts';
import type { ExchangeService } from './exchange.service.ts';

/** An upper platform's file is a month of work at most: far below the ticket import's 200 MB. */
export const UPPER_FILE_LIMIT = 20 * 1024 * 1024;

/**
 * Registered in a scope of its own, like the imports: the file body is spooled to disk instead of buffered,
 * and deleted once the answer is sent.
 */
export function registerExchangeRoutes(instance: FastifyInstance, services: { exchange: ExchangeService }) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { exchange } = services;
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(FILE_TYPES, async (request: FastifyRequest, payload: Readable) => {
    const declared = Number(request.headers['content-length']);
    return spoolUpload(payload, UPPER_FILE_LIMIT, Number.isFinite(declared) ? declared : undefined);
  });
  app.addHook('onResponse', async (request) => {
    await (request.body as SpooledFile | undefined)?.remove?.();
  });

  app.post(
    c.importUpper.path,
    { ...routeOptions(c.importUpper), bodyLimit: UPPER_FILE_LIMIT },
    async (request) => {
      const file = request.body as SpooledFile | undefined;
      if (file === undefined || file.bytes === 0)
        throw new AppError('VALIDATION_FAILED', '请求体应为 CSV 或 XLSX 文件', { field: 'body' });
      const { fileName, encoding } = request.query;
      return exchange.importUpper(actorOf(request), { path: file.path, encoding }, fileName);
    },
  );

  app.get(c.exportUpper.path, routeOptions(c.exportUpper), async (request, reply) => {
    const { from, to } = request.query;
    const file = await exchange.exportUpper(actorOf(request), request.query);
    const name = `上级交办-${from}-${to}.${file.extension}`;
    return reply
      .header('content-type', file.contentType)
      .header(
        'content-disposition',
        `attachment; filename="upper-${from}-${to}.${file.extension}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      )
      .send(file.body);
  });
}
