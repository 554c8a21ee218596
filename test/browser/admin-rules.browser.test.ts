import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser, startConsole, type ConsoleHarness } from './harness.ts';

// Administration of the rules: the working calendar (a 调休 working Saturday moves a deadline computed after it),
// deadline policies, code lists and categories. The calendar dates are in November 2027: no bundled holiday
// data and no ticket of the test city lies near them, so nothing else moves.

let h: ConsoleHarness;
const WAIT = { timeout: 15_000 };

const FRIDAY = '2027-11-12';
const SATURDAY = '2027-11-13';

async function apiDue(from: string, limit: string): Promise<string> {
  const answer = await h.ctx.app.inject({
    url: `/api/deadlines/compute?from=${encodeURIComponent(from)}&limit=${limit}`,
    headers: h.ctx.auth('agent'),
  });
  expect(answer.statusCode, answer.body).toBe(200);
  return answer.json().dueLocal;
}

const dueStatus = (page: Page) => page.getByRole('status', { name: '到期时间' });

describeInBrowser('administration: rules and codes', () => {
  beforeAll(async () => {
    h = await startConsole();
  });
  afterAll(async () => h?.close());

  it('a 调休 working Saturday makes a deadline computed afterwards fall due earlier', async () => {
    const page = await h.login('admin');
    await page.goto('/admin/calendar?year=2026');
    // The bundled 2026 notice: National Day is a day off.
    await page.getByRole('button', { name: /^2026-10-01 星期四 放假 国庆/ }).waitFor(WAIT);
    await h.screenshot(page, 'admin-calendar');

    await page.getByRole('button', { name: '下一年' }).click();
    await page.getByText('2027 年尚未录入节假日安排', { exact: false }).waitFor(WAIT);

    const trial = page.getByRole('region', { name: '试算时限' });
    await trial.getByLabel('受理时间').fill(`${FRIDAY} 10:00`);
    await trial.getByLabel('时限').fill('3wd');
    await trial.getByRole('button', { name: '计算' }).click();
    await expect.poll(() => dueStatus(page).textContent(), WAIT).toContain('2027-11-17 23:59:59');
    expect(await apiDue(`${FRIDAY} 10:00`, '3wd')).toBe('2027-11-17 23:59:59');

    await page.getByRole('button', { name: new RegExp(`^${SATURDAY} 星期六 周末`) }).click();
    const dialog = page.getByRole('dialog', { name: `${SATURDAY}（星期六）` });
    await expect
      .poll(() => dialog.getByRole('radio', { name: '调休上班（班）' }).isChecked(), WAIT)
      .toBe(true);
    await dialog.getByLabel('名称').fill('调休上班');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'hidden', ...WAIT });
    await page.getByRole('button', { name: new RegExp(`^${SATURDAY} 星期六 调休上班`) }).waitFor(WAIT);

    // The trial is computed again on its own, and again on request: one day earlier, the old due kept in view.
    await expect.poll(() => dueStatus(page).textContent(), WAIT).toContain('2027-11-16 23:59:59');
    expect(await dueStatus(page).textContent()).toContain('调整前：2027-11-17 23:59:59');
    await trial.getByRole('button', { name: '计算' }).click();
    await expect.poll(() => dueStatus(page).textContent(), WAIT).toContain('2027-11-16 23:59:59');
    expect(await dueStatus(page).textContent()).toContain('调整前：2027-11-17 23:59:59');
    await h.screenshot(page, 'admin-calendar-trial');

    // The server counts with the new day, for every caller.
    expect(await apiDue(`${FRIDAY} 10:00`, '3wd')).toBe('2027-11-16 23:59:59');
    const days = await h.ctx.app.inject({
      url: `/api/calendar/days?from=${SATURDAY}&to=${SATURDAY}`,
      headers: h.ctx.auth('agent'),
    });
    expect(days.json()).toEqual([{ date: SATURDAY, kind: 'workday', name: '调休上班' }]);

    // Back to an ordinary Saturday: the deadline returns.
    await page.getByRole('button', { name: new RegExp(`^${SATURDAY} 星期六 调休上班`) }).click();
    await dialog.getByRole('button', { name: '恢复为普通日' }).click();
    await dialog.waitFor({ state: 'hidden', ...WAIT });
    await expect.poll(() => dueStatus(page).textContent(), WAIT).toContain('2027-11-17 23:59:59');
    expect(await apiDue(`${FRIDAY} 10:00`, '3wd')).toBe('2027-11-17 23:59:59');
  });

  it('a deadline policy is added, refused with the reason on its field, corrected, edited and deleted', async () => {
    const page = await h.login('admin');
    await page.goto('/admin/deadline-policies');
    await page
      .getByRole('cell', { name: '默认：24小时内签收，5个工作日内反馈，7个工作日内办结' })
      .waitFor(WAIT);
    await h.screenshot(page, 'admin-policies');

    await page.getByRole('button', { name: '新增规则' }).click();
    const dialog = page.getByRole('dialog', { name: '新增时限规则' });
    await dialog.getByLabel('签收时限').fill('2h');
    await dialog.getByLabel('反馈时限').fill('三天');
    await dialog.getByLabel('办结时限').fill('4wd');
    await dialog.getByLabel('截止时刻').fill('17:00');
    await dialog.getByLabel('备注').fill('演示规则：2小时签收');
    await dialog.getByRole('button', { name: '保存' }).click();
    // The server's message lands on the field it names.
    await dialog.getByText('反馈时限：无法识别的办理时限：“三天”', { exact: false }).waitFor(WAIT);
    await h.screenshot(page, 'admin-policy-dialog');
    await dialog.getByLabel('反馈时限').fill('2wd');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'hidden', ...WAIT });

    const row = page.getByRole('row', { name: /演示规则：2小时签收/ });
    await row.waitFor(WAIT);
    expect(await row.textContent()).toContain('2 个工作日');
    expect(await row.textContent()).toContain('17:00 后算次日');
    const listed = async () =>
      (await h.ctx.app.inject({ url: '/api/deadline-policies', headers: h.ctx.auth('admin') }))
        .json()
        .find((p: { note: string | null }) => p.note?.startsWith('演示规则'));
    expect(await listed()).toMatchObject({
      feedbackLimit: '2wd',
      counting: { start: 'nextDay', cutoff: '17:00' },
    });

    await row.getByRole('button', { name: '编辑' }).click();
    const edit = page.getByRole('dialog', { name: /^修改时限规则/ });
    await edit.getByLabel('办结时限').fill('6wd');
    await edit.getByRole('button', { name: '保存' }).click();
    await edit.waitFor({ state: 'hidden', ...WAIT });
    await expect.poll(async () => row.textContent(), WAIT).toContain('6 个工作日');
    expect((await listed()).completionLimit).toBe('6wd');

    await row.getByRole('button', { name: '删除' }).click();
    await page
      .getByRole('tooltip')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await row.waitFor({ state: 'detached', ...WAIT });
    expect(await listed()).toBeUndefined();
  });

  it('a code list alias is added, a clash with a label is refused on the field, and the alias removed', async () => {
    const page = await h.login('admin');
    await page.goto('/admin/dictionaries');
    await page.getByText('紧急程度（3）').click();
    const urgent = page.getByRole('row', { name: /urgent/ });
    await urgent.getByRole('button', { name: '添加别名' }).click();
    const dialog = page.getByRole('dialog', { name: '为“紧急”（urgent）添加别名' });
    await dialog.getByLabel('别名').fill('特急');
    await dialog.getByRole('button', { name: '保存' }).click();
    // The server's message, on the field it names.
    await dialog
      .getByText('别名“特急”与「紧急程度」特急（critical）的名称相同', { exact: false })
      .waitFor(WAIT);
    await h.screenshot(page, 'admin-dictionary-dialog');
    await dialog.getByLabel('别名').fill('加急');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'hidden', ...WAIT });
    await urgent.getByText('加急').waitFor(WAIT);
    await h.screenshot(page, 'admin-dictionaries');
    const urgentAliases = async (): Promise<string[]> =>
      (await h.ctx.app.inject({ url: '/api/dictionaries/urgency', headers: h.ctx.auth('agent') }))
        .json()
        .entries.find((e: { code: string }) => e.code === 'urgent').aliases;
    expect(await urgentAliases()).toContain('加急');

    await urgent.getByRole('button', { name: '删除别名“加急”' }).click();
    await page
      .getByRole('tooltip')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await urgent.getByText('加急').waitFor({ state: 'detached', ...WAIT });
    expect(await urgentAliases()).not.toContain('加急');
  });

  it('categories: a search finds an alias, a node is renamed, retired and activated, a child added, the list exported', async () => {
    const page = await h.login('admin');
    await page.goto('/admin/categories');
    await page.getByLabel('按名称、别名或编码查找').fill('暖气不热');
    const node = page.getByRole('tree').getByText('室温不达标');
    await node.click();
    const detail = page.getByRole('region', { name: '城乡建设/供暖/室温不达标' });
    await detail.waitFor(WAIT);
    await h.screenshot(page, 'admin-categories');

    await detail.getByRole('button', { name: '编辑' }).click();
    const dialog = page.getByRole('dialog', { name: '修改分类 010101' });
    await dialog.getByLabel('分类名称').fill('室温不达标（供暖期）');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'hidden', ...WAIT });
    const renamed = page.getByRole('region', { name: '城乡建设/供暖/室温不达标（供暖期）' });
    await renamed.getByText('v2', { exact: true }).waitFor(WAIT);

    await renamed.getByRole('button', { name: '停用' }).click();
    await renamed.getByText('已停用', { exact: true }).first().waitFor(WAIT);
    const category = async (code: string) =>
      (await h.ctx.app.inject({ url: `/api/categories/${code}`, headers: h.ctx.auth('admin') })).json();
    expect(await category('010101')).toMatchObject({
      name: '室温不达标（供暖期）',
      active: false,
      version: 3,
    });
    await renamed.getByRole('button', { name: '启用' }).click();
    await renamed.getByRole('button', { name: '停用' }).waitFor(WAIT);
    expect((await category('010101')).active).toBe(true);

    // Back to the whole tree: the way down to the selected node stays open.
    await page.getByLabel('按名称、别名或编码查找').fill('');
    await page.getByRole('tree').getByText('室温不达标（供暖期）').waitFor(WAIT);
    await page.getByRole('tree').getByText('供暖', { exact: true }).click();
    await page
      .getByRole('region', { name: '城乡建设/供暖' })
      .getByRole('button', { name: '新增下级' })
      .click();
    const create = page.getByRole('dialog', { name: '在“城乡建设/供暖”下新增分类' });
    await create.getByLabel('分类编码').fill('010109');
    await create.getByLabel('分类名称').fill('换热站噪音');
    await create.getByRole('button', { name: '保存' }).click();
    await page.getByRole('region', { name: '城乡建设/供暖/换热站噪音' }).waitFor(WAIT);
    expect(await category('010109')).toMatchObject({
      parentCode: '010100',
      level: 3,
      active: true,
      path: '城乡建设/供暖/换热站噪音',
    });

    // An import with a bad row imports nothing and says where; the corrected file goes in.
    const file = (rows: string[]) => ({
      name: '分类.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(['分类编码,分类名称,上级分类编码,别名', ...rows].join('\n')),
    });
    await page.getByLabel('导入').setInputFiles(file(['200000,文化旅游,,文旅', '200100,景区管理,209900,']));
    const problems = page.getByRole('dialog', { name: /导入文件有 1 处错误/ });
    await problems.getByRole('cell', { name: '上级分类编码' }).waitFor(WAIT);
    expect(await problems.getByRole('row').nth(1).textContent()).toMatch(/^3上级分类编码/);
    const close = problems.getByRole('button', { name: /Close|关闭/ });
    await close.hover(); // waits until the dialog has stopped moving in
    await h.screenshot(page, 'admin-categories-import');
    await close.click();
    expect((await category('200000')).error.code).toBe('CATEGORY_NOT_FOUND');
    await page.getByLabel('导入').setInputFiles(file(['200000,文化旅游,,文旅', '200100,景区管理,200000,']));
    await page.getByText('导入完成：新增 2，修改 0', { exact: false }).waitFor(WAIT);
    await page.getByLabel('按名称、别名或编码查找').fill('文旅');
    await page.getByRole('tree').getByText('文化旅游', { exact: true }).waitFor(WAIT);
    await page.getByLabel('按名称、别名或编码查找').fill('');

    await page.getByRole('button', { name: '导出' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download', WAIT),
      page.getByRole('menuitem', { name: '导出 CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
  });

  it('the calendar is for administrators only', async () => {
    const page = await h.login('dispatcher');
    await page.goto('/admin/calendar');
    await page.getByText('无权查看', { exact: true }).waitFor(WAIT);
  });
});
