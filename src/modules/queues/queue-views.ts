import { isUnitRole, roleMayIssue, roleMayRegister, type Role } from '../../domain/access/roles.ts';
import {
  CLOSED_STATES,
  COMMAND_FROM_STATES,
  TICKET_COMMAND_TYPES,
  TICKET_STATES,
  type TicketCommandType,
} from '../../domain/lifecycle/index.ts';
import { QUEUE_VIEWS, type QueueSort, type QueueViewKey } from '../../contracts/queues.schemas.ts';
import type { TicketQueueFilter } from '../tickets/index.ts';

// Which queues a role works, derived from the lifecycle rather than listed per person: a queue holds the tickets
// waiting for a command, and belongs to the roles that issue that command (src/domain/access/roles.ts). Roles
// that watch the whole line without a stage of their own (督办 and 领导) see every queue, read-only.

/** The commands that take a ticket out of each queue (or, for the deadline queues, that answer its card). */
const WORKED_BY: Record<QueueViewKey, readonly TicketCommandType[]> = {
  toDispatch: ['dispatch'],
  toAcknowledge: ['acknowledge'],
  inProgress: ['submitFeedback'],
  dueSoon: ['urge', 'acknowledge', 'submitFeedback'],
  overdue: ['urge', 'acknowledge', 'submitFeedback'],
  pendingRulings: ['ruleSendBack', 'ruleExtension'],
  toReview: ['review'],
  toRevisit: ['revisit'],
  supervised: ['supervise', 'urge'],
};

/** Who a queue is read for: the whole city, one unit's work, or what an agent registered. */
export type Audience = 'centre' | 'unit' | 'registrar';

export function audienceOf(role: Role): Audience {
  if (isUnitRole(role)) return 'unit';
  // 话务员 register appeals and hand them on; their 在办 is what they registered and is not yet closed.
  if (roleMayRegister(role) && !roleMayIssue(role, 'dispatch')) return 'registrar';
  return 'centre';
}

function watchesEverything(role: Role): boolean {
  const issuesNothing = TICKET_COMMAND_TYPES.every((command) => !roleMayIssue(role, command));
  return roleMayIssue(role, 'supervise') || (issuesNothing && !isUnitRole(role));
}

export function viewsOf(role: Role): QueueViewKey[] {
  if (watchesEverything(role)) return [...QUEUE_VIEWS];
  if (audienceOf(role) === 'registrar') return ['inProgress'];
  return QUEUE_VIEWS.filter((view) => WORKED_BY[view].some((command) => roleMayIssue(role, command)));
}

const OPEN_STATES = TICKET_STATES.filter((state) => !CLOSED_STATES.includes(state));
/** Assignments still with their unit (src/domain/lifecycle/ticket.ts openAssignments). */
const OPEN_ASSIGNMENT = ['dispatched', 'inProgress'];

type ViewCondition = Omit<TicketQueueFilter, 'now'>;

/**
 * What defines a queue for one person. Unit users work their own unit's assignments (a unit acts only for
 * itself) and watch the cards of their whole subtree; every condition lies inside the unit scope of
 * GET /api/tickets (an assignment of the ticket within the unit's subtree).
 */
export function viewCondition(
  view: QueueViewKey,
  who: { audience: Audience; userId: number | null; unitCode: string; subtree: readonly string[] },
): ViewCondition {
  if (who.audience === 'unit') {
    const own = { unitCodes: [who.unitCode] };
    const watched = { assignment: { unitCodes: who.subtree, states: OPEN_ASSIGNMENT } };
    switch (view) {
      // A supporting unit that never signed has nothing to sign once the ticket has moved past handling.
      case 'toAcknowledge':
        return { assignment: { ...own, states: ['dispatched'] }, states: COMMAND_FROM_STATES.acknowledge };
      case 'inProgress':
        return { assignment: { ...own, states: ['inProgress'] }, states: COMMAND_FROM_STATES.submitFeedback };
      case 'dueSoon':
        return { ...watched, flag: 'yellow' };
      case 'overdue':
        return { ...watched, flag: 'red' };
      default:
        throw new Error(`view ${view} is not a unit view`);
    }
  }
  if (who.audience === 'registrar') return { registeredBy: who.userId ?? -1, states: OPEN_STATES };
  switch (view) {
    case 'toDispatch':
      return { states: ['pendingDispatch'] };
    case 'toAcknowledge':
      return { states: ['dispatched'] };
    case 'inProgress':
      return { states: ['inProgress'] };
    case 'dueSoon':
      return { flag: 'yellow' };
    case 'overdue':
      return { flag: 'red' };
    case 'pendingRulings':
      return { pendingRuling: true, states: COMMAND_FROM_STATES.ruleExtension };
    case 'toReview':
      return { states: ['feedbackSubmitted'] };
    case 'toRevisit':
      return { states: ['pendingRevisit'] };
    case 'supervised':
      return { supervised: true, states: COMMAND_FROM_STATES.supervise };
  }
}

/** Oldest first where tickets wait in line; nearest deadline first where a deadline is what matters. */
export function defaultSort(view: QueueViewKey, audience: Audience): QueueSort {
  if (audience === 'registrar') return { key: 'receivedAt', direction: 'desc' };
  switch (view) {
    case 'toAcknowledge':
    case 'inProgress':
    case 'dueSoon':
    case 'overdue':
    case 'supervised':
      return { key: 'dueAt', direction: 'asc' };
    default:
      return { key: 'receivedAt', direction: 'asc' };
  }
}
