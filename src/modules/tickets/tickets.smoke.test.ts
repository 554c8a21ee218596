import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/context.ts';
import { BASE_INTAKE, makeTicket } from '../../../test/tickets.ts';

describe('ticket loop over HTTP', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx.close());

  it('runs intake → dispatch → acknowledge → feedback → review → revisit → archive', async () => {
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/tickets',
      headers: ctx.auth('agent'),
      payload: BASE_INTAKE,
    });
    expect(created.statusCode).toBe(201);
    const ticket = created.json();
    expect(ticket.state).toBe('registered');
    expect(ticket.number).toMatch(/^20230301\d{8}$/);
    const steps: [string, string, object][] = [
      ['agent', 'requestDispatch', {}],
      ['dispatcher', 'dispatch', { leadUnitCode: 'D1', supportUnitCodes: ['M1'] }],
      ['D1', 'acknowledge', {}],
      ['D1', 'submitFeedback', { content: '已处理' }],
      ['reviewer', 'review', { accept: true }],
      ['reviewer', 'revisit', { reached: true, satisfaction: 'basic', solved: 'solved' }],
      ['reviewer', 'archive', {}],
    ];
    let version = ticket.version;
    for (const [user, command, body] of steps) {
      const response = await ctx.app.inject({
        method: 'POST',
        url: `/api/tickets/${ticket.id}/${command}`,
        headers: ctx.auth(user),
        payload: { version, ...body },
      });
      expect(response.statusCode, `${command}: ${response.body}`).toBe(200);
      version = response.json().version;
    }
    const final = (
      await ctx.app.inject({ url: `/api/tickets/${ticket.id}`, headers: ctx.auth('admin') })
    ).json();
    expect(final.state).toBe('archived');
    expect(final.revisit.satisfaction).toBe('basic');
    expect(final.events.map((e: { type: string }) => e.type)).toEqual([
      'registered',
      'dispatchRequested',
      'dispatched',
      'acknowledged',
      'feedbackSubmitted',
      'feedbackAccepted',
      'revisited',
      'completed',
      'archived',
    ]);
    expect(final.assignments).toHaveLength(2);
  });

  it('builds tickets in any state through the factory', async () => {
    const id = await makeTicket(ctx, 'completed');
    const detail = await ctx.services.ticketQueries.getTicket(ctx.actors.admin!, id);
    expect(detail.state).toBe('completed');
  });

  it('finds a caller’s tickets by phone for those who see callers, and never by phone for a unit', async () => {
    const id = await makeTicket(ctx, 'dispatched', { callerPhone: '13900001111' });
    const list = async (user: string, q: string) =>
      (
        await ctx.app.inject({ url: `/api/tickets?q=${encodeURIComponent(q)}`, headers: ctx.auth(user) })
      ).json();
    expect((await list('agent', '139 0000 1111')).items.map((t: { id: number }) => t.id)).toEqual([id]);
    expect((await list('D1', '13900001111')).total).toBe(0);
    expect((await list('admin', '13900001111')).total).toBe(0);
  });
});
