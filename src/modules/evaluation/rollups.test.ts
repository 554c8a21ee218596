import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/context.ts';
import { makeTicket } from '../../../test/tickets.ts';
import { TICKET_STATES, type TicketCommand } from '../../domain/lifecycle/index.ts';
import { addCalendarDays } from '../../domain/time.ts';
import { compareRollups, createRollupsRepository, rebuildRollups } from './index.ts';

describe('rollups kept with the events', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    // Late in March: the long story below runs into April, so as-of days fall on both sides of a month end.
    ctx = await createTestContext('2023-03-25 09:00:00');
    for (const state of TICKET_STATES) await makeTicket(ctx, state);
    const id = await makeTicket(ctx, 'inProgress');
    const steps: [string, TicketCommand][] = [
      ['D1', { type: 'subDispatch', unitCode: 'D1', childUnitCode: 'D1-G2', note: null }],
      ['D1-G2', { type: 'acknowledge', unitCode: 'D1-G2' }],
      ['D1', { type: 'requestSendBack', unitCode: 'D1', reason: '非本单位职责' }],
      ['dispatcher', { type: 'ruleSendBack', approve: true, note: null }],
      ['dispatcher', { type: 'dispatch', leadUnitCode: 'D2', supportUnitCodes: ['M1'], note: null }],
      ['D2', { type: 'acknowledge', unitCode: 'D2' }],
      ['M1', { type: 'acknowledge', unitCode: 'M1' }],
      ['supervisor', { type: 'urge', note: null }],
      ['D2', { type: 'submitFeedback', unitCode: 'D2', content: '已处理' }],
      ['reviewer', { type: 'review', accept: true, note: null }],
      [
        'reviewer',
        { type: 'revisit', reached: true, satisfaction: 'dissatisfied', solved: 'unsolved', note: null },
      ],
      ['reviewer', { type: 'reopen', to: 'sameUnit', reason: '不满意' }],
      ['D2', { type: 'submitFeedback', unitCode: 'D2', content: '再次处理' }],
      ['reviewer', { type: 'review', accept: true, note: null }],
      ['reviewer', { type: 'revisit', reached: true, satisfaction: 'basic', solved: 'solved', note: null }],
    ];
    for (const [user, command] of steps) {
      ctx.clock.advance(20 * 3_600_000);
      await ctx.services.tickets.execute(ctx.actors[user]!, id, null, command);
    }
  });
  afterAll(async () => ctx.close());

  it('agree exactly with a rebuild from the event log', async () => {
    expect(await compareRollups(ctx.handle.db, await ctx.services.units.directory())).toEqual([]);
    const maintained = await createRollupsRepository(ctx.handle.db).allRows();
    expect(maintained.length).toBeGreaterThan(10);
    const result = await rebuildRollups(ctx.handle.db, await ctx.services.units.directory());
    expect(result.tickets).toBeGreaterThan(12);
    expect(await createRollupsRepository(ctx.handle.db).allRows()).toEqual(maintained);
  });

  it('give the same unit totals from the monthly table as from the daily one', async () => {
    const repository = createRollupsRepository(ctx.handle.db);
    const range = { from: '2023-01-01', to: '2023-12-31', asOfDay: '2023-12-31' };
    const detailed = new Map<string, number>();
    for (const row of await repository.sums(range))
      detailed.set(
        row.unitCode,
        (detailed.get(row.unitCode) ?? 0) + row.counters.assigned + row.counters.rated * 1000,
      );
    const monthly = new Map(
      (await repository.unitSums(range)).map((row) => [
        row.unitCode,
        row.counters.assigned + row.counters.rated * 1000,
      ]),
    );
    expect(monthly).toEqual(detailed);
    const partial = { from: '2023-03-15', to: '2023-04-20', asOfDay: '2023-12-31' };
    const partialDetailed = (await repository.sums(partial)).reduce((n, r) => n + r.counters.registered, 0);
    expect((await repository.unitSums(partial)).reduce((n, r) => n + r.counters.registered, 0)).toBe(
      partialDetailed,
    );
  });

  it('give the same unit totals from the event-month rows for every as-of day, across month ends', async () => {
    const repository = createRollupsRepository(ctx.handle.db);
    const text = (rows: { unitCode: string; counters: Record<string, number> }[]) => {
      const byUnit = new Map<string, Record<string, number>>();
      for (const row of rows) {
        const sum = byUnit.get(row.unitCode) ?? {};
        for (const [counter, value] of Object.entries(row.counters))
          sum[counter] = (sum[counter] ?? 0) + value;
        byUnit.set(row.unitCode, sum);
      }
      return JSON.stringify([...byUnit].filter(([, sum]) => Object.values(sum).some(Boolean)).sort());
    };
    const days = (await repository.allRows()).map((row) => String(row.event_on)).sort();
    let checked = 0;
    for (
      let day = addCalendarDays(days[0]!, -1);
      day <= addCalendarDays(days.at(-1)!, 1);
      day = addCalendarDays(day, 1)
    ) {
      const range = { from: '2023-01-01', to: '2023-12-31', asOfDay: day };
      expect(text(await repository.unitSums(range)), day).toBe(text(await repository.sums(range)));
      checked += 1;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('count the centre and each subtree once per ticket', async () => {
    const sums = await createRollupsRepository(ctx.handle.db).sums({
      from: '2023-01-01',
      to: '2023-12-31',
      asOfDay: '2023-12-31',
    });
    const total = (unit: string, counter: keyof (typeof sums)[number]['counters']) =>
      sums.filter((s) => s.unitCode === unit).reduce((n, s) => n + s.counters[counter], 0);
    // Every registered ticket counts once at the centre.
    expect(total('C', 'registered')).toBe(
      await ctx.handle.db
        .selectFrom('tickets')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst()
        .then((r) => Number(r!.n)),
    );
    // The long story: D1 sent it back, so only D2 (and M1 as support) answer for it; D1-G2 was below D1.
    // dispatched, inProgress, feedbackSubmitted, pendingRevisit, completed and archived were led by D1.
    expect(total('D1', 'assigned')).toBe(6);
    expect(total('D1-G2', 'assigned')).toBe(0);
    expect(total('D2', 'assigned')).toBe(1);
    expect(total('D2', 'rated')).toBe(1);
    expect(total('D2', 'basic')).toBe(1);
    expect(total('D2', 'dissatisfied')).toBe(0);
    expect(total('D2', 'reopened')).toBe(1);
    expect(total('C', 'answered')).toBe(1);
  });
});

describe('splitting a period into whole months and leftover days', () => {
  it('uses whole months where it can', async () => {
    const { splitIntoMonths } = await import('./rollups.repository.ts');
    expect(splitIntoMonths('2023-01-01', '2023-04-30')).toEqual({
      months: ['2023-01', '2023-02', '2023-03', '2023-04'],
      days: [],
    });
    expect(splitIntoMonths('2023-01-15', '2023-03-10')).toEqual({
      months: ['2023-02'],
      days: [
        ['2023-01-15', '2023-01-31'],
        ['2023-03-01', '2023-03-10'],
      ],
    });
    expect(splitIntoMonths('2024-02-01', '2024-02-29')).toEqual({ months: ['2024-02'], days: [] });
    expect(splitIntoMonths('2023-12-20', '2024-01-31')).toEqual({
      months: ['2024-01'],
      days: [['2023-12-20', '2023-12-31']],
    });
  });
});
