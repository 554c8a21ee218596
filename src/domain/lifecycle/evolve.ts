import type { NewAssignment, TicketEvent } from './events.ts';
import type { AppealType, Urgency } from './states.ts';
import type { Assignment, Ticket } from './ticket.ts';

export interface IntakeFacts {
  appealType: AppealType;
  category: string;
  /** Six-digit 诉求分类 code; null only in histories recorded before the code list existed */
  categoryCode: string | null;
  urgency: Urgency;
  confidential: boolean;
  revisitConsent: boolean;
  receivedAt: Date;
}

/** A ticket as registered, before any event after `registered`. */
export function initialTicket(id: number, facts: IntakeFacts): Ticket {
  return {
    id,
    version: 1,
    state: 'registered',
    ...facts,
    round: 0,
    assignments: [],
    answer: null,
    rejectReason: null,
    transferTarget: null,
    mergedIntoId: null,
    revisit: null,
    urgeCount: 0,
    supervised: false,
    reopenCount: 0,
    completedAt: null,
  };
}

/** Applies events in order; each event raises the version by one (the optimistic-lock counter). */
export function evolve(ticket: Ticket, events: readonly TicketEvent[]): Ticket {
  return events.reduce(apply, ticket);
}

function apply(previous: Ticket, event: TicketEvent): Ticket {
  const ticket: Ticket = { ...previous, version: previous.version + 1, assignments: previous.assignments };
  const updateAssignment = (unitCode: string, change: (a: Assignment) => Assignment) => {
    ticket.assignments = ticket.assignments.map((a) =>
      a.round === ticket.round && a.unitCode === unitCode ? change(a) : a,
    );
  };
  const updateRound = (change: (a: Assignment) => Assignment) => {
    ticket.assignments = ticket.assignments.map((a) => (a.round === ticket.round ? change(a) : a));
  };
  const at = event.at;
  switch (event.type) {
    case 'answered':
      return { ...ticket, state: 'answered', answer: event.answer, completedAt: at };
    case 'rejected':
      return { ...ticket, state: 'rejected', rejectReason: event.reason };
    case 'transferred':
      return { ...ticket, state: 'transferred', transferTarget: event.target };
    case 'merged':
      return { ...ticket, state: 'merged', mergedIntoId: event.intoTicketId };
    case 'dispatchRequested':
      return { ...ticket, state: 'pendingDispatch' };
    case 'dispatched':
      return {
        ...ticket,
        state: 'dispatched',
        round: event.round,
        assignments: [
          ...ticket.assignments,
          ...event.assignments.map((a) => newAssignment(a, event.round, at)),
        ],
      };
    case 'acknowledged': {
      const lead = isTopLevelLead(ticket, event.unitCode);
      updateAssignment(event.unitCode, (a) => ({ ...a, state: 'inProgress', acknowledgedAt: at }));
      return lead && ticket.state === 'dispatched' ? { ...ticket, state: 'inProgress' } : ticket;
    }
    case 'sendBackRequested':
      updateAssignment(event.unitCode, (a) => ({ ...a, sendBackRequest: { reason: event.reason, at } }));
      return ticket;
    case 'sendBackApproved':
      // An approved 退回 ends the round for every unit on it; the centre dispatches afresh.
      updateRound((a) =>
        isOpen(a)
          ? { ...a, state: 'sentBack', closedAt: at, sendBackRequest: null }
          : { ...a, sendBackRequest: null },
      );
      return { ...ticket, state: 'pendingDispatch' };
    case 'sendBackDenied':
      updateAssignment(event.unitCode, (a) => ({ ...a, sendBackRequest: null }));
      return ticket;
    case 'extensionRequested':
      updateAssignment(event.unitCode, (a) => ({
        ...a,
        extensionRequest: { reason: event.reason, requestedDue: event.requestedDue, at },
      }));
      return ticket;
    case 'extensionApproved':
      updateAssignment(event.unitCode, (a) => ({
        ...a,
        feedbackDue: event.feedbackDue,
        completionDue: event.completionDue,
        extensionRequest: null,
        extensionCount: a.extensionCount + 1,
      }));
      return ticket;
    case 'extensionDenied':
      updateAssignment(event.unitCode, (a) => ({ ...a, extensionRequest: null }));
      return ticket;
    case 'subDispatched':
      return {
        ...ticket,
        assignments: [...ticket.assignments, newAssignment(event.assignment, ticket.round, at)],
      };
    case 'feedbackSubmitted': {
      const lead = isTopLevelLead(ticket, event.unitCode);
      updateAssignment(event.unitCode, (a) => ({
        ...a,
        state: 'feedbackSubmitted',
        feedbackAt: at,
        feedbackText: event.content,
      }));
      return lead ? { ...ticket, state: 'feedbackSubmitted' } : ticket;
    }
    case 'feedbackAccepted':
      return { ...ticket, state: 'pendingRevisit' };
    case 'feedbackReturned':
      updateAssignment(event.unitCode, (a) => ({ ...a, state: 'inProgress' }));
      return { ...ticket, state: 'inProgress' };
    case 'revisited':
      return {
        ...ticket,
        revisit: {
          at,
          reached: event.reached,
          satisfaction: event.satisfaction,
          solved: event.solved,
          note: event.note,
        },
      };
    case 'completed':
      updateRound((a) =>
        a.state === 'closed' || a.state === 'sentBack' || a.state === 'withdrawn'
          ? a
          : { ...a, state: 'closed', closedAt: at },
      );
      return { ...ticket, state: 'completed', completedAt: at };
    case 'reopened':
      return reopen(ticket, event, at);
    case 'urged':
      return { ...ticket, urgeCount: ticket.urgeCount + 1 };
    case 'supervised':
      return { ...ticket, supervised: true };
    case 'archived':
      return { ...ticket, state: 'archived' };
    case 'duplicateMerged':
      return ticket;
  }
}

function reopen(ticket: Ticket, event: Extract<TicketEvent, { type: 'reopened' }>, at: Date): Ticket {
  const base = {
    ...ticket,
    reopenCount: ticket.reopenCount + 1,
    completedAt: null,
    revisit: null,
    answer: ticket.answer,
  };
  if (event.to === 'dispatch' || !event.assignment) return { ...base, state: 'pendingDispatch' };
  // 重办 to the same unit: the unit already knows the case, so the new round starts as acknowledged.
  const assignment = {
    ...newAssignment(event.assignment, event.round, at),
    state: 'inProgress' as const,
    acknowledgedAt: at,
  };
  return {
    ...base,
    state: 'inProgress',
    round: event.round,
    assignments: [...ticket.assignments, assignment],
  };
}

function newAssignment(a: NewAssignment, round: number, at: Date): Assignment {
  return {
    ...a,
    round,
    state: 'dispatched',
    dispatchedAt: at,
    acknowledgedAt: null,
    feedbackAt: null,
    feedbackText: null,
    closedAt: null,
    sendBackRequest: null,
    extensionRequest: null,
    extensionCount: 0,
  };
}

function isOpen(a: Assignment): boolean {
  return a.state === 'dispatched' || a.state === 'inProgress';
}

function isTopLevelLead(ticket: Ticket, unitCode: string): boolean {
  return ticket.assignments.some(
    (a) =>
      a.round === ticket.round && a.unitCode === unitCode && a.role === 'lead' && a.parentUnitCode === null,
  );
}
