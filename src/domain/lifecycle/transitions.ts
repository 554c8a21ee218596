import type { TicketCommandType } from './commands.ts';
import type { TicketState } from './states.ts';

/**
 * From which states each command may be issued (DESIGN §5). Finer conditions (which unit, a pending
 * request, an open assignment) are checked by `decide`; this table is what the console shows.
 */
export const COMMAND_FROM_STATES: Record<TicketCommandType, readonly TicketState[]> = {
  directAnswer: ['registered'],
  reject: ['registered'],
  transfer: ['registered'],
  merge: ['registered', 'pendingDispatch'],
  requestDispatch: ['registered'],
  dispatch: ['registered', 'pendingDispatch'],
  acknowledge: ['dispatched', 'inProgress'],
  requestSendBack: ['dispatched', 'inProgress'],
  ruleSendBack: ['dispatched', 'inProgress'],
  requestExtension: ['dispatched', 'inProgress'],
  ruleExtension: ['dispatched', 'inProgress', 'feedbackSubmitted'],
  subDispatch: ['inProgress'],
  submitFeedback: ['inProgress'],
  review: ['feedbackSubmitted'],
  revisit: ['pendingRevisit'],
  complete: ['pendingRevisit'],
  // 重办: a citizen who rejects the result sends the ticket back to handling (DESIGN §5).
  reopen: ['answered', 'pendingRevisit', 'completed'],
  urge: ['dispatched', 'inProgress', 'feedbackSubmitted'],
  supervise: ['pendingDispatch', 'dispatched', 'inProgress', 'feedbackSubmitted', 'pendingRevisit'],
  archive: ['answered', 'rejected', 'transferred', 'merged', 'completed'],
};

export function isCommandAllowedFrom(command: TicketCommandType, state: TicketState): boolean {
  return COMMAND_FROM_STATES[command].includes(state);
}
