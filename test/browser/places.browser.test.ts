import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser, startConsole, type ConsoleHarness } from './harness.ts';

let h: ConsoleHarness;

/** Web-first waits on a shared, sometimes slow machine: generous, never a sleep. */
const WAIT = { timeout: 20_000 };
const HEADER = '地点名称,地址,所属区县,纬度,经度,状态';
const GOOD = ['东区人民广场,东区胜利街1号,东区,41.1938,122.0618,启用', '西区图书馆,西区文化路8号,西区,,,'];

async function importFile(page: Page, name: string, lines: string[]) {
  await page.getByLabel('选择地点表格').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(lines.join('\n'), 'utf8'),
  });
}

describeInBrowser('the places screen (地点)', () => {
  beforeAll(async () => {
    h = await startConsole();
  });
  afterAll(() => h?.close());

  it('refuses a file with a bad row and shows it, then imports the corrected file for the portal', async () => {
    const page = await h.login('admin');
    await page.getByRole('navigation').getByRole('menuitem', { name: '地点' }).click();
    await page.waitForURL('**/admin/places');

    await importFile(page, '地点-有误.csv', [HEADER, ...GOOD, '北站,站前路,北区,,,']);
    const errors = page.getByRole('table', { name: '共 1 处错误' });
    await errors.waitFor(WAIT);
    expect(await errors.innerText()).toContain('所属区县');
    expect(await errors.innerText()).toContain('北区');
    await h.screenshot(page, 'places-refused');
    const portal = async (q: string) =>
      (
        (await h.ctx.app.inject({ url: `/api/public/portal/places?q=${encodeURIComponent(q)}` })).json() as {
          places: { name: string }[];
        }
      ).places.map((p) => p.name);
    expect(await portal('dqrm')).toEqual([]);

    await importFile(page, '地点.csv', [HEADER, ...GOOD]);
    await page.getByText('地点.csv：新增 2 个，更新 0 个，未变 0 个').waitFor(WAIT);
    const list = page.getByRole('table', { name: '地点' });
    await list.getByRole('row').filter({ hasText: '东区人民广场' }).getByText('dqrmgc').waitFor(WAIT);
    await h.screenshot(page, 'places');
    // The citizen's picker finds it by the initials typed on a phone.
    expect(await portal('dqrm')).toEqual(['东区人民广场']);

    await page.getByRole('searchbox', { name: '按名称、地址或拼音首字母查找' }).fill('图书');
    await page.keyboard.press('Enter');
    await expect.poll(async () => list.getByRole('row').count(), WAIT).toBe(2);
    await list.getByRole('row').filter({ hasText: '西区图书馆' }).waitFor(WAIT);
    await page.context().close();
  });
});
