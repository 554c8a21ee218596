import type { FastifyInstance } from 'fastify';
import { AppError } from '../shared/errors.ts';

// A lone UTF-16 surrogate (from a JSON escape such as "\ud800") has no UTF-8 form: stored, it corrupts the
// text for every later reader and export. Refused at the edge, for every route, naming the field.
const LONE_SURROGATE = /\p{Cs}/u;

function illFormedPath(value: unknown, path: string): string | null {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = illFormedPath(item, path ? `${path}.${index}` : String(index));
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (LONE_SURROGATE.test(key)) return path || key;
      const found = illFormedPath(item, path ? `${path}.${key}` : key);
      if (found !== null) return found;
    }
  }
  return null;
}

export function installTextValidity(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const parts = { body: request.body, querystring: request.query, params: request.params } as const;
    for (const [where, value] of Object.entries(parts)) {
      const field = illFormedPath(value, '');
      if (field === null) continue;
      const message = '含有无效的 Unicode 字符（孤立的代理项）';
      throw new AppError('VALIDATION_FAILED', `请求参数有误 — ${field || where}: ${message}`, {
        fields: [{ field: field || where, in: where, message }],
      });
    }
  });
}
