import { afterAll, beforeAll, expect, it } from 'vitest';
import { localDate } from '../../src/domain/time.ts';
import { SYSTEM, type TestContext } from '../context.ts';
import { makeTicket } from '../tickets.ts';
import { describeInBrowser, startConsole, type ConsoleHarness } from './harness.ts';

let h: ConsoleHarness;
let ticketNumber = '';

/** Web-first waits on a shared, sometimes slow machine: generous, never a sleep. */
const WAIT = { timeout: 20_000 };
const MINUTE = 60_000;

/**
 * Today's calls from the switch's CDR (the harness serves no CTI secret): answered ones spread over the last
 * hours, and three abandoned ones — one of whose numbers called again and was answered, so only two wait for
 * a callback.
 */
async function seed(ctx: TestContext) {
  const now = ctx.clock.now().getTime();
  const at = (minutesAgo: number, plusSeconds = 0) =>
    new Date(now - minutesAgo * MINUTE + plusSeconds * 1000);
  const answered = (id: string, minutesAgo: number, wait: number, agent: string, caller: string) => ({
    callNumber: id,
    offeredAt: at(minutesAgo),
    answeredAt: at(minutesAgo, wait),
    endedAt: at(minutesAgo, wait + 200),
    agentNumber: agent,
    callerNumber: caller,
  });
  const abandoned = (id: string, minutesAgo: number, caller: string) => ({
    callNumber: id,
    offeredAt: at(minutesAgo),
    answeredAt: null,
    endedAt: at(minutesAgo, 45),
    agentNumber: null,
    callerNumber: caller,
  });
  await ctx.services.calls.importCalls([
    answered('B-1', 300, 8, '1001', '13800000101'),
    answered('B-2', 250, 12, '1002', '13800000102'),
    answered('B-3', 200, 25, '1001', '13800000103'),
    answered('B-4', 120, 5, '1003', '13800000104'),
    answered('B-5', 60, 9, '1002', '13800000105'),
    abandoned('M-1', 90, '13900000001'),
    abandoned('M-2', 40, '13900000002'),
    abandoned('M-3', 30, '13900000003'),
    answered('M-3-AGAIN', 20, 6, '1001', '13900000003'),
    // The call during which the ticket below is registered (its caller phone is test/tickets.ts's).
    answered('T-1', 3, 7, '1004', '13812345678'),
  ]);
  const ticketId = await makeTicket(ctx, 'registered');
  ticketNumber = (await ctx.services.ticketQueries.getTicket(SYSTEM, ticketId)).number;
}

describeInBrowser('the calls screen', () => {
  beforeAll(async () => {
    h = await startConsole({ seed });
  });
  afterAll(() => h.close());

  it('shows the figures by hour', async () => {
    const page = await h.login('supervisor');
    // The seeded calls span the last five hours: soon after midnight that is yesterday too.
    const now = h.ctx.clock.now();
    const first = localDate(new Date(now.getTime() - 300 * MINUTE));
    await page.goto(`/calls?tab=hour&from=${first}&to=${localDate(now)}`);
    await page.getByRole('tab', { name: '分时段' }).waitFor(WAIT);
    await page.getByText('话务接通率').first().waitFor(WAIT);
    await page.getByRole('img', { name: '各时段呼入、接通与接通率' }).waitFor(WAIT);
    // 10 calls offered, 7 answered, 3 abandoned.
    const totals = page.getByRole('row').filter({ hasText: '合计' });
    await expect.poll(async () => totals.innerText(), WAIT).toMatch(/合计\s+10\s+7\s+3\s+70\.0%/);
    await h.screenshot(page, 'calls');
    await page.getByRole('tab', { name: '按座席' }).click();
    await page.getByRole('cell', { name: '1001', exact: true }).waitFor(WAIT);
    await page.getByRole('cell', { name: '未接通', exact: true }).waitFor(WAIT);
    await page.context().close();
  });

  it('works the missed-call list: record a callback and the call leaves the list', async () => {
    const page = await h.login('agent');
    await page.goto('/calls?tab=missed');
    const row = (number: string) => page.getByRole('row').filter({ hasText: number });
    await row('13900000001').waitFor(WAIT);
    await row('13900000002').waitFor(WAIT);
    // Called again and answered: no callback owed.
    expect(await row('13900000003').count()).toBe(0);
    await page.getByRole('tab', { name: '未接回拨（2）' }).waitFor(WAIT);
    await h.screenshot(page, 'calls-missed');

    await row('13900000002').getByRole('button', { name: '登记回拨' }).click();
    const dialog = page.getByRole('dialog', { name: '登记回拨：13900000002' });
    await dialog.waitFor(WAIT);
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.getByText('请选择回拨结果').waitFor(WAIT);
    await dialog.getByRole('radio', { name: '已联系上' }).check();
    await dialog.getByLabel('备注').fill('已告知办理进度');
    await h.screenshot(page, 'calls-callback');
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.getByText('已登记回拨').waitFor(WAIT);
    await expect.poll(async () => row('13900000002').count(), WAIT).toBe(0);
    await row('13900000001').waitFor(WAIT);
    await page.getByRole('tab', { name: '未接回拨（1）' }).waitFor(WAIT);

    // An attempt that found no one is counted, and the call stays on the list.
    await row('13900000001').getByRole('button', { name: '登记回拨' }).click();
    const retry = page.getByRole('dialog', { name: '登记回拨：13900000001' });
    await retry.getByRole('radio', { name: '未联系上' }).check();
    await retry.getByRole('button', { name: '保存' }).click();
    await page.getByText('已登记第 1 次回拨未接通，仍保留在列表中（共 3 次）').waitFor(WAIT);
    await row('13900000001')
      .getByText(/^1 次 · /)
      .waitFor(WAIT);
    await retry.waitFor({ state: 'hidden', ...WAIT });
    await h.screenshot(page, 'calls-missed-attempt');

    // 受理台 carries the number over: the desk opens with it filled, and the address forgets it.
    await row('13900000001').getByRole('link', { name: '受理台' }).click();
    await page.waitForURL('**/desk');
    await expect.poll(() => page.getByLabel('联系电话').inputValue(), WAIT).toBe('13900000001');
    // Another caller's number while the form holds this one's appeal: the agent is asked, and may keep it.
    await page.getByLabel('诉求标题').fill('咨询办理进度');
    await page.goto('/desk?phone=13900000009');
    const ask = page.getByRole('dialog').filter({ hasText: '新来电 13900000009' });
    await ask.waitFor(WAIT);
    await ask.getByRole('button', { name: '保留当前内容' }).click();
    expect(await page.getByLabel('联系电话').inputValue()).toBe('13900000001');
    expect(await page.getByLabel('诉求标题').inputValue()).toBe('咨询办理进度');
    await page.context().close();
  });

  it('shows on the ticket page the call it was registered during', async () => {
    const page = await h.login('agent');
    await page.goto(`/tickets/${ticketNumber}`);
    await page.getByRole('heading', { name: '来电记录' }).waitFor(WAIT);
    await page.getByRole('cell', { name: '1004', exact: true }).waitFor(WAIT);
    await page.getByRole('cell', { name: '已接通', exact: true }).waitFor(WAIT);
    await page.getByRole('heading', { name: '来电记录' }).scrollIntoViewIfNeeded();
    await h.screenshot(page, 'ticket-calls');
    await page.context().close();
  });
});
