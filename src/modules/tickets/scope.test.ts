import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/context.ts';
import { makeTicket } from '../../../test/tickets.ts';

describe('unit scope, masking and roles', () => {
  let ctx: TestContext;
  let eastTicket: number;
  let confidentialTicket: number;
  beforeAll(async () => {
    ctx = await createTestContext();
    eastTicket = await makeTicket(ctx, 'inProgress'); // lead D1 (东区), support M1
    confidentialTicket = await makeTicket(ctx, 'dispatched', { confidential: true, title: '保密件测试' });
  });
  afterAll(async () => ctx.close());

  it('a unit sees its own tickets with the caller masked', async () => {
    const response = await ctx.app.inject({ url: `/api/tickets/${eastTicket}`, headers: ctx.auth('D1') });
    expect(response.statusCode).toBe(200);
    const ticket = response.json();
    expect(ticket.callerPhone).toBe('138****5678');
    expect(ticket.callerName).toBe('王**');
    expect(JSON.stringify(ticket)).not.toContain('13812345678');
    expect(JSON.stringify(ticket)).not.toContain('王秀英');
  });

  it('the centre sees the caller in full', async () => {
    const ticket = (
      await ctx.app.inject({ url: `/api/tickets/${eastTicket}`, headers: ctx.auth('dispatcher') })
    ).json();
    expect(ticket.callerPhone).toBe('13812345678');
    expect(ticket.callerName).toBe('王秀英');
  });

  it('a confidential ticket hides the caller from units entirely', async () => {
    const ticket = (
      await ctx.app.inject({ url: `/api/tickets/${confidentialTicket}`, headers: ctx.auth('D1') })
    ).json();
    expect(ticket).toMatchObject({ callerName: null, callerPhone: null, callerHidden: true });
    expect(JSON.stringify(ticket)).not.toMatch(/138\*{4}5678|13812345678|王/);
  });

  it('another unit can neither read nor act on the ticket', async () => {
    const read = await ctx.app.inject({ url: `/api/tickets/${eastTicket}`, headers: ctx.auth('D2') });
    expect(read.statusCode).toBe(403);
    expect(read.json().error.code).toBe('TICKET_OUT_OF_SCOPE');
    const { version } = await ctx.services.ticketQueries.getTicket(ctx.actors.admin!, eastTicket);
    const act = await ctx.app.inject({
      method: 'POST',
      url: `/api/tickets/${eastTicket}/submitFeedback`,
      headers: ctx.auth('D2'),
      payload: { version, content: '越权反馈' },
    });
    expect(act.statusCode).toBe(403);
    const list = (await ctx.app.inject({ url: '/api/tickets?pageSize=200', headers: ctx.auth('D2') })).json();
    expect(list.items.map((t: { id: number }) => t.id)).not.toContain(eastTicket);
    const other = await ctx.app.inject({ url: '/api/tickets?unitCode=D1', headers: ctx.auth('D2') });
    expect(other.statusCode).toBe(403);
  });

  it('a child unit sees only tickets handed down to it; the parent sees its subtree', async () => {
    const id = await makeTicket(ctx, 'inProgress');
    const { version } = await ctx.services.ticketQueries.getTicket(ctx.actors.admin!, id);
    const sub = await ctx.app.inject({
      method: 'POST',
      url: `/api/tickets/${id}/subDispatch`,
      headers: ctx.auth('D1'),
      payload: { version, childUnitCode: 'D1-G2' },
    });
    expect(sub.statusCode, sub.body).toBe(200);
    expect((await ctx.app.inject({ url: `/api/tickets/${id}`, headers: ctx.auth('D1-G2') })).statusCode).toBe(
      200,
    );
    expect(
      (await ctx.app.inject({ url: `/api/tickets/${eastTicket}`, headers: ctx.auth('D1-G2') })).statusCode,
    ).toBe(403);
    expect((await ctx.app.inject({ url: `/api/tickets/${id}`, headers: ctx.auth('D1-G1') })).statusCode).toBe(
      403,
    );
    const childList = (await ctx.app.inject({ url: '/api/tickets', headers: ctx.auth('D1-G2') })).json();
    expect(childList.items.map((t: { id: number }) => t.id)).toEqual([id]);
    expect(childList.items[0].callerPhone).toBe('138****5678');
  });

  it('a unit cannot act in another unit’s name, and roles are enforced', async () => {
    const id = await makeTicket(ctx, 'dispatched');
    const { version } = await ctx.services.ticketQueries.getTicket(ctx.actors.admin!, id);
    const agentDispatch = await ctx.app.inject({
      method: 'POST',
      url: `/api/tickets/${id}/urge`,
      headers: ctx.auth('agent'),
      payload: { version },
    });
    expect(agentDispatch.statusCode).toBe(403);
    expect(agentDispatch.json().error.code).toBe('FORBIDDEN');
    const leaderIntake = await ctx.app.inject({
      method: 'POST',
      url: '/api/tickets',
      headers: ctx.auth('leader'),
      payload: {},
    });
    expect([400, 403]).toContain(leaderIntake.statusCode);
    const noLogin = await ctx.app.inject({ url: '/api/tickets' });
    expect(noLogin.statusCode).toBe(401);
    expect(noLogin.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('abilities list only what the user may do now', async () => {
    const id = await makeTicket(ctx, 'dispatched');
    const asUnit = (await ctx.app.inject({ url: `/api/tickets/${id}`, headers: ctx.auth('D1') })).json();
    expect(asUnit.abilities).toEqual(
      expect.arrayContaining(['acknowledge', 'requestSendBack', 'requestExtension']),
    );
    expect(asUnit.abilities).not.toContain('submitFeedback');
    const asDispatcher = (
      await ctx.app.inject({ url: `/api/tickets/${id}`, headers: ctx.auth('dispatcher') })
    ).json();
    expect(asDispatcher.abilities).toContain('urge');
    expect(asDispatcher.abilities).not.toContain('acknowledge');
  });

  it('offers 二级派单 only to a unit with units below it', async () => {
    // Lead D1 (东区, with bureaus and streets below), support M1 (市供暖办, nothing below).
    const id = await makeTicket(ctx, 'inProgress');
    const read = async (user: string) =>
      (await ctx.app.inject({ url: `/api/tickets/${id}`, headers: ctx.auth(user) })).json();
    const signed = await ctx.app.inject({
      method: 'POST',
      url: `/api/tickets/${id}/acknowledge`,
      headers: ctx.auth('M1'),
      payload: { version: (await read('M1')).version },
    });
    expect(signed.statusCode).toBe(200);
    const abilitiesOf = async (user: string) => (await read(user)).abilities as string[];
    expect(await abilitiesOf('D1')).toContain('subDispatch');
    const asLeaf = await abilitiesOf('M1');
    expect(asLeaf).toContain('submitFeedback');
    expect(asLeaf).not.toContain('subDispatch');
  });

  it('logs in with a session cookie that is httpOnly and SameSite', async () => {
    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'D1', password: 'test-password-1' },
    });
    expect(login.statusCode).toBe(200);
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const me = await ctx.app.inject({ url: '/api/auth/me', headers: { cookie: cookie.split(';')[0]! } });
    expect(me.json()).toMatchObject({ username: 'D1', role: 'unitHandler', unitCode: 'D1' });
    const wrong = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'D1', password: 'nope' },
    });
    expect(wrong.statusCode).toBe(401);
  });
});
