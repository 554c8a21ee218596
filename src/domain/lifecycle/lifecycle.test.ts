import { describe, expect, it } from 'vitest';
import type { TicketCommand } from './commands.ts';
import { decide } from './decide.ts';
import { context, run, T0, ticketIn } from './lifecycle.fixtures.ts';
import { ALLOWED } from './lifecycle.table.fixture.ts';
import { TICKET_STATES } from './states.ts';
import { leadAssignment } from './ticket.ts';

// A sample of each command, issued by the lead unit D1 where a unit acts.
const COMMANDS: Record<string, TicketCommand> = {
  directAnswer: { type: 'directAnswer', answer: '答复内容' },
  reject: { type: 'reject', reason: '理由' },
  transfer: { type: 'transfer', target: '119', note: null },
  merge: { type: 'merge', intoTicketId: 2 },
  requestDispatch: { type: 'requestDispatch', note: null },
  dispatch: { type: 'dispatch', leadUnitCode: 'D2', supportUnitCodes: [], note: null },
  acknowledge: { type: 'acknowledge', unitCode: 'D1' },
  requestSendBack: { type: 'requestSendBack', unitCode: 'D1', reason: '不属于本单位职责' },
  requestExtension: {
    type: 'requestExtension',
    unitCode: 'D1',
    reason: '需要现场勘查',
    requestedDue: new Date(T0.getTime() + 30 * 24 * 3600_000),
  },
  subDispatch: { type: 'subDispatch', unitCode: 'D1', childUnitCode: 'D1-G1', note: null },
  submitFeedback: { type: 'submitFeedback', unitCode: 'D1', content: '已处理' },
  review: { type: 'review', accept: true, note: null },
  revisit: { type: 'revisit', reached: true, satisfaction: 'basic', solved: 'solved', note: null },
  complete: { type: 'complete', note: '市民拒绝回访' },
  reopen: { type: 'reopen', to: 'dispatch', reason: '市民不满意' },
  urge: { type: 'urge', note: null },
  supervise: { type: 'supervise', note: '列入督办' },
  archive: { type: 'archive' },
};

const cases = Object.keys(COMMANDS).flatMap((command) =>
  TICKET_STATES.map((from) => {
    const allowed = ALLOWED.find(([c, s]) => c === command && s === from);
    return { command, from, to: allowed?.[2] ?? null };
  }),
);

describe('lifecycle transitions (every command from every state)', () => {
  it.each(cases.filter((c) => c.to))('$command from $from → $to', ({ command, from, to }) => {
    const ticket = ticketIn(from);
    const after = run(ticket, COMMANDS[command]!);
    expect(after.state).toBe(to);
    expect(after.version).toBeGreaterThan(ticket.version);
  });

  it.each(cases.filter((c) => !c.to))('$command from $from is refused', ({ command, from }) => {
    const decision = decide(ticketIn(from), COMMANDS[command]!, context());
    expect(decision.ok).toBe(false);
    if (!decision.ok) {
      expect(['INVALID_TRANSITION', 'ASSIGNMENT_NOT_OPEN', 'ASSIGNMENT_NOT_FOUND']).toContain(
        decision.error.code,
      );
    }
  });
});

describe('lifecycle rules beyond the state table', () => {
  it('an approved send-back ends the round and returns the ticket to dispatch', () => {
    const requested = run(ticketIn('inProgress'), COMMANDS.requestSendBack!);
    const approved = run(requested, { type: 'ruleSendBack', approve: true, note: null });
    expect(approved.state).toBe('pendingDispatch');
    expect(approved.assignments.every((a) => a.state === 'sentBack')).toBe(true);
    const redispatched = run(approved, COMMANDS.dispatch!);
    expect(redispatched.round).toBe(2);
    expect(leadAssignment(redispatched)?.unitCode).toBe('D2');
  });

  it('a denied send-back leaves the unit on the ticket', () => {
    const requested = run(ticketIn('dispatched'), COMMANDS.requestSendBack!);
    const denied = run(requested, { type: 'ruleSendBack', approve: false, note: '属于职责范围' });
    expect(denied.state).toBe('dispatched');
    expect(leadAssignment(denied)?.sendBackRequest).toBeNull();
  });

  it('a ruling needs a pending request', () => {
    const decision = decide(
      ticketIn('inProgress'),
      { type: 'ruleSendBack', approve: true, note: null },
      context(),
    );
    expect(decision.ok || decision.error.code).toBe('NO_SEND_BACK_PENDING');
    const extension = decide(
      ticketIn('inProgress'),
      { type: 'ruleExtension', approve: true, due: null, note: null },
      context(),
    );
    expect(extension.ok || extension.error.code).toBe('NO_EXTENSION_PENDING');
  });

  it('an approved extension moves feedback and completion deadlines by the same amount', () => {
    const ticket = ticketIn('inProgress');
    const before = leadAssignment(ticket)!;
    const requested = run(ticket, COMMANDS.requestExtension!);
    const approved = run(requested, { type: 'ruleExtension', approve: true, due: null, note: null });
    const after = leadAssignment(approved)!;
    const shift = after.feedbackDue!.getTime() - before.feedbackDue!.getTime();
    expect(shift).toBeGreaterThan(0);
    expect(after.completionDue!.getTime() - before.completionDue!.getTime()).toBe(shift);
    expect(after.extensionCount).toBe(1);
  });

  it('an extension must ask for a later deadline', () => {
    const early = { ...COMMANDS.requestExtension!, requestedDue: T0 } as TicketCommand;
    const decision = decide(ticketIn('inProgress'), early, context());
    expect(decision.ok || decision.error.code).toBe('EXTENSION_NOT_LATER');
  });

  it('only the lead unit may ask to send back; support units acknowledge without moving the ticket', () => {
    const ticket = ticketIn('dispatched');
    const support = decide(
      ticket,
      { type: 'requestSendBack', unitCode: 'M1', reason: '非本单位' },
      context(),
    );
    expect(support.ok || support.error.code).toBe('NOT_LEAD_UNIT');
    expect(run(ticket, { type: 'acknowledge', unitCode: 'M1' }).state).toBe('dispatched');
  });

  it('sub-dispatch goes only below the unit, and a child never gets more time than its parent', () => {
    const ticket = ticketIn('inProgress');
    const outside = decide(
      ticket,
      { type: 'subDispatch', unitCode: 'D1', childUnitCode: 'D2-G1', note: null },
      context(),
    );
    expect(outside.ok || outside.error.code).toBe('UNIT_NOT_BELOW');
    const later = context({ now: new Date(T0.getTime() + 3 * 24 * 3600_000) });
    const sub = run(ticket, COMMANDS.subDispatch!, later);
    const child = sub.assignments.find((a) => a.unitCode === 'D1-G1')!;
    expect(child.parentUnitCode).toBe('D1');
    expect(child.feedbackDue!.getTime()).toBe(leadAssignment(ticket)!.feedbackDue!.getTime());
    const childAck = run(sub, { type: 'acknowledge', unitCode: 'D1-G1' });
    expect(run(childAck, { type: 'submitFeedback', unitCode: 'D1-G1', content: '社区已处理' }).state).toBe(
      'inProgress',
    );
  });

  it('review may return feedback for rework', () => {
    const returned = run(ticketIn('feedbackSubmitted'), {
      type: 'review',
      accept: false,
      note: '答复不完整',
    });
    expect(returned.state).toBe('inProgress');
    expect(leadAssignment(returned)?.state).toBe('inProgress');
  });

  it('a revisit that did not reach the caller cannot carry a rating', () => {
    const decision = decide(
      ticketIn('pendingRevisit'),
      { type: 'revisit', reached: false, satisfaction: 'satisfied', solved: null, note: null },
      context(),
    );
    expect(decision.ok || decision.error.code).toBe('SATISFACTION_REQUIRED');
  });

  it('reopen to the same unit starts a new round already acknowledged; a direct answer can only be re-dispatched', () => {
    const reopened = run(ticketIn('completed'), { type: 'reopen', to: 'sameUnit', reason: '不满意' });
    expect(reopened.state).toBe('inProgress');
    expect(reopened.round).toBe(2);
    expect(leadAssignment(reopened)).toMatchObject({ unitCode: 'D1', state: 'inProgress' });
    expect(reopened.revisit).toBeNull();
    const answered = decide(ticketIn('answered'), { type: 'reopen', to: 'sameUnit', reason: 'x' }, context());
    expect(answered.ok || answered.error.code).toBe('REOPEN_NEEDS_UNIT');
  });

  it('merge needs an open target that is another ticket', () => {
    const closed = decide(
      ticketIn('registered'),
      COMMANDS.merge!,
      context({ mergeTargetState: 'completed' }),
    );
    expect(closed.ok || closed.error.code).toBe('MERGE_TARGET_INVALID');
    const self = decide(ticketIn('registered'), { type: 'merge', intoTicketId: 1 }, context());
    expect(self.ok || self.error.code).toBe('MERGE_TARGET_INVALID');
  });

  it('dispatch refuses the same unit twice', () => {
    const decision = decide(
      ticketIn('registered'),
      { type: 'dispatch', leadUnitCode: 'D1', supportUnitCodes: ['D1'], note: null },
      context(),
    );
    expect(decision.ok || decision.error.code).toBe('DUPLICATE_UNIT');
  });
});
