import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/context.ts';
import { makeTicket } from '../../../test/tickets.ts';

const ORDER = {
  line: '110',
  orderNumber: 'JJ20230301-0007',
  appealType: 'complaint',
  category: '城乡建设/供暖/室温不达标',
  title: '110转来：小区室温不达标',
  content: '市民拨打110反映幸福小区室温只有14度。',
  callerName: '李建国',
  callerPhone: '13900001111',
  address: '东区幸福小区5号楼',
  urgency: 'urgent',
};

describe('lines: incoming orders and transfers out', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx.close());

  const post = (url: string, user: string, payload: object) =>
    ctx.app.inject({ method: 'POST', url, headers: ctx.auth(user), payload });
  const get = (url: string, user: string) => ctx.app.inject({ method: 'GET', url, headers: ctx.auth(user) });

  it('registers a 110 order once, on channel line110, and answers the same ticket again', async () => {
    const first = await post('/api/lines/orders', 'agent', ORDER);
    expect(first.statusCode, first.body).toBe(201);
    const created = first.json();
    expect(created).toMatchObject({
      line: '110',
      orderNumber: ORDER.orderNumber,
      created: true,
      state: 'registered',
    });

    const again = await post('/api/lines/orders', 'dispatcher', { ...ORDER, title: '重复推送' });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ ticketId: created.ticketId, created: false });

    const ticket = await ctx.services.ticketQueries.getTicket(ctx.actors.admin!, created.ticketId);
    expect(ticket.channel).toBe('line110');
    expect(ticket.urgency).toBe('urgent');

    const other = await post('/api/lines/orders', 'agent', { ...ORDER, line: '122', orderNumber: 'X-1' });
    expect(other.statusCode).toBe(201);
    const otherTicket = await ctx.services.ticketQueries.getTicket(ctx.actors.admin!, other.json().ticketId);
    expect(otherTicket.channel).toBe('other');
  });

  it('lets the line read back the state and the 办理结果', async () => {
    const { ticketId } = (await get(`/api/lines/orders/110/${ORDER.orderNumber}`, 'agent')).json();
    const admin = ctx.actors.admin!;
    const version = async () => (await ctx.services.ticketQueries.getTicket(admin, ticketId)).version;
    const answered = await post(`/api/tickets/${ticketId}/directAnswer`, 'agent', {
      version: await version(),
      answer: '已联系供暖公司，今日内恢复供暖。',
    });
    expect(answered.statusCode, answered.body).toBe(200);
    const view = await get(`/api/lines/orders/110/${ORDER.orderNumber}`, 'agent');
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json()).toMatchObject({ state: 'answered', answer: '已联系供暖公司，今日内恢复供暖。' });

    expect((await get('/api/lines/orders/110/NOPE', 'agent')).statusCode).toBe(404);
    expect((await get(`/api/lines/orders/110/${ORDER.orderNumber}`, 'D1')).statusCode).toBe(403);
  });

  it('refuses a bad order naming the field, and writes nothing', async () => {
    const response = await post('/api/lines/orders', 'agent', {
      ...ORDER,
      orderNumber: 'BAD-1',
      line: '999',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('line');
    expect((await get('/api/lines/orders?line=110', 'agent')).json().total).toBe(1);
    expect((await post('/api/lines/orders', 'reviewer', ORDER)).statusCode).toBe(403);
  });

  it('records a transfer when a ticket is put through, and its outcome later', async () => {
    await makeTicket(ctx, 'transferred');
    const id = await makeTicket(ctx, 'registered');
    const ticket = await ctx.services.ticketQueries.getTicket(ctx.actors.admin!, id);
    const transfer = await post(`/api/tickets/${id}/transfer`, 'agent', {
      version: ticket.version,
      target: '119',
    });
    expect(transfer.statusCode, transfer.body).toBe(200);

    const list = await get('/api/lines/transfers?line=119', 'supervisor');
    expect(list.statusCode, list.body).toBe(200);
    const [record] = list.json().items;
    expect(list.json().total).toBe(1);
    expect(record).toMatchObject({ ticketId: id, ticketNumber: ticket.number, line: '119', outcome: null });
    expect((await get('/api/lines/transfers?outcome=pending', 'agent')).json().total).toBe(2);

    const outcome = await post(`/api/lines/transfers/${record.id}/outcome`, 'agent', {
      outcome: 'accepted',
      note: '119 已派出',
      otherOrderNumber: 'F-88',
    });
    expect(outcome.statusCode, outcome.body).toBe(200);
    expect(outcome.json()).toMatchObject({
      outcome: 'accepted',
      otherOrderNumber: 'F-88',
      outcomeNote: '119 已派出',
    });
    expect((await get('/api/lines/transfers?outcome=accepted', 'agent')).json().items[0].id).toBe(record.id);
    expect(
      (await post('/api/lines/transfers/9999/outcome', 'agent', { outcome: 'returned' })).statusCode,
    ).toBe(404);
    const bad = await post(`/api/lines/transfers/${record.id}/outcome`, 'agent', { outcome: 'lost' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('outcome');
  });

  it('counts both directions: the channel mix and the lines figures', async () => {
    const range = 'from=2023-03-01%2000:00:00&to=2023-03-02%2000:00:00';
    const figures = await get(`/api/lines/figures?${range}`, 'leader');
    expect(figures.statusCode, figures.body).toBe(200);
    expect(figures.json().ordersIn).toEqual([
      { line: '110', total: 1 },
      { line: '122', total: 1 },
    ]);
    expect(figures.json().transfersOut).toEqual([
      { line: '110', total: 1, pending: 1, accepted: 0, returned: 0, completed: 0 },
      { line: '119', total: 1, pending: 0, accepted: 1, returned: 0, completed: 0 },
    ]);

    const dashboard = await get('/api/dashboard?from=2023-03-01&to=2023-03-01', 'leader');
    expect(dashboard.statusCode, dashboard.body).toBe(200);
    expect(dashboard.json().lines).toEqual(figures.json());
    const channels = await get('/api/dashboard/channels?from=2023-03-01&to=2023-03-01', 'leader');
    expect(channels.statusCode, channels.body).toBe(200);
    const mix = channels.json().channels as { key: string; count: number }[];
    expect(mix.map((item) => item.key)).toContain('line110');

    const bulletin = await get('/api/bulletin?from=2023-03-01&to=2023-03-01', 'supervisor');
    expect(bulletin.statusCode, bulletin.body).toBe(200);
    expect(bulletin.json().lines).toEqual(figures.json());
  });
});
