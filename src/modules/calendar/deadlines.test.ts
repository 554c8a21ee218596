import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/context.ts';
import { makeTicket } from '../../../test/tickets.ts';
import { formatLocalTime, parseLocalTime } from '../../domain/time.ts';

describe('working-day deadlines on the stored calendar', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext('2023-01-19 10:00:00');
  });
  afterAll(async () => ctx.close());

  const compute = (from: string, limit: string, extra = '') =>
    ctx.app.inject({
      url: `/api/deadlines/compute?from=${encodeURIComponent(from)}&limit=${limit}${extra}`,
      headers: ctx.auth('agent'),
    });

  it('counts across the 2023 Spring Festival and National Day make-up weekends', async () => {
    expect((await compute('2023-01-19 10:00', '5wd')).json().dueLocal).toBe('2023-01-31 23:59:59');
    expect((await compute('2023-09-27 10:00', '3wd')).json().dueLocal).toBe('2023-10-08 23:59:59');
    expect((await compute('2023-01-19 10:00', '24h')).json().dueLocal).toBe('2023-01-20 10:00:00');
    expect((await compute('2023-01-19 10:00', '5wd', '&start=sameDay')).json().dueLocal).toBe(
      '2023-01-30 23:59:59',
    );
    expect((await compute('2023-01-19 17:30', '1wd', '&cutoff=17:00')).json().dueLocal).toBe(
      '2023-01-28 23:59:59',
    );
  });

  it('a dispatched ticket stores its deadlines and their history', async () => {
    const id = await makeTicket(ctx, 'dispatched', { appealType: 'complaint' });
    const ticket = await ctx.services.ticketQueries.getTicket(ctx.actors.admin!, id);
    const lead = ticket.assignments.find((a) => a.role === 'lead')!;
    // Default policy: 24 h to acknowledge, 5 working days to report back, 7 to complete.
    expect(formatLocalTime(new Date(lead.acknowledgeDue!))).toBe('2023-01-20 10:00:00');
    expect(formatLocalTime(new Date(lead.feedbackDue!))).toBe('2023-01-31 23:59:59');
    expect(formatLocalTime(new Date(lead.completionDue!))).toBe('2023-02-02 23:59:59');
    expect(ticket.deadlineHistory.filter((d) => d.unitCode === 'D1').map((d) => d.kind)).toEqual([
      'acknowledge',
      'feedback',
      'completion',
    ]);
  });

  it('an extension moves the deadline and the history keeps both', async () => {
    const id = await makeTicket(ctx, 'inProgress');
    let ticket = await ctx.services.ticketQueries.getTicket(ctx.actors.admin!, id);
    const request = await ctx.app.inject({
      method: 'POST',
      url: `/api/tickets/${id}/requestExtension`,
      headers: ctx.auth('D1'),
      payload: { version: ticket.version, reason: '需协调多个部门', requestedDue: '2023-02-10 17:00:00' },
    });
    expect(request.statusCode, request.body).toBe(200);
    const ruling = await ctx.app.inject({
      method: 'POST',
      url: `/api/tickets/${id}/ruleExtension`,
      headers: ctx.auth('dispatcher'),
      payload: { version: request.json().version, approve: true },
    });
    expect(ruling.statusCode, ruling.body).toBe(200);
    ticket = ruling.json();
    const change = ticket.deadlineHistory.find((d) => d.reason === 'extension' && d.kind === 'feedback')!;
    expect(formatLocalTime(new Date(change.previousDueAt!))).toBe('2023-01-31 23:59:59');
    expect(formatLocalTime(new Date(change.dueAt!))).toBe('2023-02-10 17:00:00');
  });

  it('yellow and red cards list and filter', async () => {
    ctx.clock.set(parseLocalTime('2023-02-01 09:00:00'));
    const fresh = await makeTicket(ctx, 'inProgress', { title: '新派单' }); // due 2023-02-08 23:59:59
    ctx.clock.set(parseLocalTime('2023-02-08 09:00:00'));
    const yellow = (
      await ctx.app.inject({ url: '/api/tickets?flag=yellow&pageSize=200', headers: ctx.auth('dispatcher') })
    ).json();
    expect(yellow.items.map((t: { id: number }) => t.id)).toContain(fresh);
    expect(yellow.items.every((t: { flag: string }) => t.flag === 'yellow')).toBe(true);
    ctx.clock.set(parseLocalTime('2023-02-09 09:00:00'));
    const red = (
      await ctx.app.inject({ url: '/api/tickets?flag=red&pageSize=200', headers: ctx.auth('dispatcher') })
    ).json();
    expect(red.items.map((t: { id: number }) => t.id)).toContain(fresh);
    expect(red.items.every((t: { flag: string }) => t.flag === 'red')).toBe(true);
  });

  it('admins edit the calendar through the API, and deadlines follow', async () => {
    // A hypothetical extra holiday on Friday 2023-03-03 pushes a 1-working-day limit to Monday.
    expect((await compute('2023-03-02 10:00', '1wd')).json().dueLocal).toBe('2023-03-03 23:59:59');
    const denied = await ctx.app.inject({
      method: 'PUT',
      url: '/api/calendar/days/2023-03-03',
      headers: ctx.auth('agent'),
      payload: { kind: 'holiday', name: '测试假日' },
    });
    expect(denied.statusCode).toBe(403);
    const set = await ctx.app.inject({
      method: 'PUT',
      url: '/api/calendar/days/2023-03-03',
      headers: ctx.auth('admin'),
      payload: { kind: 'holiday', name: '测试假日' },
    });
    expect(set.statusCode).toBe(200);
    expect((await compute('2023-03-02 10:00', '1wd')).json().dueLocal).toBe('2023-03-06 23:59:59');
    const days = (
      await ctx.app.inject({
        url: '/api/calendar/days?from=2023-01-01&to=2023-12-31',
        headers: ctx.auth('agent'),
      })
    ).json();
    expect(days).toEqual(expect.arrayContaining([{ date: '2023-01-28', kind: 'workday', name: '春节' }]));
    await ctx.app.inject({
      method: 'DELETE',
      url: '/api/calendar/days/2023-03-03',
      headers: ctx.auth('admin'),
    });
    expect((await compute('2023-03-02 10:00', '1wd')).json().dueLocal).toBe('2023-03-03 23:59:59');
  });

  it('deadline policies are editable, and the most specific one applies', async () => {
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/deadline-policies',
      headers: ctx.auth('admin'),
      payload: {
        categoryCode: '010100',
        acknowledgeLimit: '2h',
        feedbackLimit: '1wd',
        completionLimit: '3wd',
        note: '供暖季',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    ctx.clock.set(parseLocalTime('2023-03-01 09:00:00'));
    const id = await makeTicket(ctx, 'dispatched');
    const lead = (await ctx.services.ticketQueries.getTicket(ctx.actors.admin!, id)).assignments[0]!;
    expect(formatLocalTime(new Date(lead.acknowledgeDue!))).toBe('2023-03-01 11:00:00');
    expect(formatLocalTime(new Date(lead.feedbackDue!))).toBe('2023-03-02 23:59:59');
    const bad = await ctx.app.inject({
      method: 'PUT',
      url: `/api/deadline-policies/${created.json().id}`,
      headers: ctx.auth('admin'),
      payload: { acknowledgeLimit: '5 days', feedbackLimit: '1wd', completionLimit: '3wd' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.field).toBe('acknowledgeLimit');
    expect(bad.json().error.message).toMatch(/^签收时限：无法识别的办理时限/);
    // A policy for 供暖 (010100) covers 供暖收费 below it, never a neighbouring category.
    const fee = await makeTicket(ctx, 'dispatched', { category: '010103' });
    const feeLead = (await ctx.services.ticketQueries.getTicket(ctx.actors.admin!, fee)).assignments[0]!;
    expect(formatLocalTime(new Date(feeLead.acknowledgeDue!))).toBe('2023-03-01 11:00:00');
    const property = await makeTicket(ctx, 'dispatched', { category: '城乡建设/物业管理/物业服务质量' });
    const propertyLead = (await ctx.services.ticketQueries.getTicket(ctx.actors.admin!, property))
      .assignments[0]!;
    expect(formatLocalTime(new Date(propertyLead.acknowledgeDue!))).toBe('2023-03-02 09:00:00');
    const refused = await ctx.app.inject({
      method: 'POST',
      url: '/api/deadline-policies',
      headers: ctx.auth('admin'),
      payload: {
        categoryCode: '城乡建设/供暖',
        acknowledgeLimit: '2h',
        feedbackLimit: '1wd',
        completionLimit: '3wd',
      },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details.fields[0].field).toBe('categoryCode');
  });

  it('counts 特急 tickets in hours on the 7×24 clock: 1 h to sign, 24 h to report, 72 h to finish', async () => {
    ctx.clock.set(parseLocalTime('2023-01-21 22:30:00')); // 除夕, a public holiday
    const id = await makeTicket(ctx, 'dispatched', { urgency: 'critical' });
    const lead = (await ctx.services.ticketQueries.getTicket(ctx.actors.admin!, id)).assignments[0]!;
    expect(formatLocalTime(new Date(lead.acknowledgeDue!))).toBe('2023-01-21 23:30:00');
    expect(formatLocalTime(new Date(lead.feedbackDue!))).toBe('2023-01-22 22:30:00');
    expect(formatLocalTime(new Date(lead.completionDue!))).toBe('2023-01-24 22:30:00');
    const urgent = await makeTicket(ctx, 'dispatched', { urgency: 'urgent' });
    const urgentLead = (await ctx.services.ticketQueries.getTicket(ctx.actors.admin!, urgent))
      .assignments[0]!;
    expect(formatLocalTime(new Date(urgentLead.acknowledgeDue!))).toBe('2023-01-22 00:30:00');
  });
});

describe('hotline deadline (CLI)', () => {
  it('prints the deadline under the default counting rule', () => {
    const run = (...args: string[]) =>
      execFileSync('node', ['bin/hotline.mjs', 'deadline', ...args, '--db', ':memory:'], {
        encoding: 'utf8',
      }).trim();
    expect(run('--from', '2023-01-19 10:00', '--limit', '5wd')).toBe('2023-01-31 23:59:59 (星期二)');
    expect(run('--from', '2023-09-27 10:00', '--limit', '3wd')).toBe('2023-10-08 23:59:59 (星期日)');
    expect(run('--from', '2023-01-19 10:00', '--limit', '24h')).toBe('2023-01-20 10:00:00 (星期五)');
  });
});
