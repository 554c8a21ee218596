import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SYSTEM, type TestContext } from '../context.ts';
import { makeTicket } from '../tickets.ts';
import { describeInBrowser, startConsole, type ConsoleHarness } from './harness.ts';

let h: ConsoleHarness;
const numbers: Record<string, string> = {};
const ids: Record<string, number> = {};
let requestedDue = '';

const APPEALS = [
  ['幸福小区室温不达标', '幸福小区3号楼2单元室温只有14度，请供暖单位尽快处理。'],
  ['兴盛路路灯不亮', '兴盛路与和平街交叉口路灯连续三晚不亮，夜间行人不便。'],
  ['小区门口占道经营', '锦绣家园南门早市占道经营，车辆无法通行。'],
  ['楼道堆放杂物', '幸福小区5号楼楼道堆放大量杂物，存在消防隐患。'],
  ['自来水水压不足', '东区和平街一带高层住户水压不足，已持续三天。'],
] as const;

async function seed(ctx: TestContext) {
  const make = async (name: string, state: Parameters<typeof makeTicket>[1], appeal: number) => {
    const [title, content] = APPEALS[appeal % APPEALS.length]!;
    ids[name] = await makeTicket(ctx, state, { title, content });
    numbers[name] = (await ctx.services.ticketQueries.getTicket(SYSTEM, ids[name]!)).number;
  };
  for (let i = 0; i < 4; i += 1) await make(`toDispatch${i}`, 'pendingDispatch', i);
  for (let i = 0; i < 3; i += 1) await make(`toSign${i}`, 'dispatched', i + 1);
  await make('extension', 'inProgress', 4);
  await make('evidence', 'inProgress', 2);
  for (let i = 0; i < 2; i += 1) await make(`toReview${i}`, 'feedbackSubmitted', i);
  for (let i = 0; i < 2; i += 1) await make(`toRevisit${i}`, 'pendingRevisit', i + 2);
  // The district asks for five more days to answer.
  const before = await ctx.services.ticketQueries.getTicket(SYSTEM, ids.extension!);
  const due = new Date(before.assignments.find((a) => a.unitCode === 'D1')!.feedbackDue!);
  const requested = new Date(due.getTime() + 5 * 24 * 3600_000);
  await ctx.services.tickets.execute(ctx.actors.D1!, ids.extension!, null, {
    type: 'requestExtension',
    unitCode: 'D1',
    reason: '需协调热力公司更换主管道，工期约五天',
    requestedDue: requested,
  });
  requestedDue = requested.toISOString();
}

/** Web-first waits: the list follows the server (and live updates), not the other way round. */
const WAIT = { timeout: 15_000 };

const row = (page: Page, number: string) => page.getByRole('option', { name: new RegExp(number) });
const selectedRow = (page: Page) => page.getByRole('option', { selected: true });

async function apiTicket(number: string) {
  const answer = await h.ctx.app.inject({
    url: `/api/tickets/by-number/${number}`,
    headers: h.ctx.auth('admin'),
  });
  return answer.json();
}

describeInBrowser('the desks', () => {
  beforeAll(async () => {
    h = await startConsole({ seed });
  });
  afterAll(async () => h?.close());

  it('rules on an extension request: the requested due is shown, a refusal needs its reason', async () => {
    const page = await h.login('dispatcher');
    await page.goto('/dispatch?view=pendingRulings');
    await row(page, numbers.extension!).click();
    await page
      .getByRole('toolbar', { name: numbers.extension })
      .getByRole('button', { name: '审批延期' })
      .waitFor();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `审批延期 · ${numbers.extension}` });
    await dialog.getByText('需协调热力公司更换主管道，工期约五天').waitFor();
    const shown = await page.evaluate(
      (iso) => new Date(iso).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 16),
      requestedDue,
    );
    await dialog.getByText(shown).first().waitFor();
    await dialog.getByText('不同意', { exact: true }).click();
    await dialog.getByRole('button', { name: '提交' }).click();
    await dialog.getByText('请填写不同意的理由').waitFor();
    await dialog.getByText('同意', { exact: true }).click();
    await dialog.getByRole('button', { name: '提交' }).click();
    await page.getByText('已提交：审批延期').waitFor();
    const after = await apiTicket(numbers.extension!);
    const d1 = after.assignments.find((a: { unitCode: string }) => a.unitCode === 'D1');
    expect(d1.extensionRequest).toBeNull();
    expect(new Date(d1.feedbackDue).toISOString()).toBe(requestedDue);
  });

  it("shows the server's Chinese message when a file type is refused", async () => {
    const page = await h.login('D1');
    await page.goto('/inbox?view=inProgress');
    await row(page, numbers.evidence!).click();
    await page
      .getByRole('toolbar', { name: numbers.evidence })
      .getByRole('button', { name: '反馈' })
      .waitFor();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `反馈 · ${numbers.evidence}` });
    const file = h.file('说明.html', '<!doctype html><html><body><script>alert(1)</script></body></html>');
    await dialog.getByLabel('添加文件').setInputFiles(file);
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    const server = await h.ctx.app.inject({
      method: 'POST',
      url: `/api/tickets/${ids.evidence}/attachments?fileName=${encodeURIComponent('说明.html')}`,
      headers: { ...h.ctx.auth('D1'), 'content-type': 'application/octet-stream' },
      payload: '<!doctype html><html><body><script>alert(1)</script></body></html>',
    });
    expect(server.statusCode).toBe(415);
    expect(await alert.textContent()).toBe(server.json().error.message);
    expect(server.json().error.message).toMatch(/^不接受此类文件/);
    // Nothing was stored: the ticket still has no file.
    const files = await h.ctx.app.inject({
      url: `/api/tickets/${ids.evidence}/attachments`,
      headers: h.ctx.auth('D1'),
    });
    expect(files.json().items).toEqual([]);
  });

  it('moves with J/K and acts with Enter in the unit inbox', async () => {
    const page = await h.login('D1');
    await page.goto('/inbox');
    const options = page.getByRole('option');
    await expect.poll(() => options.count(), WAIT).toBe(3);
    const order = await options.evaluateAll((rows) =>
      rows.map((r) => /^\d+/.exec(r.textContent ?? '')?.[0] ?? ''),
    );
    const numberOf = async () => /^\d+/.exec((await selectedRow(page).textContent()) ?? '')?.[0];
    await expect.poll(numberOf, WAIT).toBe(order[0]);
    await page.keyboard.press('j');
    await expect.poll(numberOf, WAIT).toBe(order[1]);
    await page.keyboard.press('j');
    await expect.poll(numberOf, WAIT).toBe(order[2]);
    await page.keyboard.press('k');
    await expect.poll(numberOf, WAIT).toBe(order[1]);
    const signed = order[1]!;
    await page.getByRole('toolbar', { name: signed }).getByRole('button', { name: '签收' }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByText('已提交：签收').waitFor();
    // The signed ticket leaves the queue; the next in line is selected.
    await expect.poll(() => options.count(), WAIT).toBe(2);
    await expect.poll(numberOf, WAIT).toBe(order[2]);
    expect((await apiTicket(signed)).state).toBe('inProgress');
  });

  it('draws the three desks at 1366×768 (screenshots)', async () => {
    const dispatcher = await h.login('dispatcher');
    await dispatcher.goto('/dispatch');
    await selectedRow(dispatcher).waitFor();
    await dispatcher.getByRole('toolbar').getByRole('button', { name: '派单' }).waitFor();
    await h.screenshot(dispatcher, 'desk-dispatch');
    await dispatcher.keyboard.press('Enter');
    await dispatcher.getByRole('dialog').getByLabel('主办单位').waitFor();
    await dispatcher.getByRole('dialog').getByRole('group', { name: '建议承办' }).waitFor();
    await h.screenshot(dispatcher, 'desk-dispatch-dialog');

    const unit = await h.login('D1');
    await unit.goto('/inbox?view=inProgress');
    await selectedRow(unit).waitFor();
    await unit.getByRole('toolbar').getByRole('button', { name: '反馈' }).waitFor();
    await h.screenshot(unit, 'desk-inbox');
    await unit.keyboard.press('Enter');
    await unit.getByRole('dialog').getByLabel('办理结果').waitFor();
    await h.screenshot(unit, 'desk-inbox-feedback');

    const reviewer = await h.login('reviewer');
    await reviewer.goto('/review');
    await selectedRow(reviewer).waitFor();
    await reviewer.getByRole('toolbar').getByRole('button', { name: '审核' }).waitFor();
    await h.screenshot(reviewer, 'desk-review');
    await reviewer.goto('/review?view=toRevisit');
    await reviewer.getByRole('toolbar').getByRole('button', { name: '回访' }).waitFor();
    await reviewer.keyboard.press('Enter');
    await reviewer.getByRole('dialog').getByText('已联系上').waitFor();
    await h.screenshot(reviewer, 'desk-revisit-dialog');
  });
});
