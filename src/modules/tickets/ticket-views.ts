import type { AssignmentRow, TicketEventRow, TicketRow } from '../../db/schema.ts';
import { maskContactsInText, maskName, maskPhone } from '../../domain/access/masking.ts';
import { isUnitRole, roleSeesContacts, type Role } from '../../domain/access/roles.ts';
import { TICKET_STATE_LABELS, type TicketState } from '../../domain/lifecycle/index.ts';
import type { TicketDetail, TicketSummary } from '../../contracts/tickets.schemas.ts';

type Viewer = { role: Role };

/** Where a ticket is shown: one ticket opened, or a row of a list or an export. */
export type ViewKind = 'detail' | 'list';

/**
 * Units see callers masked, and not at all on confidential tickets (保密件, DESIGN §2). At the centre, only the
 * roles that talk to citizens see a caller unmasked, and only on one ticket at a time: lists are masked for
 * everyone, so that no loop over pages collects numbers.
 */
export function callerFor(row: TicketRow, viewer: Viewer, kind: ViewKind) {
  if (isUnitRole(viewer.role) && row.confidential === 1) {
    return { callerName: null, callerPhone: null, callerHidden: true };
  }
  if (kind === 'detail' && roleSeesContacts(viewer.role)) {
    return { callerName: row.caller_name, callerPhone: row.caller_phone, callerHidden: false };
  }
  return {
    callerName: row.caller_name ? maskName(row.caller_name) : null,
    callerPhone: row.caller_phone ? maskPhone(row.caller_phone) : null,
    callerHidden: false,
  };
}

/** Whether this view shows the caller's contact unmasked (such views are audited). */
export function showsContact(row: TicketRow, viewer: Viewer, kind: ViewKind): boolean {
  const hasContact = row.caller_phone !== null || row.caller_name !== null;
  return hasContact && kind === 'detail' && roleSeesContacts(viewer.role);
}

/** Citizens write numbers into their appeals: free text reaches units with phone and ID numbers masked. */
function textFor(viewer: Viewer): (text: string) => string {
  return isUnitRole(viewer.role) ? maskContactsInText : (text) => text;
}

export function flagOf(row: Pick<TicketRow, 'due_at' | 'yellow_at'>, now: string): 'none' | 'yellow' | 'red' {
  if (row.due_at && row.due_at < now) return 'red';
  if (row.yellow_at && row.yellow_at <= now) return 'yellow';
  return 'none';
}

export function summaryView(
  row: TicketRow,
  viewer: Viewer,
  now: string,
  kind: ViewKind = 'list',
): TicketSummary {
  const text = textFor(viewer);
  return {
    id: row.id,
    number: row.number,
    version: row.version,
    state: row.state as TicketState,
    stateLabel: TICKET_STATE_LABELS[row.state as TicketState] ?? row.state,
    channel: row.channel,
    appealType: row.appeal_type,
    category: row.category,
    categoryCode: row.category_code,
    urgency: row.urgency,
    confidential: row.confidential === 1,
    title: text(row.title),
    ...callerFor(row, viewer, kind),
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
  /** The name of the person behind an event; null for an account that no longer exists. */
  actorName: (userId: number) => string | null;
  abilities: TicketDetail['abilities'];
  viewer: Viewer;
  now: string;
}): TicketDetail {
  const { row, viewer } = input;
  const caller = callerFor(row, viewer, 'detail');
  const text = textFor(viewer);
  const optionalText = (value: string | null) => (value === null ? null : text(value));
  return {
    ...summaryView(row, viewer, input.now, 'detail'),
    content: text(row.content),
    address: optionalText(row.address),
    revisitConsent: row.revisit_consent === 1,
    round: row.round,
    answer: optionalText(row.answer),
    rejectReason: optionalText(row.reject_reason),
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
      feedbackText: optionalText(a.feedback_text),
      completionDue: a.completion_due,
      closedAt: a.closed_at,
      sendBackRequest:
        a.send_back_requested_at && a.send_back_reason !== null
          ? { reason: text(a.send_back_reason), at: a.send_back_requested_at }
          : null,
      extensionRequest:
        a.extension_requested_at && a.extension_requested_due && a.extension_reason !== null
          ? {
              reason: text(a.extension_reason),
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
      actorName: e.actor_user_id === null ? null : input.actorName(e.actor_user_id),
      actorUnitCode: e.actor_unit_code,
      unitCode: e.unit_code,
      data: eventDataFor(e, caller, text),
    })),
    deadlineHistory: input.deadlineHistory.map((d) => ({
      round: d.round,
      unitCode: d.unit_code,
      kind: d.kind,
      dueAt: d.due_at,
      previousDueAt: d.previous_due_at,
      reason: text(d.reason),
      at: d.at,
    })),
    abilities: input.abilities,
  };
}

/** Events record the caller and free text; they are shown with the same masking as the ticket. */
function eventDataFor(
  event: TicketEventRow,
  caller: { callerName: string | null; callerPhone: string | null },
  text: (value: string) => string,
) {
  const data = JSON.parse(event.data) as Record<string, unknown>;
  for (const [key, value] of Object.entries(data)) if (typeof value === 'string') data[key] = text(value);
  if ('callerName' in data) data.callerName = caller.callerName;
  if ('callerPhone' in data) data.callerPhone = caller.callerPhone;
  return data;
}
