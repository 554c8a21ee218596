import type { AssignmentDeadlines } from './ticket.ts';
import type { RevisitChannel, SatisfactionLevel, SolvedLevel, TransferTarget } from './states.ts';

// Commands are what people ask of a ticket; the lifecycle turns each into events or refuses it.
export type TicketCommand =
  /** articleNumbers: the 知识库 articles the answer came from (recorded by the knowledge base, not an event) */
  | { type: 'directAnswer'; answer: string; articleNumbers?: readonly string[] }
  | { type: 'reject'; reason: string }
  | { type: 'transfer'; target: TransferTarget; note: string | null }
  | { type: 'merge'; intoTicketId: number }
  | { type: 'requestDispatch'; note: string | null }
  | { type: 'dispatch'; leadUnitCode: string; supportUnitCodes: string[]; note: string | null }
  | { type: 'acknowledge'; unitCode: string }
  | { type: 'requestSendBack'; unitCode: string; reason: string }
  | { type: 'ruleSendBack'; approve: boolean; note: string | null }
  | { type: 'requestExtension'; unitCode: string; reason: string; requestedDue: Date }
  | { type: 'ruleExtension'; approve: boolean; due: Date | null; note: string | null }
  | { type: 'subDispatch'; unitCode: string; childUnitCode: string; note: string | null }
  | { type: 'submitFeedback'; unitCode: string; content: string }
  | { type: 'review'; accept: boolean; note: string | null }
  | {
      type: 'revisit';
      reached: boolean;
      satisfaction: SatisfactionLevel | null;
      solved: SolvedLevel | null;
      note: string | null;
      /** How the citizen answered: a call from the centre (the default) or a rating on the portal */
      channel?: RevisitChannel;
    }
  | { type: 'complete'; note: string | null }
  | { type: 'reopen'; to: 'sameUnit' | 'dispatch'; reason: string }
  | { type: 'urge'; note: string | null }
  | { type: 'supervise'; note: string }
  | { type: 'archive' };

export type TicketCommandType = TicketCommand['type'];

export const TICKET_COMMAND_TYPES: readonly TicketCommandType[] = [
  'directAnswer',
  'reject',
  'transfer',
  'merge',
  'requestDispatch',
  'dispatch',
  'acknowledge',
  'requestSendBack',
  'ruleSendBack',
  'requestExtension',
  'ruleExtension',
  'subDispatch',
  'submitFeedback',
  'review',
  'revisit',
  'complete',
  'reopen',
  'urge',
  'supervise',
  'archive',
];

/**
 * What the rules need from outside the ticket, supplied by the service so that `decide` stays pure:
 * the clock, the deadlines the policy gives a new assignment, and facts about other units and tickets.
 */
export interface DecisionContext {
  now: Date;
  deadlinesFor(assignment: { unitCode: string; role: 'lead' | 'support'; from: Date }): AssignmentDeadlines;
  /** True when `childUnitCode` lies strictly below `unitCode` in the organisation tree. */
  isBelow(childUnitCode: string, unitCode: string): boolean;
  /** The state of the ticket a duplicate is merged into. */
  mergeTargetState?: string;
}
