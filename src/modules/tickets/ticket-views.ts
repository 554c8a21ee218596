import type { AssignmentRow, TicketEventRow, TicketRow } from '../../db/schema.ts';
import { maskName, maskPhone } from '../../domain/access/masking.ts';
import { isUnitRole, type Role } from '../../domain/access/roles.ts';
import { TICKET_STATE_LABELS, type TicketState } from '../../domain/lifecycle/index.ts';
import type { TicketDetail, TicketSummary } from './tickets.schemas.ts';

type Viewer = { role: Role };

/** Units see callers masked, and not at all on confidential tickets (保密件, DESIGN §2). */
export function callerFor(row: TicketRow, viewer: Viewer) {
  if (!isUnitRole(viewer.role))
    return { callerName: row.caller_name, callerPhone: row.caller_phone, callerHidden: false };
  if (row.confidential === 1) return { callerName: null, callerPhone: null, callerHidden: true };
  return {
    callerName: row.caller_name ? maskName(row.caller_name) : null,
    callerPhone: row.caller_phone ? maskPhone(row.caller_phone) : null,
    callerHidden: false,
  };
}

export function flagOf(row: Pick<TicketRow, 'due_at' | 'yellow_at'>, now: string): 'none' | 'yellow' | 'red' {
  if (row.due_at && row.due_at < now) return 'red';
  if (row.yellow_at && row.yellow_at <= now) return 'yellow';
  return 'none';
}

export function summaryView(row: TicketRow, viewer: Viewer, now: string): TicketSummary {
  return {
    id: row.id,
    number: row.number,
    version: row.version,
    state: row.state as TicketState,
    stateLabel: TICKET_STATE_LABELS[row.state as TicketState] ?? row.state,
    channel: row.channel,
    appealType: row.appeal_type,
    category: row.category,
    urgency: row.urgency,
    confidential: row.confidential === 1,
    title: row.title,
    ...callerFor(row, viewer),
    districtCode: row.district_code,
    receivedAt: row.received_at,
    leadUnitCode: row.lead_unit_code,
    dueAt: row.due_at,
    flag: flagOf(row, now),
    urgeCount: row.urge_count,
    supervised: row.supervised === 1,
    completedAt: row.completed_at,
  };
}

export function detailView(input: {
  row: TicketRow;
  assignments: AssignmentRow[];
  events: TicketEventRow[];
  deadlineHistory: {
    round: number;
    unit_code: string;
    kind: string;
    due_at: string | null;
    previous_due_at: string | null;
    reason: string;
    at: string;
  }[];
  unitName: (code: string) => string;
  abilities: TicketDetail['abilities'];
  viewer: Viewer;
  now: string;
}): TicketDetail {
  const { row, viewer } = input;
  const caller = callerFor(row, viewer);
  return {
    ...summaryView(row, viewer, input.now),
    content: row.content,
    address: row.address,
    revisitConsent: row.revisit_consent === 1,
    round: row.round,
    answer: row.answer,
    rejectReason: row.reject_reason,
    transferTarget: row.transfer_target,
    mergedIntoId: row.merged_into_id,
    revisit: row.revisited_at
      ? {
          at: row.revisited_at,
          reached: row.revisit_reached === 1,
          satisfaction: row.satisfaction,
          solved: row.solved,
        }
      : null,
    reopenCount: row.reopen_count,
    assignments: input.assignments.map((a) => ({
      round: a.round,
      unitCode: a.unit_code,
      unitName: input.unitName(a.unit_code),
      role: a.role as 'lead' | 'support',
      parentUnitCode: a.parent_unit_code,
      state: a.state,
      dispatchedAt: a.dispatched_at,
      acknowledgeDue: a.acknowledge_due,
      acknowledgedAt: a.acknowledged_at,
      feedbackDue: a.feedback_due,
      feedbackAt: a.feedback_at,
      feedbackText: a.feedback_text,
      completionDue: a.completion_due,
      closedAt: a.closed_at,
      sendBackRequest:
        a.send_back_requested_at && a.send_back_reason !== null
          ? { reason: a.send_back_reason, at: a.send_back_requested_at }
          : null,
      extensionRequest:
        a.extension_requested_at && a.extension_requested_due && a.extension_reason !== null
          ? {
              reason: a.extension_reason,
              requestedDue: a.extension_requested_due,
              at: a.extension_requested_at,
            }
          : null,
      extensionCount: a.extension_count,
    })),
    events: input.events.map((e) => ({
      version: e.version,
      type: e.type,
      at: e.at,
      actorUserId: e.actor_user_id,
      actorUnitCode: e.actor_unit_code,
      unitCode: e.unit_code,
      data: eventDataFor(e, caller),
    })),
    deadlineHistory: input.deadlineHistory.map((d) => ({
      round: d.round,
      unitCode: d.unit_code,
      kind: d.kind,
      dueAt: d.due_at,
      previousDueAt: d.previous_due_at,
      reason: d.reason,
      at: d.at,
    })),
    abilities: input.abilities,
  };
}

/** The registration event records the caller; it is shown with the same masking as the ticket. */
function eventDataFor(
  event: TicketEventRow,
  caller: { callerName: string | null; callerPhone: string | null },
) {
  const data = JSON.parse(event.data) as Record<string, unknown>;
  if ('callerName' in data) data.callerName = caller.callerName;
  if ('callerPhone' in data) data.callerPhone = caller.callerPhone;
  return data;
}
