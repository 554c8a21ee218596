import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/context.ts';
import { BASE_INTAKE, makeTicket } from '../../../test/tickets.ts';
import { OPEN_TICKET_CONDITION } from '../../db/migrations/0011-queues.ts';
import { CLOSED_STATES } from '../../domain/lifecycle/index.ts';
import { parseLocalTime } from '../../domain/time.ts';
import { OPEN_TICKET_SQL } from '../tickets/ticket-queue-queries.ts';
import type { IntakeInput } from '../tickets/index.ts';
import { EXPORT_HEADERS } from './queue-export.ts';

// Every queue is checked against tickets built through the real commands: which tickets each role's queue holds,
// that its count is its list's total, that units stay inside their subtree, and that bulk actions and exports
// see exactly what the list sees.
describe('work queues', () => {
  let ctx: TestContext;
  const t: Record<string, number> = {};

  const call = (user: string, url: string) => ctx.app.inject({ url, headers: ctx.auth(user) });
  async function page(user: string, view: string, query = '') {
    const size = query.includes('pageSize=') ? '' : 'pageSize=200';
    const response = await call(user, `/api/queues/${view}?${size}${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { items: { id: number; [key: string]: unknown }[]; total: number };
  }
  const idsOf = async (user: string, view: string, query = '') =>
    (await page(user, view, query)).items.map((item) => item.id);
  const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
  const run = (user: string, id: number, command: object) =>
    ctx.services.tickets.execute(ctx.actors[user]!, id, null, command as never);
  async function dispatchedTo(lead: string, overrides: Partial<IntakeInput> = {}) {
    const id = await makeTicket(ctx, 'pendingDispatch', overrides);
    await run('dispatcher', id, { type: 'dispatch', leadUnitCode: lead, supportUnitCodes: [], note: null });
    return id;
  }

  beforeAll(async () => {
    ctx = await createTestContext('2023-03-01 09:00:00');
    // Dispatched on Wednesday: the 24-hour acknowledge deadline passes before Friday.
    t.late = await makeTicket(ctx, 'dispatched');
    t.handling = await makeTicket(ctx, 'inProgress');
    ctx.clock.set(parseLocalTime('2023-03-03 09:00:00'));
    t.waiting = await makeTicket(ctx, 'pendingDispatch', { urgency: 'urgent', category: '030203' });
    t.west = await dispatchedTo('D2', { districtCode: 'D2', category: '010203', callerPhone: '13900001111' });
    t.review = await makeTicket(ctx, 'feedbackSubmitted');
    t.revisit = await makeTicket(ctx, 'pendingRevisit');
    t.done = await makeTicket(ctx, 'completed');
    t.sentBack = await dispatchedTo('D1', { urgency: 'critical', title: '路灯不亮' });
    await run('D1', t.sentBack, { type: 'requestSendBack', unitCode: 'D1', reason: '不属于本单位职责' });
    t.watched = await makeTicket(ctx, 'inProgress');
    await run('supervisor', t.watched, { type: 'supervise', note: '限期办结' });
    t.answered = await makeTicket(ctx, 'answered');
    const byDispatcher = await ctx.services.tickets.intake(ctx.actors.dispatcher!, {
      ...BASE_INTAKE,
      disposition: { type: 'requestDispatch', note: null },
    });
    t.byDispatcher = byDispatcher.ticketId;
  });
  afterAll(async () => ctx.close());

  it('gives each role the queues of the commands it issues', async () => {
    const keys = async (user: string) =>
      ((await call(user, '/api/queues')).json().views as { key: string }[]).map((v) => v.key);
    expect(await keys('dispatcher')).toEqual([
      'toDispatch',
      'dueSoon',
      'overdue',
      'pendingRulings',
      'supervised',
    ]);
    expect(await keys('D1')).toEqual(['toAcknowledge', 'inProgress', 'dueSoon', 'overdue']);
    expect(await keys('reviewer')).toEqual(['toReview', 'toRevisit']);
    expect(await keys('agent')).toEqual(['inProgress']);
    expect(await keys('leader')).toHaveLength(9);
    expect(await keys('supervisor')).toHaveLength(9);
    expect((await call('reviewer', '/api/queues/toDispatch')).statusCode).toBe(403);
    expect((await call('agent', '/api/queues/overdue')).json().error.code).toBe('QUEUE_VIEW_NOT_ALLOWED');
  });

  it('states the open-ticket index condition in the words of migration 0011 and the lifecycle', () => {
    // A partial index serves only a query that repeats its condition word for word.
    expect(OPEN_TICKET_SQL).toBe(`tickets.${OPEN_TICKET_CONDITION}`);
    const listed = /\((.*)\)/.exec(OPEN_TICKET_CONDITION)![1]!.split(', ');
    expect(listed.map((state) => state.replaceAll("'", '')).sort()).toEqual([...CLOSED_STATES].sort());
  });

  it('fills the centre queues with exactly the tickets waiting there', async () => {
    expect(sorted(await idsOf('admin', 'toDispatch'))).toEqual(sorted([t.waiting!, t.byDispatcher!]));
    expect(sorted(await idsOf('admin', 'toAcknowledge'))).toEqual(sorted([t.late!, t.west!, t.sentBack!]));
    expect(sorted(await idsOf('admin', 'inProgress'))).toEqual(sorted([t.handling!, t.watched!]));
    expect(await idsOf('admin', 'pendingRulings')).toEqual([t.sentBack]);
    expect(await idsOf('admin', 'toReview')).toEqual([t.review]);
    expect(await idsOf('admin', 'toRevisit')).toEqual([t.revisit]);
    expect(await idsOf('admin', 'supervised')).toEqual([t.watched]);
    // The agent's own registrations still open; not the dispatcher's, not the closed ones.
    const mine = await idsOf('agent', 'inProgress');
    expect(mine).not.toContain(t.byDispatcher);
    expect(mine).not.toContain(t.done);
    expect(mine).not.toContain(t.answered);
    expect(sorted(mine)).toEqual(
      sorted([t.late!, t.handling!, t.waiting!, t.west!, t.review!, t.revisit!, t.sentBack!, t.watched!]),
    );
  });

  it('holds the yellow and red cards of GET /api/tickets', async () => {
    const cards = async (flag: string) =>
      sorted(
        (await call('admin', `/api/tickets?flag=${flag}&pageSize=200`))
          .json()
          .items.map((i: { id: number }) => i.id),
      );
    expect(await idsOf('admin', 'overdue')).toContain(t.late);
    expect(sorted(await idsOf('admin', 'overdue'))).toEqual(await cards('red'));
    expect(sorted(await idsOf('admin', 'dueSoon'))).toEqual(await cards('yellow'));
    expect(await idsOf('admin', 'dueSoon')).toContain(t.west);
  });

  it('counts what each list totals, for every role', async () => {
    for (const user of ['admin', 'dispatcher', 'reviewer', 'agent', 'leader', 'D1', 'D2', 'M1', 'D1-G1']) {
      const { views } = (await call(user, '/api/queues')).json() as {
        views: { key: string; count: number }[];
      };
      for (const { key, count } of views) expect(count, `${user} ${key}`).toBe((await page(user, key)).total);
    }
  });

  it('keeps unit users to their own work and their subtree', async () => {
    expect(sorted(await idsOf('D1', 'toAcknowledge'))).toEqual(sorted([t.late!, t.sentBack!]));
    expect(sorted(await idsOf('M1', 'toAcknowledge'))).toEqual(sorted([t.late!, t.handling!, t.watched!]));
    expect(sorted(await idsOf('D1', 'inProgress'))).toEqual(sorted([t.handling!, t.watched!]));
    expect(await idsOf('D2', 'toAcknowledge')).toEqual([t.west]);
    expect(await idsOf('D1', 'overdue')).toContain(t.late);
    for (const view of ['toAcknowledge', 'inProgress', 'dueSoon', 'overdue']) {
      expect(await idsOf('D1', view)).not.toContain(t.west);
      expect(await idsOf('D1-G1', view)).toEqual([]);
    }
    expect((await call('D1', '/api/queues/overdue?unitCode=D2')).statusCode).toBe(403);
    const csv = await call('D1', '/api/queues/dueSoon/export?format=csv');
    expect(csv.body).not.toContain(
      (await ctx.services.ticketQueries.getTicket(ctx.actors.admin!, t.west!)).number,
    );
    // The unit's own deadline beside the lead unit's: M1 supports, and owes its acknowledgement.
    const support = (await page('M1', 'toAcknowledge')).items.find((i) => i.id === t.handling)!;
    expect(support.unitDueAt).toBeTruthy();
    expect(support.callerPhone).toBe('138****5678');
  });

  it('filters and sorts as the console asks', async () => {
    expect(await idsOf('admin', 'toDispatch', '&urgency=urgent,critical')).toEqual([t.waiting]);
    expect(await idsOf('admin', 'toDispatch', '&categoryCode=030000')).toEqual([t.waiting]);
    expect(await idsOf('admin', 'toAcknowledge', '&categoryCode=010200')).toEqual([t.west]);
    expect(await idsOf('admin', 'toAcknowledge', '&district=D2')).toEqual([t.west]);
    expect(await idsOf('admin', 'toAcknowledge', '&unitCode=D2')).toEqual([t.west]);
    expect(await idsOf('admin', 'toAcknowledge', '&q=13900001111')).toEqual([t.west]);
    expect(await idsOf('admin', 'toAcknowledge', `&q=${encodeURIComponent('路灯')}`)).toEqual([t.sentBack]);
    expect(await idsOf('admin', 'toAcknowledge', '&receivedTo=2023-03-02%2000:00:00')).toEqual([t.late]);
    expect(await idsOf('admin', 'toAcknowledge', '&flag=red')).toEqual([t.late]);
    expect(await idsOf('admin', 'toAcknowledge', '&sort=receivedAt:desc')).toEqual([
      t.sentBack,
      t.west,
      t.late,
    ]);
    expect(await idsOf('admin', 'toAcknowledge', '&sort=receivedAt:asc')).toEqual([
      t.late,
      t.west,
      t.sentBack,
    ]);
    expect((await idsOf('admin', 'toAcknowledge', '&sort=urgency:desc'))[0]).toBe(t.sentBack);
    const second = await page('admin', 'toAcknowledge', '&sort=receivedAt:asc&pageSize=1&page=2');
    expect(second.items.map((i) => i.id)).toEqual([t.west]);
    expect(second.total).toBe(3);
    const bad = await call('admin', '/api/queues/toDispatch?urgency=soon&sort=title:up&pageSize=500');
    expect(bad.statusCode).toBe(400);
    const fields: string[] = bad.json().error.details.fields.map((f: { field: string }) => f.field);
    for (const name of ['urgency', 'sort', 'pageSize'])
      expect(
        fields.some((field) => field.startsWith(name)),
        name,
      ).toBe(true);
  });

  it('keeps saved filters per person', async () => {
    const save = (user: string, payload: object) =>
      ctx.app.inject({ method: 'POST', url: '/api/saved-filters', headers: ctx.auth(user), payload });
    const created = await save('dispatcher', {
      name: '紧急待派',
      view: 'toDispatch',
      filter: { urgency: 'urgent,critical', receivedFrom: '2023-03-01 00:00:00', sort: 'receivedAt:desc' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const saved = created.json();
    expect(saved.filter).toEqual({
      urgency: 'urgent,critical',
      receivedFrom: '2023-03-01 00:00:00',
      sort: 'receivedAt:desc',
    });
    expect((await save('dispatcher', { name: '紧急待派', view: 'overdue', filter: {} })).statusCode).toBe(
      409,
    );
    const invalid = await save('dispatcher', { name: '坏', view: 'toDispatch', filter: { urgency: 'soon' } });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.details.fields[0].field).toMatch(/^filter\.urgency/);
    expect((await save('reviewer', { name: '派单', view: 'toDispatch', filter: {} })).statusCode).toBe(403);
    expect((await call('dispatcher', '/api/saved-filters')).json()).toHaveLength(1);
    expect((await call('dispatcher2', '/api/saved-filters')).json()).toEqual([]);
    const remove = (user: string) =>
      ctx.app.inject({ method: 'DELETE', url: `/api/saved-filters/${saved.id}`, headers: ctx.auth(user) });
    expect((await remove('dispatcher2')).statusCode).toBe(404);
    expect((await remove('dispatcher')).statusCode).toBe(200);
    expect((await call('dispatcher', '/api/saved-filters')).json()).toEqual([]);
  });

  it('exports the queue as the list shows it, in CSV and XLSX', async () => {
    const list = await page('admin', 'toAcknowledge', '&sort=receivedAt:asc');
    const csv = await call('admin', '/api/queues/toAcknowledge/export?format=csv&sort=receivedAt:asc');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toContain("filename*=UTF-8''");
    const rows = parse(csv.body.replace(/^\ufeff/, '')) as string[][];
    expect(rows[0]).toEqual(EXPORT_HEADERS);
    expect(rows.slice(1).map((r) => r[0])).toEqual(list.items.map((i) => i.number));
    expect(rows[1]![9]).toBe('138****5678');
    const xlsx = await ctx.app.inject({
      url: '/api/queues/toAcknowledge/export?format=xlsx',
      headers: ctx.auth('admin'),
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('工单编号');
    expect(sheet.rowCount).toBe(list.total + 1);
    const audit = await ctx.app.inject({
      url: '/api/audit?action=queue.exported',
      headers: ctx.auth('admin'),
    });
    expect(JSON.stringify(audit.json())).toContain('queue.exported');
  });

  it('runs bulk actions ticket by ticket, reporting the ones refused', async () => {
    const bulk = (user: string, view: string, payload: object) =>
      ctx.app.inject({ method: 'POST', url: `/api/queues/${view}/bulk`, headers: ctx.auth(user), payload });
    // Selection: two waiting tickets are dispatched; the one already dispatched is refused by the lifecycle.
    const extra = await makeTicket(ctx, 'pendingDispatch');
    const selection = await bulk('dispatcher', 'toDispatch', {
      action: 'dispatch',
      ticketIds: [t.waiting, extra, t.late],
      params: { leadUnitCode: 'D2', note: '批量派单' },
    });
    expect(selection.statusCode, selection.body).toBe(200);
    expect(selection.json().succeeded).toEqual([t.waiting, extra]);
    expect(selection.json().failed).toEqual([
      expect.objectContaining({ ticketId: t.late, code: 'INVALID_TRANSITION' }),
    ]);
    expect(await idsOf('D2', 'toAcknowledge')).toEqual(expect.arrayContaining([t.waiting, extra]));
    // Filter: every supervised ticket is urged; the one still waiting for dispatch cannot be.
    await run('supervisor', t.byDispatcher!, { type: 'supervise', note: '尽快派单' });
    const byFilter = await bulk('supervisor', 'supervised', { action: 'urge', filter: {}, params: {} });
    expect(byFilter.json().succeeded).toEqual([t.watched]);
    expect(byFilter.json().failed.map((f: { ticketId: number }) => f.ticketId)).toEqual([t.byDispatcher]);
    expect((await ctx.services.ticketQueries.getTicket(ctx.actors.admin!, t.watched!)).urgeCount).toBe(1);
    // Units and leaders take no bulk action; a reviewer cannot dispatch.
    expect(
      (await bulk('D1', 'overdue', { action: 'urge', ticketIds: [t.late], params: {} })).statusCode,
    ).toBe(403);
    expect((await bulk('leader', 'overdue', { action: 'urge', filter: {}, params: {} })).statusCode).toBe(
      403,
    );
    const refused = await bulk('reviewer', 'toRevisit', {
      action: 'dispatch',
      ticketIds: [t.revisit],
      params: { leadUnitCode: 'D1' },
    });
    expect(refused.statusCode).toBe(403);
    const both = await bulk('dispatcher', 'toDispatch', {
      action: 'urge',
      ticketIds: [1],
      filter: {},
      params: {},
    });
    expect(both.statusCode).toBe(400);
  });

  it('assigns revisits to a reviewer, who finds them under assignee=me', async () => {
    const assign = (userId: number) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/queues/toRevisit/bulk',
        headers: ctx.auth('reviewer'),
        payload: { action: 'assignRevisit', filter: {}, params: { assigneeUserId: userId } },
      });
    const notReviewer = await assign(ctx.actors.dispatcher!.userId!);
    expect(notReviewer.statusCode).toBe(400);
    expect(notReviewer.json().error.code).toBe('REVISIT_ASSIGNEE_INVALID');
    expect((await assign(ctx.actors.reviewer!.userId!)).json().succeeded).toEqual([t.revisit]);
    const mine = await page('reviewer', 'toRevisit', '&assignee=me');
    expect(mine.items.map((i) => i.id)).toEqual([t.revisit]);
    expect(mine.items[0]!.revisitAssignee).toEqual({ userId: ctx.actors.reviewer!.userId, name: 'reviewer' });
    expect(await idsOf('reviewer', 'toRevisit', '&assignee=unassigned')).toEqual([]);
    const selection = await ctx.app.inject({
      method: 'POST',
      url: '/api/queues/toRevisit/bulk',
      headers: ctx.auth('reviewer'),
      payload: {
        action: 'assignRevisit',
        ticketIds: [t.review],
        params: { assigneeUserId: ctx.actors.reviewer!.userId },
      },
    });
    expect(selection.json().failed[0].code).toBe('REVISIT_NOT_PENDING');
    expect((await call('reviewer', '/api/queues/toReview?assignee=me')).statusCode).toBe(400);
  });
});
