import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { makeTicket } from '../tickets.ts';
import { describeInBrowser, startConsole, type ConsoleHarness } from './harness.ts';

let h: ConsoleHarness;

/** Web-first waits: the answer comes when the server has checked every row. */
const WAIT = { timeout: 20_000 };

const HEADER =
  '工单编号,受理时间,来源渠道,诉求类型,诉求分类,诉求内容,办理方式,答复内容,承办单位,派单时间,签收时间';
const GOOD_ROWS = [
  'IMP-1,2023-02-01 09:00:00,电话,咨询,医疗保障/异地就医/异地就医备案,咨询异地就医,直接答复,已答复,,,',
  'IMP-2,2023-02-01 09:05:00,网站,投诉,城乡建设/供暖/室温不达标,室温不达标,转办,,东区,2023-02-01 09:30:00,2023-02-01 10:00:00',
];
// Row 3 of the sheet (the header is row 1): a 受理时间 no system can read.
const BAD_ROW = 'IMP-3,上周三下午,电话,咨询,医疗保障/异地就医/异地就医备案,咨询医保报销,直接答复,已答复,,,';

async function ticketTotal(): Promise<number> {
  const answer = await h.ctx.app.inject({ url: '/api/tickets?pageSize=1', headers: h.ctx.auth('admin') });
  expect(answer.statusCode, answer.body).toBe(200);
  return (answer.json() as { total: number }).total;
}

async function chooseFile(page: Page, name: string, lines: string[]) {
  await page.getByLabel('选择文件').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(lines.join('\n'), 'utf8'),
  });
  await page.getByText(name).waitFor();
}

describeInBrowser('administration: imports, units, users, tokens', () => {
  beforeAll(async () => {
    // One ticket with the district D1 and the heating office M1: M1 cannot be deactivated while it is open.
    h = await startConsole({ seed: async (ctx) => void (await makeTicket(ctx, 'inProgress')) });
  });
  afterAll(async () => h?.close());

  it('refuses a ticket file with one bad row: the row error is shown and nothing is imported', async () => {
    const before = await ticketTotal();
    const page = await h.login('admin');
    await page.getByRole('navigation').getByRole('menuitem', { name: '数据导入' }).click();
    await page.getByRole('heading', { name: '数据导入' }).waitFor();
    await chooseFile(page, '工单-有误.csv', [HEADER, GOOD_ROWS[0]!, BAD_ROW, GOOD_ROWS[1]!]);
    await page.getByRole('button', { name: '开始导入' }).click();

    await page.getByRole('alert').filter({ hasText: '未导入任何数据' }).waitFor(WAIT);
    const errors = page.getByRole('table');
    const row = errors.getByRole('row').filter({ hasText: '受理时间' });
    await expect.poll(() => row.count(), WAIT).toBe(1);
    await expect(row.getByRole('cell').first().textContent()).resolves.toBe('3');
    await expect(row.textContent()).resolves.toContain('上周三下午');
    await h.screenshot(page, 'admin-imports');
    expect(await ticketTotal()).toBe(before);
  });

  it('imports the corrected file and says how many rows were added', async () => {
    const before = await ticketTotal();
    const page = await h.login('admin');
    await page.goto('/admin/imports');
    await chooseFile(page, '工单.csv', [HEADER, ...GOOD_ROWS]);
    // The server is held before it reads the file, as a 100 000-row file would keep it busy: the bar keeps moving.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const imports = h.ctx.services.imports;
    const importTickets = imports.importTickets;
    imports.importTickets = async (...args) => {
      await held;
      return importTickets(...args);
    };
    await page.getByRole('button', { name: '开始导入' }).click();
    const status = page.getByRole('status');
    await status.getByText(/服务器处理中/).waitFor(WAIT);
    await status.getByText('已用 1 秒', { exact: false }).waitFor(WAIT);
    await h.screenshot(page, 'admin-imports-progress');
    release();
    imports.importTickets = importTickets;
    await page.getByText('新增 2 行，已存在跳过 0 行。').waitFor(WAIT);
    await h.screenshot(page, 'admin-imports-done');
    expect(await ticketTotal()).toBe(before + 2);
  });

  it('moves a unit to another district and refuses to deactivate one with open work, saying how much', async () => {
    const page = await h.login('admin');
    await page.goto('/admin/units');
    await page.getByRole('heading', { name: '组织机构' }).waitFor();
    await page.getByLabel('按名称或编码查找').fill('兴盛街道');
    await page.getByRole('tree').getByText('东区兴盛街道办事处', { exact: true }).click();
    await page.getByRole('button', { name: '移动', exact: true }).click();
    const move = page.getByRole('dialog', { name: '移动 东区兴盛街道办事处' });
    await move.getByLabel('移到').click();
    await page.keyboard.type('西区');
    await page.locator('.ant-select-tree-node-content-wrapper[title="西区（D2）"]').click();
    await move.getByRole('button', { name: '移动', exact: true }).click();
    await page.getByText('已移动到 西区，考核汇总已重算').waitFor(WAIT);
    const moved = await h.ctx.app.inject({ url: '/api/units/D1-G2', headers: h.ctx.auth('admin') });
    expect(moved.json()).toMatchObject({ parentCode: 'D2', depth: 2 });

    await page.getByLabel('按名称或编码查找').fill('供暖');
    await page.getByRole('tree').getByText('市供暖办', { exact: true }).click();
    await page.getByRole('button', { name: '停用', exact: true }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '停用', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: '1 件未办结的工单' }).waitFor(WAIT);
    await h.screenshot(page, 'admin-units');
    const still = await h.ctx.app.inject({ url: '/api/units/M1', headers: h.ctx.auth('admin') });
    expect(still.json()).toMatchObject({ active: true });
  });

  it('creates a user, resets the password, and the user logs in with it', async () => {
    const page = await h.login('admin');
    await page.goto('/admin/users');
    await page.getByRole('row').filter({ hasText: 'dispatcher2' }).waitFor();
    await page.getByRole('button', { name: '新建用户' }).click();
    const dialog = page.getByRole('dialog', { name: '新建用户' });
    await dialog.getByLabel('用户名').fill('wang.li');
    await dialog.getByLabel('姓名').fill('王立');
    await dialog.getByLabel('角色').click();
    await page.locator('.ant-select-item-option[title="派单员"]').click();
    await dialog.getByLabel('单位').click();
    await page.keyboard.type('测试市');
    await page.locator('.ant-select-item-option[title="测试市12345热线（C）"]').click();
    await dialog.getByRole('button', { name: '确定' }).click();
    await page.getByText('已创建用户 王立').waitFor(WAIT);

    const row = page.getByRole('row').filter({ hasText: 'wang.li' });
    await row.getByRole('button', { name: '重置密码' }).click();
    const reset = page.getByRole('dialog', { name: /重置 王立/ });
    const password = await reset.getByLabel('新密码').inputValue();
    await reset.getByRole('button', { name: '重置密码' }).click({ trial: true });
    expect(password).toMatch(/^[A-Za-z0-9]{14}$/);
    await h.screenshot(page, 'admin-users-reset');
    await reset.getByRole('button', { name: '重置密码' }).click();
    await page.getByText('已重置 王立 的密码').waitFor(WAIT);
    await h.screenshot(page, 'admin-users');

    const other = await h.login('wang.li', password);
    await other.getByRole('button', { name: /王立|wang\.li/ }).waitFor();
  });

  it('creates an API token, shows its secret once, and the secret works', async () => {
    const page = await h.login('admin');
    await page.goto('/admin/tokens');
    await page.getByRole('heading', { name: 'API 令牌' }).waitFor();
    await page.getByRole('button', { name: '新建令牌' }).click();
    const dialog = page.getByRole('dialog', { name: '新建令牌' });
    await dialog.getByLabel('名称').fill('省平台对接');
    await dialog.getByRole('button', { name: '创建' }).click();
    const shown = page.getByRole('dialog', { name: '令牌已创建' });
    await shown.waitFor(WAIT);
    const token = (await shown.locator('code').textContent())?.trim() ?? '';
    expect(token.length).toBeGreaterThan(20);
    // A trial click waits until the dialog stopped moving (its opening animation) before the picture.
    await shown.getByRole('button', { name: '我已保存' }).click({ trial: true });
    await h.screenshot(page, 'admin-tokens');
    const me = await h.ctx.app.inject({ url: '/api/auth/me', headers: { authorization: `Bearer ${token}` } });
    expect(me.statusCode, me.body).toBe(200);
    await shown.getByRole('button', { name: '我已保存' }).click();
    await page.getByRole('cell', { name: '省平台对接' }).waitFor();
    // Shown once: gone from the page when the dialog closes.
    await expect.poll(() => page.getByText(token).count(), WAIT).toBe(0);
  });
});
