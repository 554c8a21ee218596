import type {
  AppealType,
  AssignmentRole,
  AssignmentState,
  SatisfactionLevel,
  SolvedLevel,
  TicketState,
  TransferTarget,
  Urgency,
} from './states.ts';

/** The deadlines in force on one assignment; `null` where the policy sets none. */
export interface AssignmentDeadlines {
  acknowledgeDue: Date | null;
  feedbackDue: Date | null;
  completionDue: Date | null;
}

export interface Assignment extends AssignmentDeadlines {
  round: number;
  unitCode: string;
  role: AssignmentRole;
  /** The unit that handed this assignment down (二级派单); null when the centre dispatched it. */
  parentUnitCode: string | null;
  state: AssignmentState;
  dispatchedAt: Date;
  acknowledgedAt: Date | null;
  feedbackAt: Date | null;
  feedbackText: string | null;
  closedAt: Date | null;
  sendBackRequest: { reason: string; at: Date } | null;
  extensionRequest: { reason: string; requestedDue: Date; at: Date } | null;
  extensionCount: number;
}

export interface Revisit {
  at: Date;
  reached: boolean;
  satisfaction: SatisfactionLevel | null;
  solved: SolvedLevel | null;
  note: string | null;
}

/** The aggregate the lifecycle rules decide on: the ticket with all of its assignments. */
export interface Ticket {
  id: number;
  version: number;
  state: TicketState;
  appealType: AppealType;
  /** 诉求分类 as a path of names, as it read at intake */
  category: string;
  categoryCode: string | null;
  urgency: Urgency;
  confidential: boolean;
  /** The caller agreed to be called back; anonymous callers and refusals get no 回访. */
  revisitConsent: boolean;
  receivedAt: Date;
  round: number;
  assignments: Assignment[];
  answer: string | null;
  rejectReason: string | null;
  transferTarget: TransferTarget | null;
  mergedIntoId: number | null;
  revisit: Revisit | null;
  urgeCount: number;
  supervised: boolean;
  reopenCount: number;
  completedAt: Date | null;
}

export function currentAssignments(ticket: Ticket): Assignment[] {
  return ticket.assignments.filter((assignment) => assignment.round === ticket.round);
}

export function leadAssignment(ticket: Ticket): Assignment | undefined {
  return currentAssignments(ticket).find(
    (assignment) => assignment.role === 'lead' && assignment.parentUnitCode === null,
  );
}

export function findAssignment(ticket: Ticket, unitCode: string): Assignment | undefined {
  return currentAssignments(ticket).find((assignment) => assignment.unitCode === unitCode);
}

/** Assignments of the current round that are still with their unit. */
export function openAssignments(ticket: Ticket): Assignment[] {
  return currentAssignments(ticket).filter((a) => a.state === 'dispatched' || a.state === 'inProgress');
}

/**
 * The lead unit's next deadline while it owes the centre something: to acknowledge, then to report back.
 * The red card (overdue) and the yellow card (due within a working day) hang on it (DESIGN §5).
 */
export function pendingLeadDeadline(ticket: Ticket): Date | null {
  const lead = leadAssignment(ticket);
  if (!lead) return null;
  if (ticket.state === 'dispatched' && lead.state === 'dispatched')
    return lead.acknowledgeDue ?? lead.feedbackDue;
  if (ticket.state === 'inProgress' && lead.state === 'inProgress') return lead.feedbackDue;
  return null;
}

/** The unit answering for the ticket while it is with units or back at the centre for review and revisit. */
export function currentLeadUnit(ticket: Ticket): string | null {
  const withUnits = ['dispatched', 'inProgress', 'feedbackSubmitted', 'pendingRevisit', 'completed'];
  return withUnits.includes(ticket.state) ? (leadAssignment(ticket)?.unitCode ?? null) : null;
}
