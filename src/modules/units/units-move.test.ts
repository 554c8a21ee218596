import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/context.ts';
import { makeTicket } from '../../../test/tickets.ts';
import { compareRollups, createRollupsRepository, reapportionRollups } from '../evaluation/index.ts';

const RANGE = { from: '2000-01-01', to: '2100-12-31', asOfDay: '2100-12-31' };

/** Assignments counted per unit, from the rollups the evaluation reads (each unit's own and its subtree's). */
async function assignedByUnit(ctx: TestContext): Promise<Map<string, number>> {
  const rows = await createRollupsRepository(ctx.handle.db).unitSums(RANGE);
  return new Map(rows.map((row) => [row.unitCode, row.counters.assigned]));
}

describe('moving and deactivating units', () => {
  let ctx: TestContext;
  let openTicket: number;
  const put = (code: string, body: object) =>
    ctx.app.inject({ method: 'PUT', url: `/api/units/${code}`, headers: ctx.auth('admin'), payload: body });
  const post = (path: string) => ctx.app.inject({ method: 'POST', url: path, headers: ctx.auth('admin') });

  beforeAll(async () => {
    ctx = await createTestContext();
    // Work handed down from the district D1 to its street office D1-G2, one finished and one still open.
    for (const keepOpen of [false, true]) {
      const id = await makeTicket(ctx, 'inProgress');
      await ctx.services.tickets.execute(ctx.actors.D1!, id, null, {
        type: 'subDispatch',
        unitCode: 'D1',
        childUnitCode: 'D1-G2',
        note: null,
      });
      await ctx.services.tickets.execute(ctx.actors['D1-G2']!, id, null, {
        type: 'acknowledge',
        unitCode: 'D1-G2',
      });
      if (keepOpen) openTicket = id;
    }
    // And one sent to the street office directly: the district counts it only through its subtree.
    const direct = await makeTicket(ctx, 'pendingDispatch');
    await ctx.services.tickets.execute(ctx.actors.dispatcher!, direct, null, {
      type: 'dispatch',
      leadUnitCode: 'D1-G2',
      supportUnitCodes: [],
      note: null,
    });
  });
  afterAll(async () => ctx.close());

  it('moves a unit with its subtree and rebuilds the figures: old and new parents agree with a full rebuild', async () => {
    const before = await assignedByUnit(ctx);
    const moving = before.get('D1-G2') ?? 0;
    expect(moving).toBeGreaterThan(0);

    const answer = await put('D1-G2', { name: '东区兴盛街道办事处', parentCode: 'D2', kind: 'grassroots' });
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json()).toMatchObject({ code: 'D1-G2', parentCode: 'D2', depth: 2 });
    // The community below moved with it.
    const below = (await ctx.app.inject({ url: '/api/units/D1-G2-S1', headers: ctx.auth('admin') })).json();
    expect(below).toMatchObject({ parentCode: 'D1-G2', depth: 3 });

    const after = await assignedByUnit(ctx);
    expect(after.get('D1-G2')).toBe(moving);
    // D1 keeps the two tickets it was given itself and loses the one only its street office had.
    expect(before.get('D1')).toBe(3);
    expect(after.get('D1')).toBe(2);
    expect(before.get('D2')).toBeUndefined();
    expect(after.get('D2')).toBe(moving);
    expect(after.get('C')).toBe(before.get('C'));
    expect(await compareRollups(ctx.handle.db, await ctx.services.units.directory())).toEqual([]);
  });

  it('re-reads only the tickets assigned within the moved subtree', async () => {
    await makeTicket(ctx, 'completed'); // D1's alone: not read again when D1-G2 moves
    const tree = await ctx.services.units.directory();
    const result = await reapportionRollups(ctx.handle.db, { before: tree, after: tree, moved: ['D1-G2'] });
    expect(result).toEqual({ tickets: 3, rows: 0 });
  });

  it('counts the work done after the move under the new parent', async () => {
    await ctx.services.tickets.execute(ctx.actors['D1-G2']!, openTicket, null, {
      type: 'submitFeedback',
      unitCode: 'D1-G2',
      content: '已处理完毕',
    });
    expect(await compareRollups(ctx.handle.db, await ctx.services.units.directory())).toEqual([]);
  });

  it('refuses to move a unit below itself', async () => {
    const answer = await put('D2', { name: '西区', parentCode: 'D1-G2', kind: 'district' });
    expect(answer.statusCode).toBe(400);
    expect(answer.json().error.code).toBe('UNIT_CYCLE');
  });

  it('refuses to deactivate a unit that still has open work or active units below it, saying how many', async () => {
    const open = await post('/api/units/M1/deactivate');
    expect(open.statusCode).toBe(409);
    expect(open.json().error).toMatchObject({ code: 'UNIT_IN_USE', details: { openAssignments: 2 } });
    expect(open.json().error.message).toContain('2 件未办结的工单');

    const parent = await post('/api/units/D1-G2/deactivate');
    expect(parent.statusCode).toBe(409);
    expect(parent.json().error).toMatchObject({ code: 'UNIT_IN_USE', details: { children: 1 } });
  });

  it('deactivates an idle unit, keeps others from moving under it, and activates it again', async () => {
    const off = await post('/api/units/D1-G1/deactivate');
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json()).toMatchObject({ code: 'D1-G1', active: false });

    const under = await put('D1-G2-S1', { name: '兴盛街道幸福社区', parentCode: 'D1-G1', kind: 'community' });
    expect(under.statusCode).toBe(409);
    expect(under.json().error).toMatchObject({ code: 'UNIT_INACTIVE', details: { field: 'parentCode' } });

    const on = await post('/api/units/D1-G1/activate');
    expect(on.json()).toMatchObject({ code: 'D1-G1', active: true });
  });

  it('lets only an administrator deactivate', async () => {
    const answer = await ctx.app.inject({
      method: 'POST',
      url: '/api/units/D1-G1/deactivate',
      headers: ctx.auth('supervisor'),
    });
    expect(answer.statusCode).toBe(403);
  });
});
