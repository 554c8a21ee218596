import { afterAll, beforeAll, expect, it } from 'vitest';
import { formatLocalTime } from '../../src/domain/time.ts';
import { SYSTEM, TEST_PASSWORD, type TestContext } from '../context.ts';
import { makeTicket } from '../tickets.ts';
import { describeInBrowser, startConsole, type ConsoleHarness } from './harness.ts';

let h: ConsoleHarness;
const numbers: Record<string, string> = {};
const ids: Record<string, number> = {};

/** Web-first waits on a shared, sometimes slow machine: generous, never a sleep. */
const WAIT = { timeout: 20_000 };

/**
 * Tickets dispatched five days ago (their 24-hour 签收 deadline long past: 红牌) to several units, one of them
 * supervised, and a unit admin for 东区, whose own board the second test opens.
 */
async function seed(ctx: TestContext) {
  const now = ctx.clock.now();
  ctx.clock.set(new Date(now.getTime() - 5 * 24 * 3600_000));
  const dispatch = async (name: string, lead: string, overrides: object = {}) => {
    ids[name] = await makeTicket(ctx, 'pendingDispatch', overrides);
    await ctx.services.tickets.execute(ctx.actors.dispatcher!, ids[name]!, null, {
      type: 'dispatch',
      leadUnitCode: lead,
      supportUnitCodes: [],
      note: null,
    });
    numbers[name] = (await ctx.services.ticketQueries.getTicket(SYSTEM, ids[name]!)).number;
  };
  await dispatch('west1', 'D2', { title: '西区和平路井盖缺失', districtCode: 'D2', category: '030203' });
  await dispatch('west2', 'D2', { title: '西区菜市场噪音扰民', districtCode: 'D2' });
  await dispatch('east1', 'D1', { title: '幸福小区室温不达标' });
  await dispatch('east2', 'D1-G1', { title: '兴盛路路灯不亮' });
  await dispatch('heat', 'M1', { title: '锦绣家园供暖管道漏水' });
  ctx.clock.set(now);
  await ctx.services.tickets.execute(ctx.actors.supervisor!, ids.east1!, null, {
    type: 'supervise',
    note: '群众反映强烈，限期办结',
  });
  await makeTicket(ctx, 'pendingDispatch', { title: '小区门口占道经营' });

  const hash = await ctx.services.users.hashPassword(TEST_PASSWORD);
  await ctx.services.users.createUser(
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
}

describeInBrowser('the supervision board', () => {
  beforeAll(async () => {
    h = await startConsole({ seed });
  }, 120_000);
  afterAll(() => h?.close());

  it('lets a supervisor urge two overdue tickets of one unit in bulk', async () => {
    const page = await h.login('supervisor');
    await page.getByRole('navigation').getByRole('menuitem', { name: '督办看板' }).click();
    await page.getByRole('heading', { name: '督办看板' }).waitFor(WAIT);
    const westOverdue = page.getByRole('button', { name: '西区 已超时 2' });
    await westOverdue.waitFor(WAIT);
    await expect.poll(() => page.getByRole('button', { name: /^东区 已超时/ }).textContent(), WAIT).toBe('2');
    await h.screenshot(page, 'supervision');

    await westOverdue.click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText('西区 · 已超时').waitFor(WAIT);
    for (const name of ['west1', 'west2'])
      await drawer
        .getByRole('row', { name: new RegExp(numbers[name]!) })
        .getByRole('checkbox')
        .check();
    await drawer.getByText('已选 2 件').waitFor(WAIT);
    await drawer.getByRole('button', { name: '批量催办' }).click();
    const dialog = page.getByRole('dialog', { name: '批量催办' });
    await dialog.getByLabel('催办内容').fill('请今日内签收并联系诉求人');
    await h.screenshot(page, 'supervision-bulk');
    await dialog.getByRole('button', { name: '提交' }).click();
    const result = page.getByRole('dialog', { name: '批量操作结果' });
    await result.getByText('已办理 2 件，被拒 0 件').waitFor(WAIT);
    await h.screenshot(page, 'supervision-result');

    for (const name of ['west1', 'west2']) {
      const ticket = await h.ctx.app.inject({
        url: `/api/tickets/${ids[name]}`,
        headers: h.ctx.auth('admin'),
      });
      expect(ticket.json().urgeCount).toBe(1);
    }
    await result.getByRole('button', { name: /确\s*定|OK/ }).click();
    // The list behind the number shows the urge at once.
    await drawer
      .getByRole('row', { name: new RegExp(numbers.west1!) })
      .getByText('催1')
      .waitFor(WAIT);
  });

  it('shows a unit admin its own board, limited to its subtree and without bulk actions', async () => {
    const page = await h.login('d1admin');
    await page.getByRole('navigation').getByRole('menuitem', { name: '督办看板' }).click();
    await page.getByRole('heading', { name: '本单位督办看板' }).waitFor(WAIT);
    await page.getByRole('button', { name: '东区（本级） 已超时 1' }).waitFor(WAIT);
    await page.getByRole('button', { name: '东区住房和城乡建设局 已超时 1' }).waitFor(WAIT);
    await page.getByRole('button', { name: '东区（本级） 督办中 1' }).waitFor(WAIT);
    expect(await page.getByText('西区').count()).toBe(0);
    await h.screenshot(page, 'supervision-unit');
    await page.getByRole('button', { name: '东区住房和城乡建设局 已超时 1' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('row', { name: new RegExp(numbers.east2!) }).waitFor(WAIT);
    expect(await drawer.getByRole('button', { name: '批量催办' }).count()).toBe(0);
    expect(formatLocalTime(new Date())).toBeTruthy();
  });
});
