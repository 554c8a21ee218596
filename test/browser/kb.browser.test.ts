import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { addCalendarDays, localDate } from '../../src/domain/time.ts';
import type { TestContext } from '../context.ts';
import { describeInBrowser, startConsole, type ConsoleHarness } from './harness.ts';

// The knowledge-base screens as a unit and the centre's reviewer use them: a unit drafts and submits, the
// reviewer returns it with a reason, the unit revises, the reviewer approves, and everyone finds it. What was
// stored is checked through the API, as another client would see it.

const TITLE = '居住证办理材料及流程';
const FIRST = [
  '## 所需材料',
  '1. 身份证原件',
  '2. 居住登记满半年的证明',
  '',
  '办理地点：各街道**政务服务中心**。',
  '<img src=x onerror="window.__kbRan=1">',
].join('\n');
const SECOND_LINE = '办理时限：材料齐全的，5个工作日内发放。';
const WAIT = { timeout: 20_000 };

let h: ConsoleHarness;
let expiring: { id: number; number: string };
const opened: Page[] = [];

async function call(who: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  const answer = await h.ctx.app.inject({ method, url, headers: h.ctx.auth(who), payload });
  expect(answer.statusCode, answer.body).toBeLessThan(300);
  return answer.json();
}

/** A live article of D1 that expires in ten days: it heads the due list. */
async function seed(ctx: TestContext) {
  const post = async (who: string, url: string, payload: object) =>
    (await ctx.app.inject({ method: 'POST', url, headers: ctx.auth(who), payload })).json();
  const created = await post('D1', '/api/kb/articles', {
    title: '冬季供暖期室温标准',
    content: '供暖期间居民室内温度应不低于18℃。',
    keywords: ['室温'],
    expiresOn: addCalendarDays(localDate(new Date()), 10),
  });
  const submitted = await post('D1', `/api/kb/articles/${created.id}/submit`, { version: created.version });
  await post('reviewer', `/api/kb/articles/${created.id}/approve`, { version: submitted.version });
  expiring = { id: created.id, number: created.number };
}

async function open(user: string, path: string): Promise<Page> {
  const page = await h.login(user);
  opened.push(page);
  await page.goto(path);
  return page;
}

/** Waits for a dialog's opening animation to end, so that its screenshot is not half transparent. */
async function settled(dialog: Locator) {
  const opacity = () =>
    dialog.evaluate((element) => {
      let shown = 1;
      for (let node: Element | null = element; node; node = node.parentElement) {
        shown *= Number(getComputedStyle(node).opacity);
      }
      return shown;
    });
  await expect.poll(opacity, WAIT).toBe(1);
}

const articleId = (page: Page) => Number(/\/kb\/articles\/(\d+)/.exec(page.url())?.[1]);

describeInBrowser('the knowledge-base screens', () => {
  beforeAll(async () => {
    h = await startConsole({ seed });
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((page) => page.context().close()));
  });
  afterAll(async () => h?.close());

  it('drafts, returns with a reason, revises, approves, finds, diffs and keeps a stale edit', async () => {
    // A handler of 东区住房和城乡建设局 drafts the article and submits it.
    const unit = await open('D1-G1', '/kb');
    await unit.getByRole('button', { name: '新建知识' }).click();
    await unit.getByLabel('标题').waitFor(WAIT);
    await unit.getByLabel('标题').fill(TITLE);
    await unit.getByLabel('关键词').fill('居住证');
    await unit.keyboard.press('Enter');
    await unit.getByRole('textbox', { name: '正文（Markdown）' }).fill(FIRST);
    const preview = unit.getByRole('region', { name: '预览' });
    await preview.getByRole('heading', { name: '所需材料' }).waitFor(WAIT);
    await preview.getByText('<img src=x onerror="window.__kbRan=1">').waitFor();
    await h.screenshot(unit, 'kb-editor');
    await unit.getByRole('button', { name: '保存并提交审核' }).click();
    await unit.waitForURL(/\/kb\/articles\/\d+$/, WAIT);
    const id = articleId(unit);
    await unit.getByText('待审核').first().waitFor(WAIT);
    // Raw HTML in the body is shown as text and never runs.
    await unit.getByText('<img src=x onerror="window.__kbRan=1">').waitFor();
    expect(await unit.evaluate(() => (window as { __kbRan?: number }).__kbRan)).toBeUndefined();

    // The reviewer finds it in the queue and returns it with a reason.
    const reviewer = await open('reviewer', '/kb/review');
    await reviewer.getByRole('cell', { name: TITLE }).waitFor(WAIT);
    await h.screenshot(reviewer, 'kb-review');
    await reviewer
      .getByRole('row', { name: new RegExp(TITLE) })
      .getByRole('link')
      .click();
    await reviewer.getByRole('button', { name: '退回修改' }).click();
    const dialog = reviewer.getByRole('dialog');
    await dialog.getByRole('button', { name: '确定' }).click();
    await dialog.getByText('请填写原因').waitFor();
    await dialog.getByLabel('原因').fill('请补充办理时限');
    await dialog.getByRole('button', { name: '确定' }).click();
    await reviewer.getByText('草稿').first().waitFor(WAIT);

    // The handler sees the reason, edits and resubmits.
    await unit.reload();
    await unit.getByText('审核意见：请补充办理时限').waitFor(WAIT);
    await unit.getByRole('button', { name: '修改', exact: true }).click();
    const body = unit.getByRole('textbox', { name: '正文（Markdown）' });
    await expect.poll(() => body.inputValue(), WAIT).toContain('所需材料');
    await body.fill(`${FIRST}\n\n${SECOND_LINE}`);
    await unit.getByLabel('修改说明').fill('补充办理时限');
    await unit.getByRole('button', { name: '保存并提交审核' }).click();
    await unit.waitForURL(new RegExp(`/kb/articles/${id}$`), WAIT);
    await unit.getByText('待审核').first().waitFor(WAIT);

    // The reviewer approves.
    await reviewer.reload();
    await reviewer.getByRole('button', { name: '审核通过' }).click();
    await reviewer.getByText('已发布').first().waitFor(WAIT);
    const stored = await call('admin', 'GET', `/api/kb/articles/${id}`);
    expect(stored.status).toBe('published');
    expect(stored.publishedVersion).toBe(stored.revisions.length);

    // Search finds it by a word of its body, highlighted, and reads it on the side.
    const agent = await open('agent', '/kb');
    await agent.getByLabel('检索', { exact: true }).fill('居住证 材料');
    await agent.keyboard.press('Enter');
    await agent.getByText(stored.number).first().waitFor(WAIT);
    await agent.getByText(stored.number).first().click();
    await agent.getByRole('region', { name: '预览' }).getByText(SECOND_LINE).waitFor(WAIT);
    await h.screenshot(agent, 'kb-search');

    // The diff between the last two revisions shows the added line.
    await unit.reload();
    await unit.getByRole('button', { name: '比较' }).click();
    const diff = unit.getByRole('dialog');
    await diff.locator('ins', { hasText: '办理时限' }).first().waitFor(WAIT);
    await settled(diff);
    await h.screenshot(unit, 'kb-article-diff');
    await unit.keyboard.press('Escape');
    await h.screenshot(unit, 'kb-article');

    // Two tabs edit at once: the second save meets a newer version, says so, and keeps its text.
    const first = await open('D1-G1', `/kb/articles/${id}/edit`);
    const second = await open('D1-G1', `/kb/articles/${id}/edit`);
    for (const page of [first, second]) {
      await expect
        .poll(() => page.getByRole('textbox', { name: '正文（Markdown）' }).inputValue(), WAIT)
        .toContain(SECOND_LINE);
    }
    await first.getByLabel('标题').fill(`${TITLE}（2025版）`);
    await first.getByRole('button', { name: '保存', exact: true }).click();
    await first.waitForURL(new RegExp(`/kb/articles/${id}$`), WAIT);
    const mine = `${FIRST}\n\n${SECOND_LINE}\n\n另一标签页中的修改`;
    await second.getByRole('textbox', { name: '正文（Markdown）' }).fill(mine);
    await second.getByRole('button', { name: '保存', exact: true }).click();
    await second.getByText('他人已修改此知识').waitFor(WAIT);
    expect(await second.getByRole('textbox', { name: '正文（Markdown）' }).inputValue()).toBe(mine);
    await h.screenshot(second, 'kb-conflict');
    // Choosing to save over it sends the newer version and succeeds.
    await second.getByRole('button', { name: '以我的内容覆盖保存' }).click();
    await second.getByRole('button', { name: '保存', exact: true }).click();
    await second.waitForURL(new RegExp(`/kb/articles/${id}$`), WAIT);
    const after = await call('admin', 'GET', `/api/kb/articles/${id}`);
    expect(after.content).toBe(mine);
    expect(after.revisions.length).toBe(4);
  }, 300_000);

  it('keeps the synonym table: a new rule is listed and the index can be rebuilt for its words', async () => {
    const page = await open('admin', '/kb/synonyms');
    await page.getByRole('button', { name: '新增规则' }).click();
    const dialog = page.getByRole('dialog', { name: '新增规则' });
    await dialog.getByLabel('词语').fill('居住证');
    await page.keyboard.press('Enter');
    await dialog.getByLabel('词语').fill('暂住证');
    await page.keyboard.press('Enter');
    await dialog.getByText('类型', { exact: true }).click(); // closes the tag list that covers the buttons
    await dialog.getByRole('button', { name: '保存' }).click();
    // The two words are new to the segmenter: the screen offers to rebuild the index.
    await page.getByRole('button', { name: '重建索引' }).click();
    await page.getByText(/^已重建 \d+ 条知识的索引/).waitFor(WAIT);
    // The newest rule heads the table.
    await page.getByRole('cell', { name: '居住证 = 暂住证' }).waitFor(WAIT);
    const rules = await call('admin', 'GET', '/api/kb/synonyms');
    expect(rules.map((rule: { terms: string[] }) => rule.terms.join('='))).toContain('居住证=暂住证');
    await h.screenshot(page, 'kb-synonyms');
  });

  it("keeps an article's files: a form is added, a script-bearing SVG is refused with the reason", async () => {
    const page = await open('D1', `/kb/articles/${expiring.id}`);
    const files = page.getByRole('region', { name: '附件' });
    await files.getByText('暂无附件').waitFor(WAIT);
    const form = h.file(
      '室温检测申请表.pdf',
      '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
    );
    await files.getByLabel('添加文件').setInputFiles(form);
    await files.getByRole('link', { name: '室温检测申请表.pdf' }).waitFor(WAIT);
    const svg = h.file(
      '示意图.svg',
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    );
    await files.getByLabel('添加文件').setInputFiles(svg);
    await files.getByRole('alert').waitFor(WAIT);
    const listed = await call('D1', 'GET', `/api/kb/articles/${expiring.id}/attachments`);
    expect(listed.items.map((item: { fileName: string }) => item.fileName)).toEqual(['室温检测申请表.pdf']);
  });

  it('lists the articles about to expire per unit', async () => {
    const page = await open('D1', '/kb/due');
    await page.getByRole('link', { name: expiring.number }).waitFor(WAIT);
    await page.getByText(/失效$/).first().waitFor();
    await h.screenshot(page, 'kb-due');
  });
});
