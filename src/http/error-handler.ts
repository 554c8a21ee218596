import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { isAppError, SHARED_ERRORS, type ErrorCode } from '../shared/errors.ts';
import { statusForKind, type ErrorKinds } from './error-status.ts';
import { HTTP_ERRORS } from './http-errors.ts';

interface Envelope {
  error: { code: ErrorCode; message: string; details?: unknown; requestId?: string };
}

/** One error envelope for every failure: `{ error: { code, message, details } }` (DESIGN §8). */
export function installErrorHandling(app: FastifyInstance, kinds: ErrorKinds): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const send = (status: number, body: Envelope) => reply.status(status).send(body);
    if (isAppError(error)) {
      return send(statusForKind(kinds[error.code] ?? 'internal'), {
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
      const summary = fields.map((f) => `${f.field}：${f.message}`).join('；');
      return send(400, {
        error: { code: 'VALIDATION_FAILED', message: summary, details: { fields } },
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

/** Errors the router raises before any route runs (bad percent-encoding, a parameter too long). */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
  const code = tooLong ? 'URI_TOO_LONG' : 'VALIDATION_FAILED';
  reply.status(statusForKind({ ...SHARED_ERRORS, ...HTTP_ERRORS }[code])).send({
    error: {
      code,
      message: tooLong ? '请求地址过长' : '请求地址格式有误（百分号编码无效）',
      details: { fields: [{ field: 'url', in: 'url', message: error.message }] },
    },
  });
}

/** Errors Node's HTTP parser meets before Fastify sees a request (headers too large, malformed requests). */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code, message]: [number, ErrorCode, string] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'HEADERS_TOO_LARGE', '请求头过大']
      : error.code === 'HPE_URI_TOO_LONG'
        ? [414, 'URI_TOO_LONG', '请求地址过长']
        : [400, 'VALIDATION_FAILED', '请求格式有误'];
  const body = JSON.stringify({ error: { code, message } });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
