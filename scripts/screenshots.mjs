// A 1366×768 PNG of every screen of the web console, in /tmp/console-shots/, on a small seeded city: to look
// at after a change (density, wrapping, glyphs). Needs the built console (npm run build:web) and Chromium.
//   npm run screenshots
import { startConsole } from '../test/browser/console-server.ts';
import { SYSTEM } from '../test/context.ts';
import { makeTicket } from '../test/tickets.ts';

const DAY = 24 * 3600 * 1000;

/** Tickets in every state, some late, one urged and supervised: what a working day looks like. */
async function seed(ctx) {
  const now = ctx.clock.now();
  const numbers = {};
  const at = async (daysAgo, name, state, overrides = {}) => {
    ctx.clock.set(new Date(now.getTime() - daysAgo * DAY));
    const id = await makeTicket(ctx, state, overrides);
    numbers[name] = { id, number: (await ctx.services.ticketQueries.getTicket(SYSTEM, id)).number };
  };
  await at(12, 'overdue', 'dispatched', { title: '小区东门路灯连续一周不亮', urgency: 'urgent' });
  await at(9, 'late', 'inProgress', { title: '楼道暖气片漏水，物业不处理' });
  await at(6, 'review', 'feedbackSubmitted', { title: '室温只有十四度，要求测温' });
  await at(3, 'revisit', 'pendingRevisit', { title: '垃圾清运不及时' });
  await at(1, 'soon', 'dispatched', { title: '供暖管道异响', confidential: true });
  await at(0, 'fresh', 'pendingDispatch', { title: '幸福小区3号楼停水，何时恢复', urgency: 'critical' });
  await at(0, 'fresh2', 'pendingDispatch', { title: '噪音扰民：夜间施工' });
  await at(0, 'answered', 'answered', { title: '公积金提取需要哪些材料' });
  ctx.clock.set(now);
  const urge = (id, note) =>
    ctx.services.tickets.execute(ctx.actors.dispatcher, id, null, { type: 'urge', note });
  await urge(numbers.overdue.id, '已超过签收时限，请立即签收');
  await ctx.services.tickets.execute(ctx.actors.supervisor, numbers.overdue.id, null, {
    type: 'supervise',
    note: '同一问题多次来电，列入督办',
  });
  return numbers;
}

let numbers = {};
const h = await startConsole({ seed: async (ctx) => void (numbers = await seed(ctx)) });
const shots = [];
// Dialogs zoom in for a moment: wait for them to stand still.
const shoot = async (page, name) => {
  await page.waitForTimeout(400);
  shots.push(await h.screenshot(page, name));
};
const settle = (page) => page.waitForLoadState('networkidle').catch(() => undefined);

try {
  const anonymous = await h.newPage();
  await anonymous.goto('/login');
  await anonymous.getByLabel('用户名').waitFor();
  await shoot(anonymous, '01-login');
  await anonymous.getByLabel('用户名').fill('dispatcher');
  await anonymous.getByLabel('密码').fill('wrong-password');
  await anonymous.getByRole('button', { name: '登录' }).click();
  await anonymous.getByRole('alert').waitFor();
  await shoot(anonymous, '02-login-error');

  const dispatcher = await h.login('dispatcher');
  await dispatcher.goto('/queues/toDispatch');
  await dispatcher.locator('tbody tr.ant-table-row').first().waitFor();
  await settle(dispatcher);
  await shoot(dispatcher, '03-queue-to-dispatch');
  await dispatcher.locator('tbody tr.ant-table-row input[type=checkbox]').first().check();
  await dispatcher.getByRole('button', { name: '批量派单' }).click();
  await dispatcher.getByRole('dialog').waitFor();
  await shoot(dispatcher, '04-bulk-dispatch');
  await dispatcher.keyboard.press('Escape');
  await dispatcher.goto('/queues/overdue');
  await dispatcher.locator('tbody tr.ant-table-row').first().waitFor();
  await settle(dispatcher);
  await shoot(dispatcher, '05-queue-overdue');
  await dispatcher.goto('/queues/all');
  await dispatcher.locator('tbody tr.ant-table-row').first().waitFor();
  await settle(dispatcher);
  await shoot(dispatcher, '06-all-tickets');
  await dispatcher.goto(`/tickets/${numbers.overdue.number}`);
  await dispatcher.getByRole('heading', { name: numbers.overdue.number }).waitFor();
  await settle(dispatcher);
  await shoot(dispatcher, '07-ticket');
  await dispatcher.goto(`/tickets/${numbers.fresh.number}`);
  await dispatcher.getByRole('button', { name: '派单', exact: true }).click();
  await dispatcher.getByRole('dialog').waitFor();
  await settle(dispatcher);
  await shoot(dispatcher, '08-ticket-dispatch-dialog');
  await dispatcher.keyboard.press('Escape');
  await dispatcher.keyboard.press('Control+k');
  await dispatcher
    .getByPlaceholder('输入工单编号、来电号码或页面名称')
    .fill(numbers.late.number.slice(0, 12));
  await settle(dispatcher);
  await shoot(dispatcher, '09-palette');
  await dispatcher.keyboard.press('Escape');
  await dispatcher.locator('body').click({ position: { x: 700, y: 700 } });
  await dispatcher.keyboard.press('?');
  await dispatcher.getByRole('dialog', { name: '快捷键' }).waitFor();
  await shoot(dispatcher, '10-shortcut-sheet');

  await dispatcher.keyboard.press('Escape');
  await dispatcher.goto('/dispatch');
  await settle(dispatcher);
  await shoot(dispatcher, '10b-dispatch-desk');

  const unit = await h.login('D1');
  await unit.goto('/inbox');
  await settle(unit);
  await shoot(unit, '10c-unit-inbox');
  await unit.goto('/queues/toAcknowledge');
  await unit.locator('tbody tr.ant-table-row').first().waitFor();
  await settle(unit);
  await shoot(unit, '11-unit-queue');
  await unit.goto(`/tickets/${numbers.soon.number}`);
  await unit.getByRole('heading', { name: numbers.soon.number }).waitFor();
  await settle(unit);
  await shoot(unit, '12-unit-ticket-confidential');

  const other = await h.login('D2');
  await other.goto(`/tickets/${numbers.overdue.number}`);
  await other.getByText('无权查看').waitFor();
  await shoot(other, '13-forbidden');

  const reviewer = await h.login('reviewer');
  await reviewer.goto('/queues/toRevisit');
  await settle(reviewer);
  await shoot(reviewer, '14-reviewer-to-revisit');
  await reviewer.goto('/review');
  await settle(reviewer);
  await reviewer.getByText(/共 \d+ 件/).waitFor();
  await shoot(reviewer, '14b-review-desk');

  const agent = await h.login('agent');
  await agent.goto('/desk');
  await settle(agent);
  await shoot(agent, '15-agent-desk');

  const english = await h.login('dispatcher');
  await english.getByRole('button', { name: 'English' }).click();
  await english.goto('/queues/toDispatch');
  await english.locator('tbody tr.ant-table-row').first().waitFor();
  await settle(english);
  await shoot(english, '16-queue-english');
  await english.goto(`/tickets/${numbers.late.number}`);
  await english.getByRole('heading', { name: numbers.late.number }).waitFor();
  await settle(english);
  await shoot(english, '17-ticket-english');
} finally {
  await h.close();
}
console.log(`${shots.length} screenshots at 1366×768:`);
for (const path of shots) console.log(`  ${path}`);
