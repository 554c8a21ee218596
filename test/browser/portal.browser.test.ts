import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { formatLocalTime } from '../../src/domain/time.ts';
import type { LoggingNotifier } from '../../src/modules/notify/index.ts';
import type { TestContext } from '../context.ts';
import { describeInBrowser, startConsole, type ConsoleHarness } from './harness.ts';

// The citizens' portal on a phone (390×844): a citizen submits an appeal with a photo, the centre and the unit
// handle it through the API, the citizen tracks it with the code sent to the phone and rates it 不满意, and the
// leader's dashboard counts that rating for the unit exactly as a phone revisit would be counted.

const PHONE = { width: 390, height: 844 };

/** A 1×1 PNG: a real image, as the server reads the type from the bytes. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC',
  'base64',
);

let h: ConsoleHarness;
const contexts: BrowserContext[] = [];

/** A fresh phone-sized browser context (no cookies: a citizen has no session). */
async function phonePage(): Promise<Page> {
  const context = await h.browser.newContext({
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    baseURL: h.url,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  context.setDefaultTimeout(20_000);
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`portal page script error: ${error.message}`));
  return page;
}

const call = (user: string, method: 'GET' | 'POST', url: string, payload?: object) =>
  h.ctx.app.inject({ method, url, headers: h.ctx.auth(user), ...(payload ? { payload } : {}) });

/** One lifecycle command through the API, at the version the user reads first. */
async function command(user: string, ticketId: number, type: string, body: object = {}) {
  const ticket = await call(user, 'GET', `/api/tickets/${ticketId}`);
  expect(ticket.statusCode, ticket.body).toBe(200);
  const answer = await call(user, 'POST', `/api/tickets/${ticketId}/${type}`, {
    version: ticket.json().version,
    ...body,
  });
  expect(answer.statusCode, answer.body).toBe(200);
}

/** 东区's row on the leader's dashboard for today: 满意率 and the count of 不满意. */
async function eastDistrictFigures() {
  const today = formatLocalTime(new Date()).slice(0, 10);
  const answer = await call('leader', 'GET', `/api/dashboard?from=${today}&to=${today}`);
  expect(answer.statusCode, answer.body).toBe(200);
  const row = (
    answer.json().districts as { unitCode: string; dissatisfied: number; satisfaction: object }[]
  ).find((r) => r.unitCode === 'D1');
  return { dissatisfied: row?.dissatisfied ?? 0, satisfaction: row?.satisfaction };
}

/** A published FAQ article and a named place: what the portal's searches find. */
async function seed(ctx: TestContext) {
  const as = (user: string, method: 'POST', url: string, payload: object) =>
    ctx.app.inject({ method, url, headers: ctx.auth(user), payload });
  const draft = await ctx.app.inject({
    method: 'POST',
    url: '/api/kb/articles',
    headers: ctx.auth('M1'),
    payload: {
      title: '停暖报修电话',
      content: '## 报修\n市供暖办 **24 小时**报修电话 0427-1234567。<script>alert(1)</script>',
      categoryCode: '010102',
    },
  });
  expect(draft.statusCode, draft.body).toBe(201);
  const submitted = await as('M1', 'POST', `/api/kb/articles/${draft.json().id}/submit`, {
    version: draft.json().version,
    comment: null,
  });
  const approved = await as('reviewer', 'POST', `/api/kb/articles/${draft.json().id}/approve`, {
    version: submitted.json().version,
    comment: null,
  });
  expect(approved.statusCode, approved.body).toBe(200);
  await ctx.handle.db
    .insertInto('portal_places')
    .values({
      name: '人民广场',
      initials: 'rmgc',
      address: '东区人民路 1 号',
      district_code: 'D1',
      lat: null,
      long: null,
      active: 1,
    })
    .execute();
}

describeInBrowser('the citizens’ portal on a phone', () => {
  beforeAll(async () => {
    h = await startConsole({ seed });
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await h?.close();
  });

  it('shows the hotline, the two ways in, and FAQ answers as plain text', async () => {
    const page = await phonePage();
    const response = await page.goto('/portal');
    expect(response?.headers()['content-type']).toContain('text/html');
    await page.getByRole('heading', { level: 1, name: '12345 网上诉求' }).waitFor();
    await page.getByRole('link', { name: '拨打 12345 热线' }).waitFor();
    await page.getByText('7×24 小时人工服务').waitFor();
    await page.getByRole('link', { name: /我要反映/ }).waitFor();
    await page.getByRole('link', { name: /查询进度/ }).waitFor();
    await h.screenshot(page, 'portal-home');

    await page.getByLabel('搜索常见问题').fill('停暖报修');
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    const article = page.getByRole('listitem').filter({ hasText: '停暖报修电话' });
    await article.getByText('停暖报修电话').click();
    // Markdown read as text; the article's markup stays text, nothing runs.
    await article.getByText(/市供暖办 24 小时报修电话 0427-1234567。<script>alert\(1\)<\/script>/).waitFor();
    expect(await page.locator('main script').count()).toBe(0);
    await article.scrollIntoViewIfNeeded();
    await h.screenshot(page, 'portal-faq');

    // Any other portal address is the portal's page too (its router answers); non-HTML requests are not.
    const deep = await page.goto('/portal/no-such-page');
    expect(deep?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: '页面不存在' }).waitFor();
    const json = await h.ctx.app.inject({ url: '/portal/track', headers: { accept: 'application/json' } });
    expect(json.statusCode).toBe(404);
  });

  it('takes an appeal with a photo, tracks it with the code, and the 不满意 rating counts for the unit', async () => {
    // A phone of its own, so that a retry is not held by the one-code-a-minute rule.
    const citizenPhone = `139${String(Date.now()).slice(-8)}`;
    const page = await phonePage();
    await page.goto('/portal');
    await page.getByRole('link', { name: /我要反映/ }).click();
    await page.getByRole('heading', { level: 1, name: '我要反映' }).waitFor();

    // Checked before sending: the required fields are named on the fields, the first one takes the focus.
    await page.getByRole('button', { name: '提交', exact: true }).click();
    await page.getByText('请选择诉求类型').waitFor();
    await page.getByText('请选择诉求分类').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('appealType');

    await page.getByRole('radio', { name: '投诉' }).check();
    // 诉求分类: walk the tree, then search by a word and take a whole path.
    const categoryButton = page.getByRole('button', { name: /诉求分类/ });
    await categoryButton.click();
    await page.getByRole('button', { name: '城乡建设' }).click();
    await page.getByRole('button', { name: '就选“城乡建设”' }).waitFor();
    await page.getByRole('button', { name: '供暖' }).click();
    await page.getByRole('button', { name: '室温不达标' }).click();
    await page.getByRole('button', { name: /诉求分类.*城乡建设 \/ 供暖 \/ 室温不达标/ }).waitFor();
    await categoryButton.click();
    await page.getByLabel('搜索分类').fill('室温');
    await page
      .getByRole('group', { name: '选择诉求分类' })
      .getByRole('button', { name: /供暖 \/ 室温不达标/ })
      .click();
    await page.getByRole('button', { name: /诉求分类.*室温不达标/ }).waitFor();

    const content = page.getByLabel(/诉求内容/);
    // The server's content check (no links) lands on the field it names.
    await content.fill('锦绣家园5号楼室温只有15度，详见 www.example.com 的照片说明。');
    await page.getByText(/\d+\/2000/).waitFor();

    // 地址: a named place found by its pinyin initials, with details typed after it.
    await page.getByRole('button', { name: /从常用地点中选择/ }).click();
    await page.getByLabel('搜索地点').fill('rmgc');
    await page.getByRole('button', { name: /人民广场/ }).waitFor();
    await page.getByLabel('搜索地点').press('Enter'); // the only match; the form is not sent
    await page.getByRole('button', { name: '不选地点“人民广场”' }).waitFor();
    await page.getByLabel(/诉求地址/).fill('北门');
    expect(await page.getByLabel(/所属区县/).inputValue()).toBe('D1');

    // Photos: a type the portal does not take is refused here; an HTML file named .png is refused by the server
    // (it reads the bytes); a real PNG is uploaded and previewed.
    const photos = page.getByLabel(/现场照片/);
    await photos.setInputFiles({ name: 'a.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg/>') });
    await page.getByText(/“a\.svg”不是 JPG、PNG、WebP 格式的图片/).waitFor();
    await photos.setInputFiles({
      name: 'fake.png',
      mimeType: 'image/png',
      buffer: Buffer.from('<html><script>alert(1)</script></html>'),
    });
    const fake = page.getByRole('listitem').filter({ hasText: 'fake.png' });
    await fake.locator('.field-error').waitFor();
    await page.getByRole('button', { name: '删除照片 fake.png' }).click();
    await photos.setInputFiles({ name: '现场.png', mimeType: 'image/png', buffer: PNG });
    const photo = page.getByRole('listitem').filter({ hasText: '现场.png' });
    await photo.getByText('已上传').waitFor();
    await photo.getByRole('img', { name: '照片预览：现场.png' }).waitFor();

    await page.getByRole('switch', { name: '保密' }).waitFor();
    expect(await page.getByRole('switch', { name: '同意回访' }).isChecked()).toBe(true);
    await page.getByLabel(/姓名/).fill('王秀英');
    await page.getByLabel(/手机号码/).fill(citizenPhone);
    await page.getByRole('button', { name: '提交', exact: true }).click();
    await page.getByText('诉求内容不能包含网址链接').waitFor();
    expect(await content.getAttribute('aria-invalid')).toBe('true');

    // Text that looks like markup is kept as text all the way to the citizen's view.
    await content.fill('锦绣家园5号楼室温只有15度，已持续一周，请尽快处理。<b>加粗</b>');
    await page.getByLabel(/诉求内容/).scrollIntoViewIfNeeded();
    await h.screenshot(page, 'portal-submit');
    await page.getByRole('button', { name: '提交', exact: true }).click();

    await page.getByRole('heading', { level: 1, name: '提交成功' }).waitFor();
    const number = await page.getByRole('textbox', { name: '您的工单编号' }).inputValue();
    expect(number).toMatch(/\S{6,}/);
    await h.screenshot(page, 'portal-success');
    await page.getByRole('button', { name: '复制编号' }).click();
    await page.getByText('已复制工单编号').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(number);

    // The centre and the unit handle it (dispatch → acknowledge → feedback → review accept): 待回访.
    const byNumber = await call('dispatcher', 'GET', `/api/tickets/by-number/${encodeURIComponent(number)}`);
    expect(byNumber.statusCode, byNumber.body).toBe(200);
    expect(byNumber.json()).toMatchObject({ channel: 'web', state: 'pendingDispatch' });
    const ticketId = byNumber.json().id as number;
    await command('dispatcher', ticketId, 'dispatch', {
      leadUnitCode: 'D1',
      supportUnitCodes: [],
      note: null,
    });
    await command('D1', ticketId, 'acknowledge');
    await command('D1', ticketId, 'submitFeedback', { content: '已协调供暖公司上门检修，室温恢复到20度。' });
    await command('reviewer', ticketId, 'review', { accept: true, note: '内部备注：不要给市民看' });
    const before = await eastDistrictFigures();

    // Track: number (carried over) + phone → code (from the notifier's outlet) → the public view.
    await page.getByRole('link', { name: '查询办理进度' }).click();
    await page.getByRole('heading', { level: 1, name: '查询进度' }).waitFor();
    expect(await page.getByLabel(/工单编号/).inputValue()).toBe(number);
    await page.getByLabel(/手机号码/).fill(citizenPhone);
    await page.getByRole('button', { name: '获取验证码' }).click();
    await page.getByRole('button', { name: /\d+ 秒后可重新获取/ }).waitFor();
    const notifier = h.ctx.services.notifier as LoggingNotifier;
    const message = notifier
      .sent()
      .filter((m) => m.phone === citizenPhone)
      .at(-1);
    const code = /验证码为 (\d{6})/.exec(message?.text ?? '')?.[1] ?? '';
    expect(code).toMatch(/^\d{6}$/);
    await page.getByLabel(/验证码/).fill(code);
    await h.screenshot(page, 'portal-track');
    await page.getByRole('button', { name: '查询', exact: true }).click();

    await page.getByRole('heading', { level: 1, name: '办理进度' }).waitFor();
    await page.getByText('已协调供暖公司上门检修，室温恢复到20度。').first().waitFor();
    await page.getByText('锦绣家园5号楼室温只有15度，已持续一周，请尽快处理。<b>加粗</b>').waitFor();
    await page.getByRole('img', { name: '照片：现场.png' }).waitFor();
    expect(await page.getByText('内部备注').count()).toBe(0);
    await h.screenshot(page, 'portal-ticket');
    await page.getByRole('heading', { name: '评价办理结果' }).scrollIntoViewIfNeeded();
    await h.screenshot(page, 'portal-ticket-rating');

    // Rate 不满意: recorded as the online revisit; the view shows the rating instead of the form.
    await page.getByRole('radio', { name: '不满意' }).check();
    await page.getByRole('radio', { name: '未解决' }).check();
    await page.getByLabel(/意见和建议/).fill('检修后第二天又不热了。');
    await page.getByRole('button', { name: '提交评价' }).click();
    const rating = page.getByRole('region', { name: '您的评价' });
    await rating.getByText('不满意').waitFor();
    await rating.getByText('未解决').waitFor();
    expect(await page.getByRole('button', { name: '提交评价' }).count()).toBe(0);
    await rating.scrollIntoViewIfNeeded();
    await h.screenshot(page, 'portal-rated');

    // The leader's dashboard: 东区 has one more 不满意, and one more revisit in its 满意率.
    const after = await eastDistrictFigures();
    expect(after.dissatisfied).toBe(before.dissatisfied + 1);
    expect(after.satisfaction).toMatchObject({
      denominator: ((before.satisfaction as { denominator?: number })?.denominator ?? 0) + 1,
    });
    const detail = await call('reviewer', 'GET', `/api/tickets/${ticketId}`);
    expect(detail.json()).toMatchObject({ state: 'completed' });
  }, 180_000);
});
