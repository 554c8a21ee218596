import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseLocalTime } from '../../src/domain/time.ts';
import type { TestContext } from '../context.ts';
import { makeTicket } from '../tickets.ts';
import { describeInBrowser, startConsole, type ConsoleHarness } from './harness.ts';

let h: ConsoleHarness;
const WAIT = { timeout: 30_000 };

/** The screens open on the last whole month: the tickets are registered on its second day. */
function lastMonthSecondDay(): Date {
  const now = new Date(Date.now() + 8 * 3600_000); // Asia/Shanghai wall clock
  const year = now.getUTCMonth() === 0 ? now.getUTCFullYear() - 1 : now.getUTCFullYear();
  const month = now.getUTCMonth() === 0 ? 12 : now.getUTCMonth();
  return parseLocalTime(`${year}-${String(month).padStart(2, '0')}-02 10:00:00`);
}

async function seed(ctx: TestContext) {
  const now = ctx.clock.now();
  ctx.clock.set(lastMonthSecondDay());
  await makeTicket(ctx, 'completed');
  await makeTicket(ctx, 'inProgress');
  await makeTicket(ctx, 'dispatched');
  // 西区 completes everything it is given.
  const id = await makeTicket(ctx, 'registered', { districtCode: 'D2' });
  const steps: [string, object][] = [
    ['dispatcher', { type: 'dispatch', leadUnitCode: 'D2', supportUnitCodes: [], note: null }],
    ['D2', { type: 'acknowledge', unitCode: 'D2' }],
    ['D2', { type: 'submitFeedback', unitCode: 'D2', content: '已处理' }],
    ['reviewer', { type: 'review', accept: true, note: null }],
    ['reviewer', { type: 'revisit', reached: true, satisfaction: 'satisfied', solved: 'solved', note: null }],
  ];
  for (const [user, command] of steps)
    await ctx.services.tickets.execute(ctx.actors[user]!, id, null, command as never);
  ctx.clock.set(now);
}

describeInBrowser('the evaluation screens', () => {
  beforeAll(async () => {
    h = await startConsole({ seed });
  }, 120_000);
  afterAll(() => h.close());

  it('ranks each peer group, explains a unit score with its costly tickets, and compares two periods', async () => {
    const page = await h.login('leader');
    await page.goto('/evaluation');
    const east = page.getByRole('row', { name: /东区/ }).first();
    await east.waitFor(WAIT);
    await page.getByRole('row', { name: /西区/ }).first().waitFor(WAIT);
    await h.screenshot(page, 'evaluation');

    await east.click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText('东区 得分说明').waitFor(WAIT);
    await drawer.getByRole('cell', { name: '办结率' }).waitFor(WAIT);
    const costly = drawer.getByRole('link', { name: /^\d+$/ }).first();
    await costly.waitFor(WAIT);
    expect(await costly.getAttribute('href')).toMatch(/^\/tickets\/\d+$/);
    await drawer.getByText('未办结').first().waitFor(WAIT);
    // The drawer slides in: the picture is taken once it has come to rest at its full width.
    const panel = drawer.getByText('东区 得分说明');
    await expect.poll(async () => (await panel.boundingBox())?.x ?? 9999, WAIT).toBeLessThan(800);
    await h.screenshot(page, 'evaluation-explain');
    await page.keyboard.press('Escape');

    await page.getByRole('switch', { name: '两期对比' }).click();
    await page.getByRole('columnheader', { name: '对比期名次' }).waitFor(WAIT);
    // The month before had no tickets: every unit is new to the ranking.
    await page.getByRole('row', { name: /东区/ }).first().getByText('未上榜').waitFor(WAIT);
    await page.mouse.move(0, 700);
    await h.screenshot(page, 'evaluation-compare');
  });

  it('previews how a draft scheme moves units, names invalid fields, and lets only an admin save', async () => {
    const page = await h.login('admin');
    await page.goto('/evaluation/schemes');
    const editor = page.getByLabel('方案内容（JSON）');
    await expect.poll(async () => (await editor.inputValue()).includes('"indicators"'), WAIT).toBe(true);
    const scheme = JSON.parse(await editor.inputValue());
    expect(scheme.version).toBe(2);

    // Invalid: a negative weight. The server names the field.
    await editor.fill(
      JSON.stringify({ ...scheme, indicators: [{ ...scheme.indicators[0], weight: -1 }] }, null, 2),
    );
    await page.getByRole('button', { name: '预览排名变化' }).click();
    await page.getByRole('listitem').filter({ hasText: 'indicators[0].weight' }).waitFor(WAIT);

    // Only 办结率 counts in the draft.
    const draft = {
      ...scheme,
      minimumAssigned: { toBeScored: 0, forSatisfactionRanking: 0 },
      indicators: [{ key: 'completion', weight: 100, scoring: { kind: 'linear' }, whenEmpty: 'zero' }],
      deductions: [],
      bonuses: [],
    };
    await editor.fill(JSON.stringify(draft, null, 2));
    await page.getByRole('button', { name: '预览排名变化' }).click();
    await page.getByText('现行 第 1 版 → 草稿 第 2 版').waitFor(WAIT);
    const west = page.getByRole('row', { name: /西区/ }).first();
    await west.waitFor(WAIT);
    await expect.poll(() => west.textContent(), WAIT).toContain('100.00');
    await h.screenshot(page, 'scheme-editor');

    await page.getByRole('button', { name: '保存为新版本' }).click();
    await page
      .getByRole('tooltip')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await page.getByText(`已保存 ${scheme.id} 第 2 版`).waitFor(WAIT);
    const versions = await h.ctx.app.inject({
      url: `/api/schemes/${scheme.id}`,
      headers: h.ctx.auth('admin'),
    });
    expect(versions.json().map((v: { version: number }) => v.version)).toEqual([1, 2]);
  });

  it('shows the editor and preview to a supervisor, without saving', async () => {
    const page = await h.login('supervisor');
    await page.goto('/evaluation/schemes');
    await page.getByText('只有系统管理员可以保存方案；可以编辑并预览。').waitFor(WAIT);
    await page.getByRole('button', { name: '预览排名变化' }).waitFor(WAIT);
    expect(await page.getByRole('button', { name: '保存为新版本' }).count()).toBe(0);
  });
});
