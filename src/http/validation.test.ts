import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/context.ts';

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
};
interface Operation {
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}

/** A value of the wrong type for a property. */
function wrongValue(schema: JsonSchema): unknown {
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (schema.enum) return '__not_a_choice__';
  switch (type) {
    case 'string':
      return { not: 'a string' };
    case 'number':
    case 'integer':
      return 'not a number';
    case 'boolean':
      return 'not a boolean';
    case 'array':
      return 'not an array';
    default:
      return 12345;
  }
}

const SAMPLE_PARAMS: Record<string, string> = { id: '1', code: 'D1', date: '2023-01-28', number: '1' };
/** A category's code is six digits: a unit's code would be refused before the body is read. */
const sampleParam = (path: string, name: string) => {
  if (path.startsWith('/api/categories/') && name === 'code') return '010101';
  if (name === 'action') return 'submit';
  if (name === 'view') return 'toDispatch';
  return SAMPLE_PARAMS[name] ?? '1';
};

describe('every route answers malformed bodies with 400 naming the field', () => {
  let ctx: TestContext;
  let routes: { method: string; url: string; schema: JsonSchema }[];
  // A role the route admits: a refused role hears 403 before its body is looked at.
  const callerOf = (url: string) =>
    /\/(acknowledge|requestSendBack|requestExtension|subDispatch|submitFeedback)$/.test(url)
      ? 'D1'
      : /\/calls\/missed\/\d+\/callback$/.test(url)
        ? 'agent'
        : 'admin';
  // Signed webhooks check the signature before the body (src/modules/calls/cti-events.routes.test.ts).
  const SIGNED_WEBHOOKS = ['/api/cti/events'];
  beforeAll(async () => {
    ctx = await createTestContext();
    const spec = (await ctx.app.inject({ url: '/docs/json' })).json() as {
      paths: Record<string, Record<string, Operation>>;
    };
    routes = Object.entries(spec.paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([, op]) => op.requestBody?.content['application/json'] && !SIGNED_WEBHOOKS.includes(path))
        .map(([method, op]) => ({
          method: method.toUpperCase(),
          url: path.replace(/\{(\w+)\}/g, (_m, name: string) => sampleParam(path, name)),
          schema: op.requestBody!.content['application/json']!.schema,
        })),
    );
  });
  afterAll(async () => ctx.close());

  it('finds the JSON routes in the OpenAPI document', () => {
    expect(routes.length).toBeGreaterThan(25);
    expect(routes.map((r) => r.url)).toEqual(
      expect.arrayContaining(['/api/tickets', '/api/tickets/1/dispatch', '/api/users']),
    );
  });

  it('answers a wrong-typed field with 400 and that field’s name', async () => {
    let checked = 0;
    for (const route of routes) {
      for (const [field, schema] of Object.entries(route.schema.properties ?? {})) {
        const response = await ctx.app.inject({
          method: route.method as 'POST',
          url: route.url,
          headers: ctx.auth(callerOf(route.url)),
          payload: { [field]: wrongValue(schema) },
        });
        expect(response.statusCode, `${route.method} ${route.url} ${field}: ${response.body}`).toBe(400);
        const error = response.json().error;
        expect(error.code).toBe('VALIDATION_FAILED');
        expect(
          error.details.fields.map((f: { field: string }) => f.field),
          `${route.url} ${field}`,
        ).toContain(field);
        expect(error.message).toContain(field);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(80);
  });

  it('names the missing required fields of an empty body', async () => {
    for (const route of routes.filter((r) => r.schema.required?.length)) {
      const response = await ctx.app.inject({
        method: route.method as 'POST',
        url: route.url,
        headers: ctx.auth(callerOf(route.url)),
        payload: {},
      });
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(400);
      const fields = response.json().error.details.fields.map((f: { field: string }) => f.field);
      expect(fields, route.url).toContain(route.schema.required![0]);
    }
  });

  it('answers broken JSON and a missing body with 400, never 500', async () => {
    for (const route of routes) {
      const broken = await ctx.app.inject({
        method: route.method as 'POST',
        url: route.url,
        headers: { ...ctx.auth(callerOf(route.url)), 'content-type': 'application/json' },
        payload: '{"title": ',
      });
      expect(broken.statusCode, route.url).toBe(400);
      expect(broken.json().error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('names bad path and query parameters', async () => {
    const badId = await ctx.app.inject({ url: '/api/tickets/abc', headers: ctx.auth('admin') });
    expect(badId.statusCode).toBe(400);
    expect(badId.json().error.details.fields[0].field).toBe('id');
    const badQuery = await ctx.app.inject({
      url: '/api/tickets?flag=purple&pageSize=0',
      headers: ctx.auth('admin'),
    });
    expect(badQuery.statusCode).toBe(400);
    const fields = badQuery.json().error.details.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['flag', 'pageSize']));
    const badTime = await ctx.app.inject({
      url: '/api/deadlines/compute?from=2023-02-30&limit=5wd',
      headers: ctx.auth('admin'),
    });
    expect(badTime.statusCode).toBe(400);
    expect(badTime.json().error.details.fields[0].field).toBe('from');
  });
});
