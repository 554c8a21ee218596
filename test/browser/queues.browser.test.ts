import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SYSTEM, type TestContext } from '../context.ts';
import { makeTicket } from '../tickets.ts';
import { describeInBrowser, startConsole, type ConsoleHarness } from './harness.ts';

let h: ConsoleHarness;
const numbers: Record<string, string> = {};
const ids: Record<string, number> = {};

// Two appeals about one burst main (the filter's word) and one that is not: bulk work on "everything the
// filter matches" must take the two and leave the third.
const APPEALS = {
  burstA: '和平街自来水管爆裂（一）',
  burstB: '和平街自来水管爆裂（二）',
  other: '锦绣家园噪音扰民',
} as const;

async function seed(ctx: TestContext) {
  for (const [name, title] of Object.entries(APPEALS)) {
    ids[name] = await makeTicket(ctx, 'pendingDispatch', { title, content: `${title}，请尽快处理。` });
    numbers[name] = (await ctx.services.ticketQueries.getTicket(SYSTEM, ids[name]!)).number;
  }
}

describeInBrowser('queues: bulk work on a filter, export', () => {
  beforeAll(async () => {
    h = await startConsole({ seed });
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  // Export first: the bulk dispatch below takes two of the three tickets out of this view.
  it('exports the view as CSV with the ticket numbers the table shows', async () => {
    const page = await h.login('dispatcher');
    await page.goto('/queues/toDispatch');
    await page.getByRole('link', { name: numbers.other! }).waitFor();
    await page.getByRole('button', { name: '导出' }).click();
    const download = page.waitForEvent('download');
    await page.getByText('导出 CSV').click();
    const file = await (await download).path();
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('工单编号');
    for (const number of Object.values(numbers)) expect(text).toContain(number);
    expect(text).toContain(APPEALS.other);
  }, 60_000);

  it('dispatches every ticket the filter matches in one go, and no other', async () => {
    const page = await h.login('dispatcher');
    await page.goto(`/queues/toDispatch?q=${encodeURIComponent('自来水管爆裂')}`);
    await page.getByRole('link', { name: numbers.burstB! }).waitFor();
    expect(await page.getByRole('link', { name: numbers.other! }).count()).toBe(0);

    await page.getByRole('button', { name: '批量派单' }).click();
    const dialog = page.getByRole('dialog', { name: '批量派单' });
    // Nothing is selected, so the dialog offers the filter's tickets, and says how many.
    await dialog.getByText('符合当前筛选的全部 2 件').waitFor();
    const lead = dialog.getByLabel('主办单位');
    await lead.click();
    await lead.fill('dq');
    await page.getByRole('tree').getByTitle('东区', { exact: true }).click();
    await dialog.getByRole('button', { name: '提交' }).click();
    await page.getByText('成功 2 件').waitFor();

    const stateOf = async (name: string) =>
      (await h.ctx.app.inject({ url: `/api/tickets/${ids[name]}`, headers: h.ctx.auth('admin') })).json() as {
        state: string;
        assignments: { unitCode: string; role: string }[];
      };
    for (const name of ['burstA', 'burstB']) {
      const ticket = await stateOf(name);
      expect(ticket.state).toBe('dispatched');
      expect(ticket.assignments).toEqual([expect.objectContaining({ unitCode: 'D1', role: 'lead' })]);
    }
    expect((await stateOf('other')).state).toBe('pendingDispatch');
  }, 90_000);
});
