import { TICKET_COMMAND_TYPES, type TicketCommandType } from '../lifecycle/commands.ts';
import { currentAssignments, leadAssignment, type Ticket } from '../lifecycle/ticket.ts';
import { isCommandAllowedFrom } from '../lifecycle/transitions.ts';
import { roleMayIssue, UNIT_COMMANDS, type Role } from './roles.ts';

/**
 * The commands this person may issue on this ticket now, returned with the ticket so that the console
 * shows an action only when the API would accept it. `decide` remains the authority.
 */
export function availableCommands(
  ticket: Ticket,
  actor: { role: Role; unitCode: string },
  /** A unit with no active unit below it has no one to sub-dispatch to: the button would only ever fail. */
  unit: { hasUnitsBelow: boolean } = { hasUnitsBelow: true },
): TicketCommandType[] {
  return TICKET_COMMAND_TYPES.filter((command) => {
    if (!roleMayIssue(actor.role, command) || !isCommandAllowedFrom(command, ticket.state)) return false;
    if (!UNIT_COMMANDS.includes(command)) return centreConditionHolds(ticket, command);
    const own = currentAssignments(ticket).find((a) => a.unitCode === actor.unitCode);
    if (!own) return false;
    switch (command) {
      case 'acknowledge':
        return own.state === 'dispatched';
      case 'submitFeedback':
        return own.state === 'inProgress';
      case 'subDispatch':
        return own.state === 'inProgress' && unit.hasUnitsBelow;
      case 'requestSendBack':
        return (
          own.role === 'lead' && own.parentUnitCode === null && !own.sendBackRequest && isOpen(own.state)
        );
      case 'requestExtension':
        return own.parentUnitCode === null && !own.extensionRequest && isOpen(own.state);
      default:
        return true;
    }
  });
}

function centreConditionHolds(ticket: Ticket, command: TicketCommandType): boolean {
  switch (command) {
    case 'ruleSendBack':
      return Boolean(leadAssignment(ticket)?.sendBackRequest);
    case 'ruleExtension':
      return currentAssignments(ticket).some((a) => a.extensionRequest);
    default:
      return true;
  }
}

function isOpen(state: string): boolean {
  return state === 'dispatched' || state === 'inProgress';
}
