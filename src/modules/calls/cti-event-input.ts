import { CtiEvent } from '../../contracts/calls.schemas.ts';
import { AppError } from '../../shared/errors.ts';

/**
 * The event in a verified body. The route reads the body as bytes (the signature covers them exactly), so the
 * JSON is parsed and checked here, with the same 400 envelope as schema-checked routes: each field named.
 */
export function parseCtiEvent(body: Buffer): CtiEvent {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    throw new AppError('VALIDATION_FAILED', '请求格式有误：请求体不是有效的 JSON', {
      fields: [{ field: 'body', in: 'body', message: '不是有效的 JSON' }],
    });
  }
  const parsed = CtiEvent.safeParse(json);
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((issue) => ({
    field: issue.path.join('.') || 'body',
    in: 'body',
    message: issue.message,
  }));
  throw new AppError('VALIDATION_FAILED', fields.map((f) => `${f.field}：${f.message}`).join('；'), {
    fields,
  });
}
