import { afterAll, beforeAll, expect, it } from 'vitest';
import { SYSTEM, type TestContext } from '../context.ts';
import { makeTicket } from '../tickets.ts';
import { describeInBrowser, startConsole, type ConsoleHarness } from './harness.ts';

let h: ConsoleHarness;
let number = '';

const WAIT = { timeout: 20_000 };

/** An agent opens a ticket (its caller shown unmasked: audited), a supervisor opens it masked (not audited). */
async function seed(ctx: TestContext) {
  const id = await makeTicket(ctx, 'dispatched', { title: '幸福小区室温不达标' });
  number = (await ctx.services.ticketQueries.getTicket(SYSTEM, id)).number;
  await ctx.services.ticketQueries.getTicket(ctx.actors.agent!, id);
  await ctx.services.ticketQueries.getTicket(ctx.actors.supervisor!, id);
}

describeInBrowser('the audit log', () => {
  beforeAll(async () => {
    h = await startConsole({ seed });
  }, 120_000);
  afterAll(() => h?.close());

  it('shows who viewed a caller unmasked, filtered down to those views', async () => {
    const page = await h.login('admin');
    await page.getByRole('navigation').getByRole('menuitem', { name: '审计日志' }).click();
    await page.getByRole('heading', { name: '审计日志' }).waitFor(WAIT);
    await page.getByRole('row', { name: /登录/ }).first().waitFor(WAIT);
    await h.screenshot(page, 'audit-all');
    // The box follows the address bar: a click navigates, and the box shows the new filter after it.
    await page.getByRole('checkbox', { name: '只看查看联系方式' }).click();
    await page.waitForURL(/action=ticket\.contactViewed/, WAIT);
    const rows = page.getByRole('row', { name: /查看诉求人联系方式/ });
    await rows.first().waitFor(WAIT);
    await expect.poll(() => rows.count(), WAIT).toBe(1);
    const row = rows.first();
    expect(await row.textContent()).toContain('agent');
    expect(await row.textContent()).toContain('话务员');
    await row.getByRole('link', { name: number }).waitFor(WAIT);
    await h.screenshot(page, 'audit');

    // By ticket: everything recorded about it (here the one unmasked view).
    await page.getByRole('checkbox', { name: '只看查看联系方式' }).click();
    await page.waitForURL((url) => !url.search.includes('action='), WAIT);
    await page.getByLabel('工单编号').fill(number);
    await page.getByLabel('工单编号').press('Enter');
    await page.waitForURL(new RegExp(`ticket=${number}`), WAIT);
    await expect.poll(() => page.getByRole('row', { name: /查看诉求人联系方式/ }).count(), WAIT).toBe(1);
    await expect.poll(() => page.getByRole('row', { name: /登录/ }).count(), WAIT).toBe(0);
  });
});
