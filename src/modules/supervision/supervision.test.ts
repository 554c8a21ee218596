import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, SYSTEM, TEST_PASSWORD, type TestContext } from '../../../test/context.ts';
import { makeTicket } from '../../../test/tickets.ts';
import { parseLocalTime } from '../../domain/time.ts';
import type { IntakeInput } from '../tickets/index.ts';

type Counts = { dueSoon: number; overdue: number; supervised: number };
type Board = {
  scope: { code: string; wholeCity: boolean };
  trail: { code: string }[];
  total: Counts;
  units: { unitCode: string; own: boolean; hasChildren: boolean; counts: Counts }[];
  categories: { code: string; counts: Counts }[];
  bulkActions: string[];
};

// The board against tickets built through the real commands: who holds which card, that every number is the
// total of the list behind it, that a unit admin stays inside its subtree, and bulk 催办/督办 ticket by ticket.
describe('supervision board', () => {
  let ctx: TestContext;
  const t: Record<string, number> = {};
  let unitAdminAuth: { authorization: string };

  const get = (auth: { authorization: string }, url: string) => ctx.app.inject({ url, headers: auth });
  async function board(auth: { authorization: string }, query = ''): Promise<Board> {
    const response = await get(auth, `/api/supervision${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as Board;
  }
  async function ticketIds(auth: { authorization: string }, query: string) {
    const response = await get(auth, `/api/supervision/tickets?pageSize=200&${query}`);
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json() as { items: { id: number }[]; total: number };
    expect(page.items).toHaveLength(page.total);
    return page.items.map((item) => item.id).sort((a, b) => a - b);
  }
  const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);
  const run = (user: string, id: number, command: object) =>
    ctx.services.tickets.execute(ctx.actors[user]!, id, null, command as never);
  async function dispatchedTo(lead: string, overrides: Partial<IntakeInput> = {}) {
    const id = await makeTicket(ctx, 'pendingDispatch', overrides);
    await run('dispatcher', id, { type: 'dispatch', leadUnitCode: lead, supportUnitCodes: [], note: null });
    return id;
  }

  beforeAll(async () => {
    ctx = await createTestContext('2023-03-01 09:00:00');
    // Dispatched on Wednesday morning: the 24-hour acknowledge deadlines pass before Friday.
    t.eastLate = await makeTicket(ctx, 'dispatched'); // D1 leads, M1 supports
    t.westLate = await dispatchedTo('D2', { districtCode: 'D2', category: '030203' });
    t.bureauLate = await dispatchedTo('D1-G1');
    t.eastDone = await makeTicket(ctx, 'completed');
    ctx.clock.set(parseLocalTime('2023-03-02 10:00:00'));
    // Dispatched on Thursday at 10:00: on Friday at 09:00 one working day or less is left (黄牌).
    t.eastSoon = await dispatchedTo('D1');
    ctx.clock.set(parseLocalTime('2023-03-03 09:00:00'));
    t.watched = await makeTicket(ctx, 'inProgress');
    await run('supervisor', t.watched, { type: 'supervise', note: '限期办结' });
    t.waiting = await makeTicket(ctx, 'pendingDispatch');

    const hash = await ctx.services.users.hashPassword(TEST_PASSWORD);
    const admin = await ctx.services.users.createUser(
      SYSTEM,
      {
        username: 'd1admin',
        displayName: '东区管理员',
        password: TEST_PASSWORD,
        role: 'unitAdmin',
        unitCode: 'D1',
      },
      hash,
    );
    const actor = {
      userId: admin.id,
      username: admin.username,
      displayName: '东区管理员',
      role: admin.role,
      unitCode: 'D1',
    };
    const { token } = await ctx.services.users.createApiToken(actor, { name: 'test', expiresInDays: 365 });
    unitAdminAuth = { authorization: `Bearer ${token}` };
  });
  afterAll(async () => ctx.close());

  it('counts the cards and the supervised tickets per unit subtree for the centre', async () => {
    const city = await board(ctx.auth('supervisor'));
    expect(city.scope).toMatchObject({ code: 'C', wholeCity: true });
    expect(city.trail).toEqual([]);
    expect(city.bulkActions).toEqual(['urge', 'supervise']);
    const row = (code: string) => city.units.find((unit) => unit.unitCode === code)!;
    expect(city.units.map((unit) => unit.unitCode)).toEqual(['D1', 'D2', 'M1']);
    expect(row('D1')).toMatchObject({ own: false, hasChildren: true });
    // D1's subtree: its own late ticket, its bureau's late one, the near-due one and the supervised one.
    expect(row('D1').counts).toEqual({ dueSoon: 1, overdue: 2, supervised: 1 });
    expect(row('D2').counts).toEqual({ dueSoon: 0, overdue: 1, supervised: 0 });
    // M1 supports the first ticket: the card is on its row too.
    expect(row('M1').counts).toEqual({ dueSoon: 0, overdue: 1, supervised: 1 });
    expect(city.total.overdue).toBeGreaterThanOrEqual(3);
    expect(city.total.supervised).toBe(1);
  });

  it('answers every number with the list of the tickets behind it', async () => {
    const city = await board(ctx.auth('supervisor'));
    const auth = ctx.auth('supervisor');
    for (const measure of ['dueSoon', 'overdue', 'supervised'] as const) {
      expect(await ticketIds(auth, `measure=${measure}`)).toHaveLength(city.total[measure]);
      for (const unit of city.units)
        expect(await ticketIds(auth, `measure=${measure}&unitCode=${unit.unitCode}`)).toHaveLength(
          unit.counts[measure],
        );
      for (const category of city.categories)
        expect(await ticketIds(auth, `measure=${measure}&categoryCode=${category.code}`)).toHaveLength(
          category.counts[measure],
        );
    }
    expect(await ticketIds(auth, 'measure=overdue&unitCode=D1')).toEqual(
      sorted([t.eastLate!, t.bureauLate!]),
    );
    expect(await ticketIds(auth, 'measure=dueSoon&unitCode=D1')).toEqual([t.eastSoon]);
    expect(await ticketIds(auth, 'measure=overdue&categoryCode=030000')).toEqual([t.westLate]);
    expect(city.categories.map((category) => category.code)).toContain('030000');
  });

  it('gives a unit admin its own board: its unit alone and each unit below, nothing outside', async () => {
    const own = await board(unitAdminAuth);
    expect(own.scope).toMatchObject({ code: 'D1', wholeCity: false });
    expect(own.trail).toEqual([]);
    expect((await board(unitAdminAuth, '?unitCode=D1-G2')).trail.map((step) => step.code)).toEqual(['D1']);
    expect(own.bulkActions).toEqual([]);
    expect(own.units.map((unit) => [unit.unitCode, unit.own])).toEqual([
      ['D1', true],
      ['D1-G1', false],
      ['D1-G2', false],
    ]);
    expect(own.units[0]!.counts).toEqual({ dueSoon: 1, overdue: 1, supervised: 1 });
    expect(own.units[1]!.counts).toEqual({ dueSoon: 0, overdue: 1, supervised: 0 });
    expect(own.total).toEqual({ dueSoon: 1, overdue: 2, supervised: 1 });
    expect(await ticketIds(unitAdminAuth, 'measure=overdue&unitCode=D1&own=true')).toEqual([t.eastLate]);
    expect(await ticketIds(unitAdminAuth, 'measure=overdue')).toEqual(sorted([t.eastLate!, t.bureauLate!]));
    expect((await get(unitAdminAuth, '/api/supervision?unitCode=D2')).statusCode).toBe(403);
    expect(
      (await get(unitAdminAuth, '/api/supervision/tickets?measure=overdue&unitCode=D2')).statusCode,
    ).toBe(403);
    // The centre opens D1 and sees what its admin sees, with the way back up.
    const opened = await board(ctx.auth('supervisor'), '?unitCode=D1');
    expect(opened.scope).toMatchObject({ code: 'D1', wholeCity: false });
    expect(opened.trail.map((step) => step.code)).toEqual(['C']);
    expect(opened.units).toEqual(own.units);
    expect((await get(ctx.auth('D1'), '/api/supervision')).statusCode).toBe(403);
  });

  it('urges in bulk ticket by ticket, reporting the refused with their reason', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/supervision/bulk',
      headers: ctx.auth('supervisor'),
      payload: { action: 'urge', ticketIds: [t.eastLate, t.westLate, t.eastDone], note: '请于今日内办理' },
    });
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json() as {
      done: { ticketId: number }[];
      refused: { ticketId: number; code: string }[];
    };
    expect(result.done.map((entry) => entry.ticketId)).toEqual([t.eastLate, t.westLate]);
    expect(result.refused).toEqual([
      expect.objectContaining({ ticketId: t.eastDone, code: 'INVALID_TRANSITION' }),
    ]);
    const detail = await get(ctx.auth('supervisor'), `/api/tickets/${t.westLate}`);
    expect(detail.json().urgeCount).toBe(1);
  });

  it("urges every ticket behind one number of the board, within the viewer's scope", async () => {
    const post = (payload: object) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/supervision/bulk',
        headers: ctx.auth('supervisor'),
        payload,
      });
    const whole = await post({ action: 'urge', cell: { measure: 'overdue', unitCode: 'D1' }, note: null });
    expect(whole.statusCode, whole.body).toBe(200);
    expect(sorted(whole.json().done.map((entry: { ticketId: number }) => entry.ticketId))).toEqual(
      sorted([t.eastLate!, t.bureauLate!]),
    );
    const own = await post({ action: 'urge', cell: { measure: 'overdue', unitCode: 'D1', own: 'true' } });
    expect(own.json().done.map((entry: { ticketId: number }) => entry.ticketId)).toEqual([t.eastLate]);
    expect((await post({ action: 'urge' })).statusCode).toBe(400);
    const both = await post({ action: 'urge', ticketIds: [t.eastLate], cell: { measure: 'overdue' } });
    expect(both.statusCode).toBe(400);
  });

  it('supervises in bulk only with a note, and only for the roles that issue it', async () => {
    const post = (user: string, payload: object) =>
      ctx.app.inject({ method: 'POST', url: '/api/supervision/bulk', headers: ctx.auth(user), payload });
    const noNote = await post('supervisor', { action: 'supervise', ticketIds: [t.westLate] });
    expect(noNote.statusCode).toBe(400);
    expect(JSON.stringify(noNote.json().error.details)).toContain('note');
    const done = await post('supervisor', { action: 'supervise', ticketIds: [t.westLate], note: '挂牌督办' });
    expect(done.json().done).toHaveLength(1);
    expect((await board(ctx.auth('supervisor'))).total.supervised).toBe(2);
    // 派单员 urges but does not supervise; 领导 watches only.
    expect(
      (await post('dispatcher', { action: 'supervise', ticketIds: [t.westLate], note: 'x' })).statusCode,
    ).toBe(403);
    expect((await board(ctx.auth('dispatcher'))).bulkActions).toEqual(['urge']);
    expect((await board(ctx.auth('leader'))).bulkActions).toEqual([]);
    expect((await post('leader', { action: 'urge', ticketIds: [t.westLate] })).statusCode).toBe(403);
  });
});
