import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/context.ts';
import { makeTicket } from '../../../test/tickets.ts';
import { TICKET_STATES, type TicketCommand } from '../../domain/lifecycle/index.ts';
import { createTicketsRepository } from './tickets.repository.ts';
import { replayTicket } from './ticket-replay.ts';

describe('the event log rebuilds every ticket exactly', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx.close());

  async function expectReplayMatches(id: number) {
    const repository = createTicketsRepository(ctx.handle.db);
    const stored = (await repository.loadTicket(id))!.ticket;
    const replayed = replayTicket(id, await repository.listEvents(id));
    // The row keeps the revisit without its free-text note; compare everything else.
    const withoutNote = (t: typeof stored) => ({
      ...t,
      revisit: t.revisit ? { ...t.revisit, note: null } : null,
    });
    expect(withoutNote(replayed)).toEqual(withoutNote(stored));
  }

  it.each(TICKET_STATES)('a ticket in state %s', async (state) => {
    await expectReplayMatches(await makeTicket(ctx, state));
  });

  it('a ticket handed down two levels', async () => {
    const id = await makeTicket(ctx, 'inProgress');
    const steps: [string, TicketCommand][] = [
      ['D1', { type: 'subDispatch', unitCode: 'D1', childUnitCode: 'D1-G2', note: null }],
      ['D1-G2', { type: 'acknowledge', unitCode: 'D1-G2' }],
      ['D1-G2', { type: 'subDispatch', unitCode: 'D1-G2', childUnitCode: 'D1-G2-S1', note: null }],
      ['D1-G2-S1', { type: 'acknowledge', unitCode: 'D1-G2-S1' }],
      ['D1-G2-S1', { type: 'submitFeedback', unitCode: 'D1-G2-S1', content: '社区已处理' }],
      ['D1-G2', { type: 'submitFeedback', unitCode: 'D1-G2', content: '街道已处理' }],
    ];
    for (const [user, command] of steps)
      await ctx.services.tickets.execute(ctx.actors[user]!, id, null, command);
    await expectReplayMatches(id);
  });

  it('a ticket sent back, re-dispatched, extended, urged, returned, reopened and completed', async () => {
    const id = await makeTicket(ctx, 'inProgress');
    const steps: [string, TicketCommand][] = [
      ['D1', { type: 'requestSendBack', unitCode: 'D1', reason: '非本单位职责' }],
      ['dispatcher', { type: 'ruleSendBack', approve: true, note: null }],
      ['dispatcher', { type: 'dispatch', leadUnitCode: 'D2', supportUnitCodes: ['M1'], note: null }],
      ['D2', { type: 'acknowledge', unitCode: 'D2' }],
      [
        'D2',
        {
          type: 'requestExtension',
          unitCode: 'D2',
          reason: '需勘查',
          requestedDue: new Date('2023-04-30T09:00:00Z'),
        },
      ],
      ['dispatcher', { type: 'ruleExtension', approve: true, due: null, note: null }],
      ['supervisor', { type: 'urge', note: '请加快办理' }],
      ['supervisor', { type: 'supervise', note: '列入督办' }],
      ['D2', { type: 'submitFeedback', unitCode: 'D2', content: '已处理' }],
      ['reviewer', { type: 'review', accept: false, note: '请补充' }],
      ['D2', { type: 'submitFeedback', unitCode: 'D2', content: '已补充' }],
      ['reviewer', { type: 'review', accept: true, note: null }],
      [
        'reviewer',
        { type: 'revisit', reached: true, satisfaction: 'dissatisfied', solved: 'unsolved', note: null },
      ],
      ['reviewer', { type: 'reopen', to: 'sameUnit', reason: '不满意' }],
      ['D2', { type: 'submitFeedback', unitCode: 'D2', content: '再次处理' }],
      ['reviewer', { type: 'review', accept: true, note: null }],
      ['reviewer', { type: 'revisit', reached: true, satisfaction: 'basic', solved: 'partly', note: null }],
    ];
    for (const [user, command] of steps) {
      ctx.clock.advance(3_600_000);
      await ctx.services.tickets.execute(ctx.actors[user]!, id, null, command);
    }
    const detail = await ctx.services.ticketQueries.getTicket(ctx.actors.admin!, id);
    expect(detail.state).toBe('completed');
    expect(detail.round).toBe(3);
    await expectReplayMatches(id);
  });
});
