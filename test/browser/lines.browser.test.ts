import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatLocalTime } from '../../src/domain/time.ts';
import type { TestContext } from '../context.ts';
import { makeTicket } from '../tickets.ts';
import { describeInBrowser, startConsole, type ConsoleHarness } from './harness.ts';

let h: ConsoleHarness;

/** Web-first waits on a shared, sometimes slow machine: generous, never a sleep. */
const WAIT = { timeout: 20_000 };
const HEADER = '上级工单编号,受理时间,诉求类型,诉求分类,诉求标题,诉求内容,办理方式,承办单位';

/** One appeal put through to 110 and one order 110 sent in, both now (the screen opens on this month). */
async function seed(ctx: TestContext) {
  await makeTicket(ctx, 'transferred');
  await ctx.services.lines.registerOrder(ctx.actors.agent!, {
    line: '110',
    orderNumber: 'JJ-0001',
    appealType: 'help',
    category: '城乡建设/供暖/室温不达标',
    title: '110转来：暖气不热',
    content: '市民拨打110反映暖气不热。',
    urgency: 'normal',
    confidential: false,
    revisitConsent: true,
    callerName: null,
    callerPhone: null,
    address: null,
    districtCode: null,
  } as never);
}

async function chooseFile(page: Page, name: string, lines: string[]) {
  await page.getByLabel('选择文件').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(lines.join('\n'), 'utf8'),
  });
  await page.getByText(name).waitFor(WAIT);
}

describeInBrowser('the lines screen (热线联动)', () => {
  beforeAll(async () => {
    h = await startConsole({ seed });
  });
  afterAll(() => h?.close());

  it('shows both directions counted, and records the receiving line’s outcome of a transfer', async () => {
    const page = await h.login('supervisor');
    await page.getByRole('navigation').getByRole('menuitem', { name: '热线联动' }).click();
    const out = page.getByRole('table', { name: '转出（按热线与结果）' });
    await out.getByRole('row').filter({ hasText: '110' }).waitFor(WAIT);
    await page
      .getByRole('table', { name: '转入（按来源）' })
      .getByRole('button', { name: '110 合计' })
      .waitFor(WAIT);
    await page.getByRole('tab', { name: '转出记录（待反馈 1）' }).waitFor(WAIT);
    await h.screenshot(page, 'lines');

    // The pending count opens the transfer behind it.
    await out.getByRole('button', { name: '110 待反馈' }).click();
    const list = page.getByRole('table', { name: '转出记录' });
    const row = list.getByRole('row').filter({ hasText: '待反馈' });
    await row.waitFor(WAIT);
    await row.getByRole('button', { name: '登记结果' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('已接收').check();
    await dialog.getByLabel('对方工单号').fill('JJ-8801');
    await dialog.getByLabel('说明').fill('110 已出警处置');
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.getByText('已登记转接结果').waitFor(WAIT);
    // The list was filtered to the pending ones: show every outcome again.
    await page.goto('/lines?tab=transfers');
    const done = page
      .getByRole('table', { name: '转出记录' })
      .getByRole('row')
      .filter({ hasText: 'JJ-8801' });
    await done.waitFor(WAIT);
    expect(await done.innerText()).toContain('已接收');
    await h.screenshot(page, 'lines-transfers');

    await page.getByRole('tab', { name: '转入工单' }).click();
    await page
      .getByRole('table', { name: '转入工单' })
      .getByRole('row')
      .filter({ hasText: 'JJ-0001' })
      .waitFor(WAIT);
    await page.context().close();
  });

  it('imports a higher platform’s file: a bad row refuses it whole, the corrected file registers the work', async () => {
    const page = await h.login('supervisor');
    await page.goto('/lines?tab=upper');
    const at = formatLocalTime(new Date(Date.now() - 60_000));
    const good = `SJ-9001,${at},投诉,城乡建设/供暖/室温不达标,省平台交办：室温不达标,幸福小区室温只有14度。,,`;
    await chooseFile(page, '上级交办-有误.csv', [
      HEADER,
      good,
      `SJ-9002,${at},抱怨,城乡建设/供暖/室温不达标,标题,内容,转办,北区`,
    ]);
    await page.getByRole('button', { name: '开始导入' }).click();
    const errors = page.getByRole('table', { name: /共 \d+ 处错误/ });
    await errors.waitFor(WAIT);
    expect(await errors.innerText()).toContain('诉求类型');
    await h.screenshot(page, 'lines-upper');

    await chooseFile(page, '上级交办.csv', [HEADER, good]);
    await page.getByRole('button', { name: '开始导入' }).click();
    await page.getByText('上级交办.csv：新登记 1 张，跳过已导入 0 张').waitFor(WAIT);

    const download = page.waitForEvent('download', WAIT);
    await page.getByRole('button', { name: '导出 XLSX' }).click();
    expect((await download).suggestedFilename()).toMatch(/^上级交办-.*\.xlsx$/);

    await page.getByRole('tab', { name: '转入工单' }).click();
    await page
      .getByRole('table', { name: '转入工单' })
      .getByRole('row')
      .filter({ hasText: 'SJ-9001' })
      .waitFor(WAIT);
    await page.context().close();
  });
  it('shows a leader the same counts on the dashboard, with a link to the records', async () => {
    const page = await h.login('leader');
    await page.goto('/dashboard');
    const table = page.getByRole('table', { name: '热线联动' });
    const line110 = table.getByRole('row').filter({ hasText: '110' });
    await line110.waitFor(WAIT);
    // 转出 1 (its outcome recorded above, so nothing awaited), 转入 1; the higher platform's file sent in one.
    expect((await line110.getByRole('cell').allInnerTexts()).map((text) => text.trim())).toEqual([
      '110',
      '1',
      '0',
      '1',
    ]);
    await table.getByRole('row').filter({ hasText: '上级交办' }).waitFor(WAIT);
    await page.getByRole('link', { name: '明细' }).click();
    await page.waitForURL('**/lines?tab=figures**');
    await page.getByRole('table', { name: '转出（按热线与结果）' }).waitFor(WAIT);
    await page.context().close();
  });
});
