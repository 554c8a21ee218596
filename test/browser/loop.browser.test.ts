import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser, startConsole, type ConsoleHarness } from './harness.ts';

// The whole loop through the console, as the people at each stage do it: the agent registers and submits for
// dispatch, the dispatcher dispatches, the unit signs and reports with a photo, the reviewer accepts and calls
// the citizen back. Only the final check reads the API.

/** A 1×1 PNG: a real image, as the server reads the type from the bytes. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC',
  'base64',
);

let h: ConsoleHarness;

/** An antd select with search: type, then take the first match. */
async function choose(page: Page, label: string, text: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(text);
  await page.getByRole('option', { name: text }).first().waitFor({ state: 'attached' });
  await input.press('Enter');
}

/** The category cascader: its search lists whole paths; click the one wanted. */
async function chooseCategory(page: Page, leaf: string) {
  const input = page.getByLabel('诉求分类', { exact: true });
  await input.click();
  await input.fill(leaf);
  await page
    .getByRole('menuitemcheckbox', { name: new RegExp(leaf) })
    .first()
    .click();
}

/** The desk's list row of a ticket. */
const row = (page: Page, number: string) => page.getByRole('option', { name: new RegExp(number) });

describeInBrowser('the whole loop in the console', () => {
  beforeAll(async () => {
    h = await startConsole();
  });
  afterAll(async () => h?.close());

  it('takes an appeal from the call to 办结 through the desks, the dispatcher seeing it arrive live', async () => {
    // The dispatcher's desk is open before the call: the count must move without a reload.
    const dispatcher = await h.login('dispatcher');
    await dispatcher.goto('/dispatch');
    const nav = dispatcher.getByRole('navigation');
    await nav.getByRole('menuitem', { name: /待派单\s*0/ }).waitFor();

    // 受理台: the agent registers the appeal and submits it for dispatch.
    const agent = await h.login('agent');
    await agent.goto('/desk');
    await agent.getByLabel('联系电话').fill('13912345678');
    await choose(agent, '诉求类型', '投诉');
    await chooseCategory(agent, '室温不达标');
    await choose(agent, '所属区县', '东区');
    await agent.getByLabel('诉求标题').fill('锦绣家园暖气不热');
    await agent.getByLabel('诉求内容').fill('锦绣家园5号楼室温只有15度，已持续一周，请尽快处理。');
    await agent.getByRole('button', { name: '提交派单' }).click();
    const registered = agent.getByText(/已登记工单 \S+/);
    await registered.waitFor();
    const number = /已登记工单 (\S+?)（/.exec((await registered.textContent()) ?? '')?.[1] ?? '';
    expect(number).not.toBe('');

    // Live: the dispatcher's queue count and list follow without a reload.
    await nav.getByRole('menuitem', { name: /待派单\s*1/ }).waitFor();
    await row(dispatcher, number).click();

    // 派单台: Enter opens the dispatch dialog; the lead unit is found by its pinyin initials (东区 → dq).
    await dispatcher.getByRole('toolbar', { name: number }).getByRole('button', { name: '派单' }).waitFor();
    await dispatcher.keyboard.press('Enter');
    const dispatch = dispatcher.getByRole('dialog', { name: `派单 · ${number}` });
    await dispatch.waitFor();
    const lead = dispatch.getByLabel('主办单位');
    await lead.click();
    await lead.fill('dq');
    await dispatcher.getByTitle('东区', { exact: true }).click();
    await dispatch.getByLabel('派单意见').fill('请东区尽快核实处理');
    await dispatch.getByRole('button', { name: '提交' }).click();
    await dispatcher.getByText('已提交：派单').waitFor();

    // 承办工作台: the district signs with A, then reports with a photo.
    const unit = await h.login('D1');
    await unit.goto('/inbox');
    await row(unit, number).click();
    await unit.getByRole('toolbar', { name: number }).getByRole('button', { name: '签收' }).waitFor();
    await unit.keyboard.press('a');
    await unit.getByText('已提交：签收').waitFor();
    await unit.keyboard.press('2');
    await row(unit, number).click();
    await unit.getByRole('toolbar', { name: number }).getByRole('button', { name: '反馈' }).waitFor();
    await unit.keyboard.press('Enter');
    const feedback = unit.getByRole('dialog', { name: `反馈 · ${number}` });
    await feedback.waitFor();
    await feedback.getByLabel('办理结果').fill('已协调热力公司排查管网，5号楼室温已恢复至20度。');
    const photo = h.file('现场照片.png', PNG);
    await feedback.getByLabel('添加文件').setInputFiles(photo);
    await feedback.getByRole('link', { name: '现场照片.png' }).waitFor();
    await feedback.getByRole('button', { name: '提交' }).click();
    await unit.getByText('已提交：反馈').waitFor();

    // 审核回访台: accept the feedback, then record the call-back.
    const reviewer = await h.login('reviewer');
    await reviewer.goto('/review');
    await row(reviewer, number).click();
    await reviewer.getByRole('toolbar', { name: number }).getByRole('button', { name: '审核' }).waitFor();
    await reviewer.keyboard.press('Enter');
    const review = reviewer.getByRole('dialog', { name: `审核 · ${number}` });
    await review.getByRole('link', { name: '现场照片.png' }).waitFor();
    await review.getByText('通过', { exact: true }).click();
    await review.getByRole('button', { name: '提交' }).click();
    await reviewer.getByText('已提交：审核').waitFor();
    await reviewer.keyboard.press('2');
    await row(reviewer, number).click();
    await reviewer.getByRole('toolbar', { name: number }).getByRole('button', { name: '回访' }).waitFor();
    await reviewer.keyboard.press('Enter');
    const revisit = reviewer.getByRole('dialog', { name: `回访 · ${number}` });
    await revisit.getByText('13912345678').waitFor();
    await revisit.getByText('已联系上', { exact: true }).click();
    await revisit.getByText('已解决', { exact: true }).click();
    await revisit.getByText('满意', { exact: true }).click();
    await revisit.getByLabel('回访记录').fill('市民表示暖气已正常');
    await revisit.getByRole('button', { name: '提交' }).click();
    await reviewer.getByText('已提交：回访').waitFor();

    // 办结, on the ticket page and in the API.
    await reviewer.goto(`/tickets/${number}`);
    await reviewer.getByRole('heading', { name: number }).waitFor();
    await reviewer.getByText('已办结').first().waitFor();
    await reviewer.getByRole('link', { name: '现场照片.png' }).waitFor();
    // The timeline names the people who acted, not their account numbers.
    await reviewer
      .getByText(/ · reviewer/)
      .first()
      .waitFor();
    const ticket = await h.ctx.app.inject({
      url: `/api/tickets/by-number/${number}`,
      headers: h.ctx.auth('admin'),
    });
    expect(ticket.json()).toMatchObject({
      state: 'completed',
      revisit: { reached: true, satisfaction: 'satisfied' },
    });
    const files = await h.ctx.app.inject({
      url: `/api/tickets/${ticket.json().id}/attachments`,
      headers: h.ctx.auth('admin'),
    });
    expect(
      files.json().items.map((f: { fileName: string; mediaType: string }) => [f.fileName, f.mediaType]),
    ).toEqual([['现场照片.png', 'image/png']]);
  }, 180_000); // four people's sessions in one test: more than the browser project's 60 s on a busy machine
});
