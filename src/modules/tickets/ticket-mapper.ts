import { fromIso, toIso } from '../../db/dialect.ts';
import type { AssignmentRow, TicketRow } from '../../db/schema.ts';
import { currentLeadUnit, pendingLeadDeadline } from '../../domain/lifecycle/index.ts';
import type {
  AppealType,
  Assignment,
  AssignmentRole,
  AssignmentState,
  SatisfactionLevel,
  SolvedLevel,
  Ticket,
  TicketState,
  TransferTarget,
  Urgency,
} from '../../domain/lifecycle/index.ts';

// Rows ⇄ the lifecycle aggregate. The rows are a cache of what the events say (DESIGN §5).

export function ticketFromRows(row: TicketRow, assignments: AssignmentRow[]): Ticket {
  return {
    id: row.id,
    version: row.version,
    state: row.state as TicketState,
    appealType: row.appeal_type as AppealType,
    category: row.category,
    categoryCode: row.category_code,
    urgency: row.urgency as Urgency,
    confidential: row.confidential === 1,
    revisitConsent: row.revisit_consent === 1,
    receivedAt: new Date(row.received_at),
    round: row.round,
    assignments: assignments.map(assignmentFromRow),
    answer: row.answer,
    rejectReason: row.reject_reason,
    transferTarget: row.transfer_target as TransferTarget | null,
    mergedIntoId: row.merged_into_id,
    revisit: row.revisited_at
      ? {
          at: new Date(row.revisited_at),
          reached: row.revisit_reached === 1,
          satisfaction: row.satisfaction as SatisfactionLevel | null,
          solved: row.solved as SolvedLevel | null,
          note: null,
        }
      : null,
    urgeCount: row.urge_count,
    supervised: row.supervised === 1,
    reopenCount: row.reopen_count,
    completedAt: fromIso(row.completed_at),
  };
}

export function assignmentFromRow(row: AssignmentRow): Assignment {
  return {
    round: row.round,
    unitCode: row.unit_code,
    role: row.role as AssignmentRole,
    parentUnitCode: row.parent_unit_code,
    state: row.state as AssignmentState,
    dispatchedAt: new Date(row.dispatched_at),
    acknowledgeDue: fromIso(row.acknowledge_due),
    acknowledgedAt: fromIso(row.acknowledged_at),
    feedbackDue: fromIso(row.feedback_due),
    feedbackAt: fromIso(row.feedback_at),
    feedbackText: row.feedback_text,
    completionDue: fromIso(row.completion_due),
    closedAt: fromIso(row.closed_at),
    sendBackRequest:
      row.send_back_requested_at && row.send_back_reason !== null
        ? { reason: row.send_back_reason, at: new Date(row.send_back_requested_at) }
        : null,
    extensionRequest:
      row.extension_requested_at && row.extension_requested_due && row.extension_reason !== null
        ? {
            reason: row.extension_reason,
            requestedDue: new Date(row.extension_requested_due),
            at: new Date(row.extension_requested_at),
          }
        : null,
    extensionCount: row.extension_count,
  };
}

const iso = (at: Date | null) => (at ? toIso(at) : null);

/** The ticket columns that the lifecycle owns. */
export function ticketColumns(ticket: Ticket) {
  return {
    state: ticket.state,
    version: ticket.version,
    round: ticket.round,
    answer: ticket.answer,
    reject_reason: ticket.rejectReason,
    transfer_target: ticket.transferTarget,
    merged_into_id: ticket.mergedIntoId,
    revisit_reached: ticket.revisit ? (ticket.revisit.reached ? 1 : 0) : null,
    satisfaction: ticket.revisit?.satisfaction ?? null,
    solved: ticket.revisit?.solved ?? null,
    revisited_at: iso(ticket.revisit?.at ?? null),
    urge_count: ticket.urgeCount,
    supervised: ticket.supervised ? 1 : 0,
    reopen_count: ticket.reopenCount,
    completed_at: iso(ticket.completedAt),
  };
}

export function assignmentColumns(assignment: Assignment) {
  return {
    round: assignment.round,
    unit_code: assignment.unitCode,
    role: assignment.role,
    parent_unit_code: assignment.parentUnitCode,
    state: assignment.state,
    dispatched_at: toIso(assignment.dispatchedAt),
    acknowledge_due: iso(assignment.acknowledgeDue),
    acknowledged_at: iso(assignment.acknowledgedAt),
    feedback_due: iso(assignment.feedbackDue),
    feedback_at: iso(assignment.feedbackAt),
    feedback_text: assignment.feedbackText,
    completion_due: iso(assignment.completionDue),
    closed_at: iso(assignment.closedAt),
    send_back_reason: assignment.sendBackRequest?.reason ?? null,
    send_back_requested_at: iso(assignment.sendBackRequest?.at ?? null),
    extension_reason: assignment.extensionRequest?.reason ?? null,
    extension_requested_due: iso(assignment.extensionRequest?.requestedDue ?? null),
    extension_requested_at: iso(assignment.extensionRequest?.at ?? null),
    extension_count: assignment.extensionCount,
  };
}

/** Event payloads are stored as JSON; Date values serialise as ISO-8601. */
export function eventData(event: object): string {
  return JSON.stringify(event);
}

/** The cached columns behind the lead-unit filter and the yellow and red cards. */
export function dueColumns(yellowFrom: (due: Date) => Date, ticket: Ticket) {
  const due = pendingLeadDeadline(ticket);
  return {
    lead_unit_code: currentLeadUnit(ticket),
    due_at: due ? toIso(due) : null,
    yellow_at: due ? toIso(yellowFrom(due)) : null,
  };
}
