import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/context.ts';

describe('people and access', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx.close());

  it('an admin creates a unit user who can then log in; names are unique', async () => {
    const payload = {
      username: 'east.handler',
      displayName: '东区承办人',
      password: 'a-long-password',
      role: 'unitHandler',
      unitCode: 'D1',
    };
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: ctx.auth('admin'),
      payload,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      username: 'east.handler',
      role: 'unitHandler',
      unitCode: 'D1',
      active: true,
    });
    expect(created.body).not.toContain('password');
    const again = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: ctx.auth('admin'),
      payload,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'USERNAME_TAKEN', details: { field: 'username' } });
    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'east.handler', password: 'a-long-password' },
    });
    expect(login.statusCode).toBe(200);
  });

  it('refuses users for unknown units and non-admin creators', async () => {
    const payload = {
      username: 'ghost',
      displayName: '幽灵',
      password: 'a-long-password',
      role: 'agent',
      unitCode: 'NOPE',
    };
    const unknown = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: ctx.auth('admin'),
      payload,
    });
    expect(unknown.statusCode).toBe(404);
    const forbidden = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: ctx.auth('dispatcher'),
      payload: { ...payload, unitCode: 'C' },
    });
    expect(forbidden.statusCode).toBe(403);
  });

  it('issues API tokens that authenticate as their user', async () => {
    const issued = await ctx.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: ctx.auth('agent'),
      payload: { name: '上级平台对接' },
    });
    expect(issued.statusCode).toBe(201);
    const token = issued.json().token as string;
    const me = await ctx.app.inject({ url: '/api/auth/me', headers: { authorization: `Bearer ${token}` } });
    expect(me.json()).toMatchObject({ username: 'agent', role: 'agent' });
    const bogus = await ctx.app.inject({
      url: '/api/auth/me',
      headers: { authorization: 'Bearer not-a-token' },
    });
    expect(bogus.statusCode).toBe(401);
  });

  it('serves the OpenAPI document and its console at /docs', async () => {
    const spec = (await ctx.app.inject({ url: '/docs/json' })).json();
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/api/tickets', '/api/tickets/{id}/dispatch', '/api/units/import']),
    );
    const page = await ctx.app.inject({ url: '/docs' });
    expect([200, 302]).toContain(page.statusCode);
  });
});
