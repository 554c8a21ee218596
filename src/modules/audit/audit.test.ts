import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_PASSWORD, type TestContext } from '../../../test/context.ts';
import { makeTicket } from '../../../test/tickets.ts';
import { parseLocalTime } from '../../domain/time.ts';

type Entry = { actorUsername: string; actorUnitCode: string | null; action: string; targetId: string | null };

// The audit view's filters: by user, role, unit (with the units below), ticket, action and time, over entries
// written by the real services; and that an unmasked view of a caller is recorded while a masked one is not.
describe('audit log filters', () => {
  let ctx: TestContext;
  let ticket: number;

  async function entries(query: string): Promise<{ items: Entry[]; total: number }> {
    const response = await ctx.app.inject({
      url: `/api/audit?pageSize=200&${query}`,
      headers: ctx.auth('admin'),
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { items: Entry[]; total: number };
  }
  const login = (username: string) =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: TEST_PASSWORD },
    });
  const view = (username: string) =>
    ctx.app.inject({ url: `/api/tickets/${ticket}`, headers: ctx.auth(username) });

  beforeAll(async () => {
    ctx = await createTestContext('2023-03-01 09:00:00');
    ticket = await makeTicket(ctx, 'dispatched');
    ctx.clock.set(parseLocalTime('2023-03-02 09:00:00'));
    expect((await login('D1-G1')).statusCode).toBe(200);
    expect((await login('D2')).statusCode).toBe(200);
    ctx.clock.set(parseLocalTime('2023-03-03 09:00:00'));
    expect((await view('agent')).json().callerPhone).toBe('13812345678');
    expect((await view('supervisor')).json().callerPhone).toBe('138****5678');
    expect((await view('D1')).json().callerPhone).toBe('138****5678');
  });
  afterAll(async () => ctx.close());

  it('records who saw a caller unmasked, and only them', async () => {
    const seen = await entries('action=ticket.contactViewed');
    expect(seen.items.map((entry) => [entry.actorUsername, entry.targetId])).toEqual([
      ['agent', String(ticket)],
    ]);
    expect(seen.items[0]!.actorUnitCode).toBe('C');
    const aboutTicket = await entries(`targetType=ticket&targetId=${ticket}`);
    expect(aboutTicket.items.map((entry) => entry.action)).toEqual(['ticket.contactViewed']);
  });

  it('filters by user, role and unit subtree', async () => {
    const byUser = await entries('actorUsername=D2&action=auth.login');
    expect(byUser.items.map((entry) => entry.action)).toEqual(['auth.login']);
    const byUnit = await entries('unitCode=D1&action=auth.login');
    expect(byUnit.items.map((entry) => [entry.actorUsername, entry.actorUnitCode])).toEqual([
      ['D1-G1', 'D1-G1'],
    ]);
    expect(
      (await entries('unitCode=D2&action=auth.login')).items.map((entry) => entry.actorUsername),
    ).toEqual(['D2']);
    expect((await entries('actorRole=agent')).items.every((entry) => entry.actorUsername === 'agent')).toBe(
      true,
    );
    const unknown = await ctx.app.inject({ url: '/api/audit?unitCode=NOPE', headers: ctx.auth('admin') });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({ code: 'UNKNOWN_UNIT', details: { field: 'unitCode' } });
  });

  it('filters by time and pages on the server', async () => {
    const thursday = await entries('from=2023-03-02 00:00:00&to=2023-03-03 00:00:00&action=auth.login');
    expect(thursday.items.map((entry) => entry.actorUsername).sort()).toEqual(['D1-G1', 'D2']);
    // Logins only: reading the log writes audit.read entries between the two pages.
    const pageOf = (n: number) =>
      ctx.app.inject({
        url: `/api/audit?action=auth.login&page=${n}&pageSize=1`,
        headers: ctx.auth('admin'),
      });
    const first = await pageOf(1);
    const second = await pageOf(2);
    expect(first.json().items).toHaveLength(1);
    expect(second.json().items[0].id).toBeLessThan(first.json().items[0].id);
    expect(second.json().total).toBe(first.json().total);
    const refused = await ctx.app.inject({ url: '/api/audit?actorRole=boss', headers: ctx.auth('admin') });
    expect(refused.statusCode).toBe(400);
  });
});
