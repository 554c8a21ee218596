import type { DecisionContext, TicketCommand } from './commands.ts';
import { decide } from './decide.ts';
import { evolve, initialTicket } from './evolve.ts';
import type { TicketState } from './states.ts';
import type { Ticket } from './ticket.ts';

// Shared by the lifecycle tests: tickets brought to each state by replaying real commands.

export const T0 = new Date('2023-03-01T01:00:00Z');

export function context(overrides: Partial<DecisionContext> = {}): DecisionContext {
  return {
    now: T0,
    deadlinesFor: ({ from }) => ({
      acknowledgeDue: new Date(from.getTime() + 24 * 3600_000),
      feedbackDue: new Date(from.getTime() + 5 * 24 * 3600_000),
      completionDue: new Date(from.getTime() + 7 * 24 * 3600_000),
    }),
    isBelow: (child, parent) => child.startsWith(`${parent}-`),
    mergeTargetState: 'pendingDispatch',
    ...overrides,
  };
}

export function freshTicket(): Ticket {
  return initialTicket(1, {
    appealType: 'complaint',
    category: '城乡建设/供暖/室温不达标',
    categoryCode: '010101',
    urgency: 'normal',
    confidential: false,
    revisitConsent: true,
    receivedAt: T0,
  });
}

export function run(ticket: Ticket, command: TicketCommand, ctx: DecisionContext = context()): Ticket {
  const decision = decide(ticket, command, ctx);
  if (!decision.ok) throw decision.error;
  return evolve(
    ticket,
    decision.events.map((e) => ({ ...e, at: ctx.now })),
  );
}

const dispatch: TicketCommand = {
  type: 'dispatch',
  leadUnitCode: 'D1',
  supportUnitCodes: ['M1'],
  note: null,
};
const acknowledge: TicketCommand = { type: 'acknowledge', unitCode: 'D1' };
const feedback: TicketCommand = { type: 'submitFeedback', unitCode: 'D1', content: '已处理' };
const accept: TicketCommand = { type: 'review', accept: true, note: null };
const revisit: TicketCommand = {
  type: 'revisit',
  reached: true,
  satisfaction: 'satisfied',
  solved: 'solved',
  note: null,
};

export const PATH_TO: Record<TicketState, TicketCommand[]> = {
  registered: [],
  answered: [{ type: 'directAnswer', answer: '已答复' }],
  rejected: [{ type: 'reject', reason: '不属于受理范围' }],
  transferred: [{ type: 'transfer', target: '110', note: null }],
  merged: [{ type: 'merge', intoTicketId: 2 }],
  pendingDispatch: [{ type: 'requestDispatch', note: null }],
  dispatched: [dispatch],
  inProgress: [dispatch, acknowledge],
  feedbackSubmitted: [dispatch, acknowledge, feedback],
  pendingRevisit: [dispatch, acknowledge, feedback, accept],
  completed: [dispatch, acknowledge, feedback, accept, revisit],
  archived: [dispatch, acknowledge, feedback, accept, revisit, { type: 'archive' }],
};

export function ticketIn(state: TicketState): Ticket {
  return PATH_TO[state].reduce((ticket, command) => run(ticket, command), freshTicket());
}
