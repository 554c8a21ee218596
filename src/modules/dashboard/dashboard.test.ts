import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/context.ts';
import { makeTicket } from '../../../test/tickets.ts';
import { COUNTERS } from '../../domain/metrics/counters.ts';
import { addCalendarDays, parseLocalTime, startOfLocalDate } from '../../domain/time.ts';
import { compareRollups, figureRulesOf } from '../evaluation/index.ts';
import { DashboardView, DrillPage } from '../../contracts/dashboard.schemas.ts';
import type { Actor } from '../../domain/access/actor.ts';

const HOUR = 3_600_000;

/** A ticket handled by D1 (through D1-G1 when `viaGrassroots`) and rated at the revisit. */
async function ratedTicket(
  ctx: TestContext,
  satisfaction: 'satisfied' | 'basic' | 'dissatisfied',
  options: { viaGrassroots?: boolean; reopen?: boolean } = {},
): Promise<number> {
  const id = await makeTicket(ctx, 'inProgress');
  const run = (who: string, command: object) =>
    ctx.services.tickets.execute(ctx.actors[who]!, id, null, command as never);
  ctx.clock.advance(2 * HOUR);
  if (options.viaGrassroots) {
    await run('D1', { type: 'subDispatch', unitCode: 'D1', childUnitCode: 'D1-G1', note: null });
    await run('D1-G1', { type: 'acknowledge', unitCode: 'D1-G1' });
    ctx.clock.advance(24 * HOUR);
    await run('D1-G1', { type: 'submitFeedback', unitCode: 'D1-G1', content: '已处理' });
  }
  await run('D1', { type: 'submitFeedback', unitCode: 'D1', content: '已协调处理' });
  await run('reviewer', { type: 'review', accept: true, note: null });
  ctx.clock.advance(24 * HOUR);
  await run('reviewer', { type: 'revisit', reached: true, satisfaction, solved: 'solved', note: null });
  if (options.reopen) await run('supervisor', { type: 'reopen', to: 'sameUnit', reason: '市民不满意，重办' });
  return id;
}

describe('the dashboard', () => {
  let ctx: TestContext;
  const period = { from: '2023-03-01', to: '2023-03-31', asOf: parseLocalTime('2023-04-15 00:00:00') };
  const query = 'from=2023-03-01&to=2023-03-31&asOf=2023-04-15';

  beforeAll(async () => {
    ctx = await createTestContext('2023-03-01 09:00:00');
    await makeTicket(ctx, 'answered', { appealType: 'consult', channel: 'web' });
    await makeTicket(ctx, 'answered', { appealType: 'consult' });
    await makeTicket(ctx, 'rejected');
    ctx.clock.advance(24 * HOUR);
    await makeTicket(ctx, 'completed');
    await makeTicket(ctx, 'inProgress');
    await ratedTicket(ctx, 'basic', { viaGrassroots: true });
    ctx.clock.set(parseLocalTime('2023-03-10 10:00:00'));
    await ratedTicket(ctx, 'dissatisfied');
    // 不满意 at the revisit, then reopened: still counted as a dissatisfied revisit until it is revisited again.
    await ratedTicket(ctx, 'dissatisfied', { viaGrassroots: true, reopen: true });
    // A ticket of the previous month and one of the next: outside the period.
    ctx.clock.set(parseLocalTime('2023-02-20 10:00:00'));
    await makeTicket(ctx, 'completed');
    ctx.clock.set(parseLocalTime('2023-04-02 10:00:00'));
    await makeTicket(ctx, 'completed');
  });
  afterAll(async () => ctx.close());

  it('lists, for every counter of every unit subtree, exactly the tickets the bulletin counts', async () => {
    const scheme = await ctx.services.schemes.resolve(undefined);
    const figures = await ctx.services.evaluation.periodFigures(period, figureRulesOf(scheme));
    const directory = await ctx.services.units.directory();
    let nonZero = 0;
    for (const unit of directory.all()) {
      for (const counter of COUNTERS) {
        const figure = figures.units.get(unit.code)?.totals[counter] ?? 0;
        const page = await ctx.services.dashboard.drill(ctx.actors.leader!, {
          ...period,
          unit: unit.code,
          counters: [counter],
          page: 1,
          pageSize: 200,
        });
        expect(page.total, `${unit.code} ${counter}`).toBe(figure);
        expect(page.rows.reduce((sum, row) => sum + row.amount, 0)).toBe(figure);
        if (figure > 0) nonZero += 1;
      }
    }
    // The seeded city exercises most counters, the subtree's and the centre's alike.
    expect(nonZero).toBeGreaterThan(50);
    // The reopened ticket went back to handling: its 不满意 revisit no longer counts, in either path.
    expect(figures.units.get('D1')!.satisfactionCounts).toMatchObject({ basic: 1, dissatisfied: 1 });
    expect(figures.units.get('D1-G1')!.satisfactionCounts).toMatchObject({ basic: 1, dissatisfied: 0 });
    expect(figures.units.get('D1')!.totals.reopened).toBe(1);
  });

  it('shows the bulletin headline and the district rows with their counts, and drills 满意率 to 不满意', async () => {
    const response = await ctx.app.inject({ url: `/api/dashboard?${query}`, headers: ctx.auth('leader') });
    expect(response.statusCode, response.body).toBe(200);
    const view = DashboardView.parse(response.json());
    const bulletin = await ctx.services.bulletins.build(period);
    const kpi = (key: string) => view.kpis.find((k) => k.key === key)!;
    expect(kpi('received').value).toBe(bulletin.headline.received);
    expect(kpi('dispatched').value).toBe(bulletin.headline.dispatched);
    expect(kpi('directAnswer')).toMatchObject({
      numerator: bulletin.headline.directAnswer.numerator,
      denominator: bulletin.headline.directAnswer.denominator,
    });
    expect(kpi('completion')).toMatchObject(bulletin.headline.completion);
    expect(kpi('satisfaction')).toMatchObject(bulletin.headline.satisfaction);
    // The previous period (February) from the centre's rows alone equals February's bulletin.
    const february = await ctx.services.bulletins.build({
      from: '2023-02-01',
      to: '2023-02-28',
      asOf: period.asOf,
    });
    expect(view.period.previous).toEqual({ from: '2023-02-01', to: '2023-02-28' });
    expect(kpi('received').previousValue).toBe(february.headline.received);
    expect(kpi('completion').previousValue).toBe(february.headline.completion.value);
    expect(kpi('satisfaction').previousValue).toBe(february.headline.satisfaction.value);
    const bulletinEast = bulletin.sections[0]!.parts[0]!.table!.rows.find((row) => row.unitName === '东区')!;
    const east = view.districts.find((row) => row.unitCode === 'D1')!;
    expect(east.satisfaction).toEqual(bulletinEast.satisfaction);
    expect(east.completion).toEqual(bulletinEast.completion);
    expect(east.dissatisfied).toBe(1);

    const drill = await ctx.app.inject({
      url: `/api/dashboard/tickets?${query}&unit=D1&counters=dissatisfied&indicator=satisfaction`,
      headers: ctx.auth('leader'),
    });
    expect(drill.statusCode, drill.body).toBe(200);
    const page = DrillPage.parse(drill.json());
    expect(page.total).toBe(east.dissatisfied);
    expect(page.rows.every((row) => row.satisfaction === 'dissatisfied')).toBe(true);
    expect(view.trend.points).toHaveLength(31);
    expect(view.trend.points.reduce((sum, p) => sum + p.received, 0)).toBe(bulletin.headline.received);
    expect(view.appealTypes.reduce((sum, item) => sum + item.count, 0)).toBe(bulletin.headline.received);
    expect(view.hotspots[0]).toMatchObject({ previous: 1 });
    expect(view.leagues.map((league) => league.key)).toContain('districts');
  });

  it('trends by week and by month over the same rows, and refuses a year by day', async () => {
    for (const granularity of ['week', 'month'] as const) {
      const view = await ctx.services.dashboard.overview(ctx.actors.leader!, { ...period, granularity });
      expect(
        view.trend.points.reduce((sum, p) => sum + p.received, 0),
        granularity,
      ).toBe(view.kpis.find((k) => k.key === 'received')!.value);
    }
    const year = await ctx.app.inject({
      url: '/api/dashboard?from=2023-01-01&to=2023-12-31&granularity=day',
      headers: ctx.auth('leader'),
    });
    expect(year.statusCode).toBe(400);
    expect(year.json().error.details.field).toBe('granularity');
  });

  it('drills a mix slice and a hot spot to the tickets behind them', async () => {
    const view = await ctx.services.dashboard.overview(ctx.actors.leader!, { ...period, granularity: 'day' });
    for (const item of [...view.appealTypes, ...view.hotspots]) {
      const page = await ctx.services.dashboard.drill(ctx.actors.leader!, {
        ...period,
        counters: item.drill!.counters,
        ...(item.drill!.appealType ? { appealType: item.drill!.appealType } : {}),
        ...(item.drill!.category ? { category: item.drill!.category } : {}),
        page: 1,
        pageSize: 50,
      });
      expect(page.total).toBe(item.count);
    }
    const channels = await ctx.services.dashboard.channels(ctx.actors.leader!, period);
    expect(channels.channels.find((c) => c.key === 'web')?.count).toBe(1);
  });

  it("counts each unit subtree's tickets by channel as the tickets themselves say, and as a rebuild does", async () => {
    const directory = await ctx.services.units.directory();
    const range = {
      from: startOfLocalDate(period.from).toISOString(),
      to: startOfLocalDate(addCalendarDays(period.to, 1)).toISOString(),
    };
    for (const unit of directory.all()) {
      // Plainly: the tickets registered in the period with an assignment within the subtree (all of them at the centre).
      const codes = directory.subtreeCodes(unit.code);
      const rows = await ctx.handle.db
        .selectFrom('tickets')
        .select(['channel', (eb) => eb.fn.countAll<number>().as('n')])
        .where('received_at', '>=', range.from)
        .where('received_at', '<', range.to)
        .$if(unit.parentCode !== null, (q) =>
          q.where((eb) =>
            eb.exists(
              eb
                .selectFrom('assignments')
                .select('assignments.id')
                .whereRef('assignments.ticket_id', '=', 'tickets.id')
                .where('assignments.unit_code', 'in', codes),
            ),
          ),
        )
        .groupBy('channel')
        .execute();
      const plain = Object.fromEntries(rows.map((row) => [row.channel, Number(row.n)]));
      const mix = await ctx.services.dashboard.channels(ctx.actors.leader!, { ...period, unit: unit.code });
      expect(Object.fromEntries(mix.channels.map((c) => [c.key, c.count])), unit.code).toEqual(plain);
    }
    expect(await compareRollups(ctx.handle.db, directory)).toEqual([]);
  });

  it('keeps a unit administrator inside its subtree and turns unit handlers away', async () => {
    const admin: Actor = { ...ctx.actors.D1!, role: 'unitAdmin' };
    const own = await ctx.services.dashboard.overview(admin, { ...period, granularity: 'day' });
    expect(own.unit.code).toBe('D1');
    expect(own.districts.map((row) => row.unitCode)).toEqual(['D1-G1', 'D1-G2']);
    expect(own.leagues.flatMap((league) => league.rows).every((row) => row.unitCode.startsWith('D1'))).toBe(
      true,
    );
    await expect(
      ctx.services.dashboard.overview(admin, { ...period, unit: 'D2', granularity: 'day' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      ctx.services.dashboard.drill(admin, {
        ...period,
        unit: 'C',
        counters: ['registered'],
        page: 1,
        pageSize: 20,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const handler = await ctx.app.inject({ url: `/api/dashboard?${query}`, headers: ctx.auth('D1') });
    expect(handler.statusCode).toBe(403);
  });

  it('exports every table as XLSX and records the export', async () => {
    for (const table of ['kpis', 'trend', 'appealTypes', 'channels', 'hotspots', 'districts', 'leagues']) {
      const response = await ctx.app.inject({
        url: `/api/dashboard/export?${query}&table=${table}`,
        headers: ctx.auth('supervisor'),
      });
      expect(response.statusCode, `${table} ${response.body.slice(0, 200)}`).toBe(200);
      expect(response.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
    }
    const tickets = await ctx.app.inject({
      url: `/api/dashboard/export?${query}&table=tickets&unit=D1&counters=dissatisfied`,
      headers: ctx.auth('supervisor'),
    });
    expect(tickets.statusCode).toBe(200);
    const missing = await ctx.app.inject({
      url: `/api/dashboard/export?${query}&table=tickets`,
      headers: ctx.auth('supervisor'),
    });
    expect(missing.statusCode).toBe(400);
    const audit = await ctx.services.audit.list(ctx.actors.admin!, {
      action: 'dashboard.exported',
      page: 1,
      pageSize: 50,
    } as never);
    expect(audit.total).toBeGreaterThanOrEqual(8);
  });

  it('names the wrong field of a bad request', async () => {
    const bad = await ctx.app.inject({
      url: '/api/dashboard/tickets?from=2023-03-01&to=2023-03-31&counters=nonsense',
      headers: ctx.auth('leader'),
    });
    expect(bad.statusCode).toBe(400);
    const reversed = await ctx.app.inject({
      url: '/api/dashboard?from=2023-03-31&to=2023-03-01',
      headers: ctx.auth('leader'),
    });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.details.field).toBe('from');
    const unknown = await ctx.app.inject({
      url: `/api/dashboard?${query}&unit=NOPE`,
      headers: ctx.auth('leader'),
    });
    expect(unknown.statusCode).toBe(404);
  });
});
