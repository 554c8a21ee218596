import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SYSTEM, type TestContext } from '../context.ts';
import { makeTicket } from '../tickets.ts';
import { describeInBrowser, startConsole, type ConsoleHarness } from './harness.ts';

// The agent desk (受理台) as an agent uses it on a call: type, look at what the desk finds, end the call with one
// action. Every check of what was stored goes through the API, as another client would see it.

const ARTICLE = {
  title: '供暖期室温标准及不达标处理',
  content:
    '供暖期间居民室内温度应不低于18℃。室温不达标可拨打供热公司热线报修，供热公司应在24小时内上门测温。',
  categoryCode: '010101',
  keywords: ['室温', '暖气不热'],
};

let h: ConsoleHarness;
let article: { id: number; number: string };
const seeded: Record<string, { id: number; number: string }> = {};
/** Pages of the running test, closed after it so that no idle console keeps polling the server. */
const opened: Page[] = [];

async function publish(ctx: TestContext, user: string, input: object) {
  const call = (who: string, url: string, payload: object) =>
    ctx.app.inject({ method: 'POST', url, headers: ctx.auth(who), payload });
  const created = (await call(user, '/api/kb/articles', input)).json();
  const submitted = (
    await call(user, `/api/kb/articles/${created.id}/submit`, { version: created.version, comment: null })
  ).json();
  const approved = await call('reviewer', `/api/kb/articles/${created.id}/approve`, {
    version: submitted.version,
    comment: null,
  });
  expect(approved.statusCode, approved.body).toBe(200);
  return { id: created.id as number, number: approved.json().number as string };
}

async function openDesk(user: string): Promise<Page> {
  const page = await h.login(user);
  opened.push(page);
  await page.goto('/desk');
  // The first visit loads the desk's chunks: on a busy machine that can take longer than one action's wait.
  await page.getByLabel('联系电话').waitFor({ timeout: 30_000 });
  return page;
}

/** A heating complaint from 幸福小区, typed as an agent types it; the category found by name or pinyin initials. */
async function typeAppeal(
  page: Page,
  fields: { phone?: string; title?: string; address?: string; categorySearch?: string } = {},
) {
  await page.getByLabel('联系电话').fill(fields.phone ?? '13812345678');
  if (fields.title !== '') await page.getByLabel('诉求标题').fill(fields.title ?? '幸福小区3号楼暖气不热');
  await page.getByLabel('诉求内容').fill('家里暖气不热，室温只有14度，请尽快处理。');
  await page.getByLabel('诉求类型').click();
  await page.getByTitle('投诉').click();
  await page.getByLabel('诉求分类').click();
  await page.keyboard.type(fields.categorySearch ?? '室温');
  // Initials join the search once their chunk (pinyin-pro) has loaded: allow a slow first load.
  await page.getByText('城乡建设 / 供暖 / 室温不达标').click({ timeout: 30_000 });
  await page.getByLabel('所属区县').click();
  await page.getByTitle('东区').click();
  await page.getByLabel('诉求地址').fill(fields.address ?? '东区幸福小区3号楼');
}

/** The number the action bar shows for the ticket just registered. */
async function registeredNumber(page: Page): Promise<string> {
  const status = page.getByRole('status').filter({ hasText: '上一张' });
  await status.waitFor();
  return /(\d{16})/.exec((await status.textContent()) ?? '')![1]!;
}

const detail = (number: string) => h.ctx.services.ticketQueries.getTicketByNumber(SYSTEM, number);

describeInBrowser('the agent desk', () => {
  beforeAll(async () => {
    h = await startConsole({
      seed: async (ctx) => {
        article = await publish(ctx, 'M1', ARTICLE);
        // History that makes D1-G1 the usual unit for this category in 东区.
        for (let i = 0; i < 2; i += 1) {
          const id = await makeTicket(ctx, 'pendingDispatch', { callerPhone: '13900000000' });
          await ctx.services.tickets.execute(ctx.actors.dispatcher!, id, null, {
            type: 'dispatch',
            leadUnitCode: 'D1-G1',
            supportUnitCodes: [],
            note: null,
          });
        }
        const open = await makeTicket(ctx, 'pendingDispatch', {
          title: '幸福小区5号楼暖气片漏水',
          address: '东区幸福小区5号楼',
          callerPhone: '13700000000',
        });
        seeded.open = { id: open, number: (await ctx.services.ticketQueries.getTicket(SYSTEM, open)).number };
      },
    });
  });
  afterEach(async () => {
    for (const page of opened.splice(0)) await page.context().close();
  });
  afterAll(async () => h?.close());

  it('registers an appeal and submits it for dispatch with a suggested unit; the dispatcher sees it', async () => {
    const page = await openDesk('agent');
    await typeAppeal(page, { categorySearch: 'swbdb' });
    const units = page.getByRole('group', { name: '建议承办' });
    await units.getByText(/东区住房和城乡建设局 · 2/).click();
    // Once the lookups have settled: knowledge, the duplicate at a similar address, the caller's (empty) history.
    await page.getByRole('list', { name: '疑似重复件' }).getByText('地址相近').first().waitFor();
    await page.getByRole('list', { name: '知识库推荐' }).getByText(article.number).waitFor();
    await h.screenshot(page, 'agent-desk');
    await page.keyboard.press('Control+Enter');
    const number = await registeredNumber(page);
    // A fresh form for the next call.
    expect(await page.getByLabel('诉求标题').inputValue()).toBe('');

    const ticket = await detail(number);
    expect(ticket).toMatchObject({ state: 'pendingDispatch', categoryCode: '010101', districtCode: 'D1' });
    const request = ticket.events.find((e) => e.type === 'dispatchRequested');
    expect(String(request?.data.note)).toContain('东区住房和城乡建设局');

    const dispatcher = await h.login('dispatcher');
    opened.push(dispatcher);
    await dispatcher.goto('/queues/toDispatch');
    await dispatcher.getByRole('link', { name: number }).waitFor({ timeout: 30_000 });
  }, 120_000);

  it('closes a call by direct answer with a knowledge article, and the article is recorded', async () => {
    const page = await openDesk('agent');
    await typeAppeal(page, { title: '暖气不热室温低怎么办' });
    const suggestions = page.getByRole('list', { name: '知识库推荐' });
    await suggestions.getByText(article.number).waitFor();
    // Alt+1 answers with the first suggestion, from within the field being typed in.
    await page.keyboard.press('Alt+1');
    await expect.poll(() => page.getByLabel('答复内容').inputValue()).toContain('不低于18℃');
    await page.keyboard.press('Alt+D');
    const number = await registeredNumber(page);

    const ticket = await detail(number);
    expect(ticket.state).toBe('answered');
    expect(ticket.answer).toContain('不低于18℃');
    const usage = await h.ctx.app.inject({
      url: `/api/kb/articles/${article.id}/usage`,
      headers: h.ctx.auth('admin'),
    });
    expect(usage.json()).toMatchObject({ answered: 1 });
  });

  it('shows a missing field’s Chinese error and a server refusal on its field, keeping what was typed', async () => {
    const page = await openDesk('agent');
    await typeAppeal(page, { title: '' });
    await page.getByRole('button', { name: '提交派单' }).click();
    await page.getByText('请填写诉求标题').waitFor();
    expect(await page.getByLabel('诉求内容').inputValue()).toBe('家里暖气不热，室温只有14度，请尽快处理。');

    // The server's own check of the number lands on the phone field.
    await page.getByLabel('诉求标题').fill('暖气不热');
    await page.getByLabel('联系电话').fill('138-abc');
    await page.getByRole('button', { name: '提交派单' }).click();
    await page.getByText('联系电话只能包含数字和 + - ( )').waitFor();

    // A reload (or a re-login) loses nothing: the draft is in sessionStorage until a submit succeeds.
    await page.reload();
    await page.getByLabel('联系电话').waitFor();
    await expect.poll(() => page.getByLabel('诉求标题').inputValue()).toBe('暖气不热');
    expect(await page.getByLabel('诉求内容').inputValue()).toBe('家里暖气不热，室温只有14度，请尽快处理。');
  });

  it('shows an open ticket of the same place and category as a possible duplicate, and merges into it', async () => {
    const page = await openDesk('dispatcher');
    await typeAppeal(page, { phone: '13600000000', address: '幸福小区5号楼' });
    const duplicates = page.getByRole('list', { name: '疑似重复件' });
    await duplicates.getByRole('link', { name: seeded.open!.number }).waitFor();
    await page.getByRole('button', { name: `并入此单 ${seeded.open!.number}` }).click();
    await page.getByRole('button', { name: `并单 → ${seeded.open!.number}` }).click();
    const number = await registeredNumber(page);

    const merged = await detail(number);
    expect(merged).toMatchObject({ state: 'merged', mergedIntoId: seeded.open!.id });
    const target = await detail(seeded.open!.number);
    expect(target.events.map((e) => e.type)).toContain('duplicateMerged');
  });
});
