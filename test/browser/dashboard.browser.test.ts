import { afterAll, beforeAll, expect, it } from 'vitest';
import { localDate } from '../../src/domain/time.ts';
import { figureRulesOf } from '../../src/modules/evaluation/index.ts';
import { SYSTEM, type TestContext } from '../context.ts';
import { makeTicket } from '../tickets.ts';
import { describeInBrowser, startConsole, type ConsoleHarness } from './harness.ts';

let h: ConsoleHarness;
const numbers: Record<string, string> = {};

/** A ticket handled by 东区 (or 西区) and rated at the revisit. */
async function rated(ctx: TestContext, name: string, satisfaction: string, unit: 'D1' | 'D2', title: string) {
  const id = await makeTicket(ctx, 'registered', { title });
  const run = (who: string, command: object) =>
    ctx.services.tickets.execute(ctx.actors[who]!, id, null, command as never);
  await run('dispatcher', { type: 'dispatch', leadUnitCode: unit, supportUnitCodes: [], note: null });
  await run(unit, { type: 'acknowledge', unitCode: unit });
  await run(unit, { type: 'submitFeedback', unitCode: unit, content: '已处理' });
  await run('reviewer', { type: 'review', accept: true, note: null });
  await run('reviewer', { type: 'revisit', reached: true, satisfaction, solved: 'solved', note: null });
  numbers[name] = (await ctx.services.ticketQueries.getTicket(SYSTEM, id)).number;
}

async function seed(ctx: TestContext) {
  for (let i = 0; i < 3; i += 1) await makeTicket(ctx, 'answered', { appealType: 'consult' });
  await makeTicket(ctx, 'inProgress', { appealType: 'help', channel: 'web' });
  await rated(ctx, 'pleased', 'satisfied', 'D1', '幸福小区室温不达标');
  await rated(ctx, 'basic', 'basic', 'D1', '兴盛路路灯不亮');
  await rated(ctx, 'unhappy', 'dissatisfied', 'D1', '楼道堆放杂物无人清理');
  await rated(ctx, 'west', 'dissatisfied', 'D2', '自来水水压不足');
}

const WAIT = { timeout: 20_000 };

describeInBrowser('the dashboard', () => {
  beforeAll(async () => {
    h = await startConsole({ seed });
  });
  afterAll(() => h?.close());

  it('a leader drills from a district’s 满意率 to its dissatisfied tickets, as many as the bulletin counts', async () => {
    // The bulletin's figures for the dashboard's default period (this month so far), as of now.
    const today = localDate(h.ctx.clock.now());
    const period = { from: `${today.slice(0, 8)}01`, to: today, asOf: h.ctx.clock.now() };
    const scheme = await h.ctx.services.schemes.resolve(undefined);
    const figures = await h.ctx.services.evaluation.periodFigures(period, figureRulesOf(scheme));
    const bulletin = await h.ctx.services.bulletins.build(period);
    const east = bulletin.sections[0]!.parts[0]!.table!.rows.find((row) => row.unitName === '东区')!;
    const dissatisfied = figures.units.get('D1')!.satisfactionCounts.dissatisfied;
    expect(dissatisfied).toBe(1);

    const page = await h.login('leader');
    await page.getByRole('navigation').getByRole('menuitem', { name: '数据看板' }).click();
    await page.waitForURL('**/dashboard');
    const heat = page.getByRole('table', { name: '县区办理情况' });
    await heat.getByRole('button', { name: '东区 满意率' }).waitFor(WAIT);
    await page.getByRole('img', { name: '趋势' }).locator('canvas').waitFor(WAIT);
    await page.getByRole('button', { name: /^满意率 / }).waitFor(WAIT);
    await h.screenshot(page, 'dashboard');

    await heat.getByRole('button', { name: '东区 满意率' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText('东区 · 满意率').waitFor(WAIT);
    // 不满意 first: the count and the one ticket behind it.
    await drawer.getByText(`合计 ${dissatisfied}（${dissatisfied} 张工单）`).waitFor(WAIT);
    await drawer.getByRole('link', { name: numbers.unhappy! }).waitFor(WAIT);
    expect(await drawer.getByRole('link', { name: numbers.west! }).count()).toBe(0);
    await h.screenshot(page, 'dashboard-drill');
    // 已评价: the bulletin's denominator of 满意率 for 东区.
    await drawer.getByRole('tab', { name: '已评价' }).click();
    await drawer
      .getByText(`合计 ${east.satisfaction.denominator}（${east.satisfaction.denominator} 张工单）`)
      .waitFor(WAIT);

    // The ticket itself is one click away.
    await drawer.getByRole('tab', { name: '不满意' }).click();
    await drawer.getByRole('link', { name: numbers.unhappy! }).click();
    await page.waitForURL(`**/tickets/${numbers.unhappy}`);
    await page.getByText('楼道堆放杂物无人清理').first().waitFor(WAIT);
  });

  it('fits a full-HD screen too, and drills a KPI', async () => {
    const page = await h.login('supervisor');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('/dashboard');
    await page
      .getByRole('table', { name: '县区办理情况' })
      .getByRole('button', { name: '东区 满意率' })
      .waitFor(WAIT);
    await page.getByRole('img', { name: '诉求类型' }).locator('canvas').waitFor(WAIT);
    await h.screenshot(page, 'dashboard-1920');
    const received = await h.ctx.services.bulletins.build({
      from: `${localDate(h.ctx.clock.now()).slice(0, 8)}01`,
      to: localDate(h.ctx.clock.now()),
      asOf: h.ctx.clock.now(),
    });
    await page.getByRole('button', { name: new RegExp(`^受理量 ${received.headline.received}$`) }).click();
    await page
      .getByRole('dialog')
      .getByText(`合计 ${received.headline.received}（${received.headline.received} 张工单）`)
      .waitFor(WAIT);
  });
});
