import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { isAppError } from '../shared/errors.ts';
import type { ErrorCode } from '../shared/error-codes.ts';
import { statusForCode } from './error-status.ts';

interface Envelope {
  error: { code: ErrorCode; message: string; details?: unknown; requestId?: string };
}

/** One error envelope for every failure: `{ error: { code, message, details } }` (DESIGN §8). */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const send = (status: number, body: Envelope) => reply.status(status).send(body);
    if (isAppError(error)) {
      return send(statusForCode(error.code), {
        error: {
          code: error.code,
          message: error.message,
          ...(error.details ? { details: error.details } : {}),
        },
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'body';
      const fields = error.validation.map((issue) => ({
        field: issue.instancePath.replace(/^\//, '').replaceAll('/', '.') || where,
        in: where,
        message: issue.message ?? 'invalid',
      }));
      const summary = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
      return send(400, {
        error: { code: 'VALIDATION_FAILED', message: `请求参数有误 — ${summary}`, details: { fields } },
      });
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return send(413, { error: { code: 'PAYLOAD_TOO_LARGE', message: '请求内容过大' } });
    }
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return send(415, {
        error: {
          code: 'UNSUPPORTED_MEDIA_TYPE',
          message: `不支持的内容类型 ${request.headers['content-type'] ?? ''}`,
        },
      });
    }
    if (
      error.statusCode &&
      error.statusCode >= 400 &&
      error.statusCode < 500 &&
      !isResponseSerializationError(error)
    ) {
      // Malformed JSON, an empty body where one is required, and the like.
      return send(400, {
        error: {
          code: 'VALIDATION_FAILED',
          message: `请求格式有误：${error.message}`,
          details: { fields: [{ field: 'body', in: 'body', message: error.message }] },
        },
      });
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(500, {
      error: { code: 'INTERNAL_ERROR', message: '服务器内部错误', requestId: String(request.id) },
    });
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({
      error: { code: 'ROUTE_NOT_FOUND', message: `没有这个接口：${request.method} ${request.url}` },
    });
  });
}
