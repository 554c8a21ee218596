/// <reference lib="dom" />
// page.evaluate() bodies run in the browser.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { makeTicket } from '../tickets.ts';
import { SYSTEM } from '../context.ts';
import { describeInBrowser, startConsole, type ConsoleHarness } from './harness.ts';

/** Waits as long as the pages' own waits (expect.poll gives up after one second by default). */
const WAIT = { timeout: 20_000, interval: 200 };

let h: ConsoleHarness;
const numbers: Record<string, string> = {};

describeInBrowser('the web console', () => {
  beforeAll(async () => {
    h = await startConsole({
      seed: async (ctx) => {
        const ids = {
          leak: await makeTicket(ctx, 'pendingDispatch', {
            title: '供暖管道漏水',
            content: '幸福小区2号楼供暖管道漏水。',
          }),
          cold: await makeTicket(ctx, 'pendingDispatch'),
          dispatched: await makeTicket(ctx, 'dispatched'),
          urged: await makeTicket(ctx, 'dispatched', {
            title: '路灯不亮',
            content: '兴盛路路灯连续三晚不亮。',
          }),
          conflict: await makeTicket(ctx, 'dispatched', { title: '井盖缺失' }),
        };
        for (const [name, id] of Object.entries(ids)) {
          numbers[name] = (await ctx.services.ticketQueries.getTicket(SYSTEM, id)).number;
        }
      },
    });
  });
  afterAll(async () => h?.close());

  it('tells a wrong password in Chinese, as the server words it', async () => {
    const page = await h.newPage();
    await page.goto('/');
    // Without a session the console sends the browser to its login page.
    await page.getByLabel('用户名').fill('dispatcher');
    expect(page.url()).toContain('/login');
    await page.getByLabel('密码').fill('wrong-password-1');
    await page.getByRole('button', { name: '登录' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toMatch(/[\u4e00-\u9fff]/);
    const server = await h.ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'nobody-here', password: 'wrong-password-1' },
      remoteAddress: '10.9.9.9',
    });
    expect(text).toContain(server.json().error.message);
    expect(page.url()).toContain('/login');
  });

  it('shows a dispatcher the queues with their counts', async () => {
    const page = await h.login('dispatcher');
    const nav = page.getByRole('navigation');
    await expect.poll(() => nav.getByRole('menuitem', { name: /待派单\s*2/ }).count(), WAIT).toBe(1);
    await expect.poll(() => nav.getByRole('menuitem', { name: /全部工单/ }).count(), WAIT).toBe(1);
  });

  it('opens a queue, filters it, and opens a ticket', async () => {
    const page = await h.login('dispatcher');
    await page
      .getByRole('navigation')
      .getByRole('menuitem', { name: /待派单/ })
      .click();
    await page.waitForURL(/\/queues\/toDispatch/);
    const rows = page.locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count(), WAIT).toBe(2);
    const search = page.getByPlaceholder('工单编号、来电号码或标题');
    await search.fill('漏水');
    await search.press('Enter');
    await page.waitForURL(/q=/);
    await expect.poll(() => rows.count(), WAIT).toBe(1);
    await page.getByRole('link', { name: numbers.leak }).click();
    await page.waitForURL(new RegExp(`/tickets/${numbers.leak}`));
    await page.getByRole('heading', { name: numbers.leak }).waitFor();
    await page.getByText('幸福小区2号楼供暖管道漏水。').waitFor();
    // The actions the API allows this dispatcher on a ticket waiting for dispatch.
    await page.getByRole('button', { name: '派单', exact: true }).waitFor();
  });

  it('finds a ticket by its number with Ctrl+K', async () => {
    const page = await h.login('dispatcher');
    await page.keyboard.press('Control+k');
    const input = page.getByPlaceholder('输入工单编号、来电号码或页面名称');
    await input.waitFor();
    await input.fill(numbers.cold!);
    await page
      .getByRole('option', { name: new RegExp(numbers.cold!) })
      .first()
      .waitFor();
    await input.press('Enter');
    await page.waitForURL(new RegExp(`/tickets/${numbers.cold}`));
    await page.getByRole('heading', { name: numbers.cold }).waitFor();
  });

  it("shows a unit user 无权查看 for another unit's ticket opened by its address", async () => {
    const page = await h.login('D2');
    await page.goto(`/tickets/${numbers.dispatched}`);
    await page.getByText('无权查看').waitFor();
    expect(await page.getByText('幸福小区3号楼2单元室温只有14度').count()).toBe(0);
  });

  it('keeps what was typed when the session expires: re-login, and the command goes through', async () => {
    const page = await h.login('dispatcher2');
    await page.goto(`/tickets/${numbers.urged}`);
    await page.getByRole('button', { name: '催办' }).click();
    const note = page.getByLabel('意见 / 备注');
    await note.fill('请东区今天内签收，市民已第二次来电');
    // An administrator ends every session of the account while the dialog is open.
    await h.ctx.services.users.endSessions(h.ctx.actors.admin!, h.ctx.actors.dispatcher2!.userId!);
    await page.getByRole('button', { name: '提交' }).click();
    const relogin = page.getByRole('dialog', { name: '登录已过期' });
    await relogin.waitFor();
    expect(await note.inputValue()).toBe('请东区今天内签收，市民已第二次来电');
    await relogin.getByLabel('密码').fill('test-password-1');
    await relogin.getByRole('button', { name: '重新登录并继续' }).click();
    await page.getByText('已提交：催办').waitFor();
    await page.getByText('请东区今天内签收，市民已第二次来电').first().waitFor();
    const ticket = await h.ctx.app.inject({
      url: `/api/tickets/by-number/${numbers.urged}`,
      headers: h.ctx.auth('admin'),
    });
    const urge = (ticket.json().events as { type: string; data: { note?: string } }[]).find(
      (e) => e.type === 'urged',
    );
    expect(urge?.data.note).toBe('请东区今天内签收，市民已第二次来电');
  });

  it('says so when someone else changed the ticket first (409), reloads it, and keeps the dialog', async () => {
    const page = await h.login('dispatcher');
    await page.goto(`/tickets/${numbers.conflict}`);
    await page.getByRole('button', { name: '催办' }).click();
    await page.getByLabel('意见 / 备注').fill('第二次催办');
    // Someone else (here the administrator) urges the same ticket first: the page's version is now stale.
    const { id, version } = (
      await h.ctx.app.inject({
        url: `/api/tickets/by-number/${numbers.conflict}`,
        headers: h.ctx.auth('admin'),
      })
    ).json();
    const first = await h.ctx.app.inject({
      method: 'POST',
      url: `/api/tickets/${id}/urge`,
      headers: h.ctx.auth('admin'),
      payload: { version, note: '第一次催办' },
    });
    expect(first.statusCode, first.body).toBe(200);
    await page.getByRole('button', { name: '提交' }).click();
    await page.getByRole('dialog', { name: '工单已被他人修改' }).waitFor();
    // Reloaded: the other dispatcher's urge is on the timeline, and the typed note is still in the dialog.
    await page.getByText('第一次催办').waitFor();
    expect(await page.getByLabel('意见 / 备注').inputValue()).toBe('第二次催办');
  });

  it('updates an open ticket when another user changes it, and shows who else is viewing it', async () => {
    const watcher = await h.login('dispatcher');
    await watcher.goto(`/tickets/${numbers.dispatched}`);
    await watcher.getByRole('heading', { name: numbers.dispatched }).waitFor();
    await watcher.getByText('待签收').first().waitFor();
    const other = await h.login('supervisor');
    await other.goto(`/tickets/${numbers.dispatched}`);
    await watcher.getByText(/也在查看：.*supervisor/).waitFor();
    // The lead unit acknowledges through the API, as its own console would.
    const ticket = await h.ctx.app.inject({
      url: `/api/tickets/by-number/${numbers.dispatched}`,
      headers: h.ctx.auth('D1'),
    });
    const { id, version } = ticket.json();
    const acknowledged = await h.ctx.app.inject({
      method: 'POST',
      url: `/api/tickets/${id}/acknowledge`,
      headers: h.ctx.auth('D1'),
      payload: { version },
    });
    expect(acknowledged.statusCode, acknowledged.body).toBe(200);
    await watcher.locator('header').getByText('办理中').waitFor();
  });

  it('speaks Chinese with CJK glyphs (screenshot)', async () => {
    const page = await h.login('dispatcher');
    await page.goto('/queues/toDispatch');
    await page.locator('tbody tr.ant-table-row').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await page.getByRole('navigation').textContent()).toContain('待派单');
    await h.screenshot(page, 'queue-zh');
    expect(await rendersCjk(page)).toBe(true);
  });
});

/**
 * Whether the page's font draws Chinese: a character with no glyph is drawn as the same box as a code point
 * that is assigned to nothing, so 中 must differ from U+0378 in the console's own font stack.
 */
async function rendersCjk(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const font = `32px ${getComputedStyle(document.body).fontFamily}`;
    const draw = (text: string) => {
      const canvas = document.createElement('canvas');
      canvas.width = 48;
      canvas.height = 48;
      const context = canvas.getContext('2d')!;
      context.font = font;
      context.fillText(text, 4, 36);
      return Array.from(context.getImageData(0, 0, 48, 48).data).join(',');
    };
    return draw('中') !== draw('\u0378') && draw('中') !== draw('国');
  });
}
