import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/context.ts';
import { makeTicket } from '../../../test/tickets.ts';
import { ALLOWED } from '../../domain/lifecycle/lifecycle.table.fixture.ts';
import { TICKET_STATES } from '../../domain/lifecycle/index.ts';

// The lifecycle table again, this time through HTTP, the service and the database: every command from every
// state, by the role that would issue it. Refused commands must leave the ticket exactly as it was.
const REQUESTS: Record<string, { user: string; body: object }> = {
  directAnswer: { user: 'agent', body: { answer: '答复内容' } },
  reject: { user: 'agent', body: { reason: '理由' } },
  transfer: { user: 'agent', body: { target: '119' } },
  merge: { user: 'dispatcher', body: {} }, // intoTicketId filled per case
  requestDispatch: { user: 'agent', body: {} },
  dispatch: { user: 'dispatcher', body: { leadUnitCode: 'D2' } },
  acknowledge: { user: 'D1', body: {} },
  requestSendBack: { user: 'D1', body: { reason: '不属于本单位职责' } },
  requestExtension: { user: 'D1', body: { reason: '需要现场勘查', requestedDue: '2023-06-30 17:00:00' } },
  subDispatch: { user: 'D1', body: { childUnitCode: 'D1-G1' } },
  submitFeedback: { user: 'D1', body: { content: '已处理' } },
  review: { user: 'reviewer', body: { accept: true } },
  revisit: { user: 'reviewer', body: { reached: true, satisfaction: 'basic', solved: 'solved' } },
  complete: { user: 'reviewer', body: { note: '市民拒绝回访' } },
  reopen: { user: 'reviewer', body: { to: 'dispatch', reason: '市民不满意' } },
  urge: { user: 'supervisor', body: {} },
  supervise: { user: 'supervisor', body: { note: '列入督办' } },
  archive: { user: 'reviewer', body: {} },
};

const cases = Object.keys(REQUESTS).flatMap((command) =>
  TICKET_STATES.map((from) => ({
    command,
    from,
    to: ALLOWED.find(([c, s]) => c === command && s === from)?.[2] ?? null,
  })),
);

describe('every transition through the API', () => {
  let ctx: TestContext;
  let openTarget: number;
  beforeAll(async () => {
    ctx = await createTestContext();
    openTarget = await makeTicket(ctx, 'pendingDispatch');
  });
  afterAll(async () => ctx.close());

  it.each(cases)('$command from $from', async ({ command, from, to }) => {
    const id = await makeTicket(ctx, from);
    const before = await ctx.services.ticketQueries.getTicket(ctx.actors.admin!, id);
    const { user, body } = REQUESTS[command]!;
    const response = await ctx.app.inject({
      method: 'POST',
      url: `/api/tickets/${id}/${command}`,
      headers: ctx.auth(user),
      payload: {
        version: before.version,
        ...body,
        ...(command === 'merge' ? { intoTicketId: openTarget } : {}),
      },
    });
    const after = await ctx.services.ticketQueries.getTicket(ctx.actors.admin!, id);
    if (to) {
      expect(response.statusCode, response.body).toBe(200);
      expect(after.state).toBe(to);
      expect(after.events.length).toBeGreaterThan(before.events.length);
    } else {
      expect([403, 409], response.body).toContain(response.statusCode);
      expect(response.json().error.code).toMatch(
        /INVALID_TRANSITION|TICKET_OUT_OF_SCOPE|ASSIGNMENT_NOT_OPEN|ASSIGNMENT_NOT_FOUND/,
      );
      expect(after.version).toBe(before.version);
      expect(after.events).toHaveLength(before.events.length);
    }
  });
});
