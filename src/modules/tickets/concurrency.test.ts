import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/context.ts';
import { BASE_INTAKE, makeTicket } from '../../../test/tickets.ts';

describe('concurrent commands and retried intake', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx.close());

  it('two dispatchers racing on one ticket: exactly one wins, the other gets 409', async () => {
    for (let round = 0; round < 10; round += 1) {
      const id = await makeTicket(ctx, 'pendingDispatch');
      const { version } = await ctx.services.ticketQueries.getTicket(ctx.actors.admin!, id);
      const [first, second] = await Promise.all(
        (['dispatcher', 'dispatcher2'] as const).map((user, index) =>
          ctx.app.inject({
            method: 'POST',
            url: `/api/tickets/${id}/dispatch`,
            headers: ctx.auth(user),
            payload: { version, leadUnitCode: index === 0 ? 'D1' : 'D2' },
          }),
        ),
      );
      const statuses = [first!.statusCode, second!.statusCode].sort();
      expect(statuses).toEqual([200, 409]);
      const loser = first!.statusCode === 409 ? first! : second!;
      expect(loser.json().error.code).toBe('VERSION_CONFLICT');
      const detail = await ctx.services.ticketQueries.getTicket(ctx.actors.admin!, id);
      expect(detail.assignments).toHaveLength(1);
      expect(detail.events.filter((e) => e.type === 'dispatched')).toHaveLength(1);
    }
  });

  it('a stale version is refused with 409 and changes nothing', async () => {
    const id = await makeTicket(ctx, 'dispatched');
    const stale = await ctx.app.inject({
      method: 'POST',
      url: `/api/tickets/${id}/urge`,
      headers: ctx.auth('supervisor'),
      payload: { version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'VERSION_CONFLICT', details: { expectedVersion: 1 } });
  });

  it('a retried intake with the same idempotency key creates one ticket', async () => {
    const headers = { ...ctx.auth('agent'), 'idempotency-key': 'call-20230301-0001' };
    const payload = { ...BASE_INTAKE, title: '重复提交测试' };
    const first = await ctx.app.inject({ method: 'POST', url: '/api/tickets', headers, payload });
    const again = await ctx.app.inject({ method: 'POST', url: '/api/tickets', headers, payload });
    const racing = await Promise.all(
      [1, 2, 3].map(() =>
        ctx.app.inject({
          method: 'POST',
          url: '/api/tickets',
          headers: { ...headers, 'idempotency-key': 'race-key' },
          payload,
        }),
      ),
    );
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(first.json().id);
    expect(new Set(racing.map((r) => r.json().id)).size).toBe(1);
    expect(racing.map((r) => r.statusCode).sort()).toEqual([200, 200, 201]);
    const list = await ctx.services.ticketQueries.listTickets(ctx.actors.admin!, {
      page: 1,
      pageSize: 50,
      q: '重复提交测试',
    });
    expect(list.total).toBe(2);
  });

  it('an intake that fails validation half-way writes nothing', async () => {
    const before = await ctx.services.ticketQueries.listTickets(ctx.actors.admin!, { page: 1, pageSize: 1 });
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/tickets',
      headers: ctx.auth('agent'),
      payload: { ...BASE_INTAKE, districtCode: 'NOPE' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.field).toBe('districtCode');
    const after = await ctx.services.ticketQueries.listTickets(ctx.actors.admin!, { page: 1, pageSize: 1 });
    expect(after.total).toBe(before.total);
  });
});
