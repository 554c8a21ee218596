import type { AssignmentDeadlines } from './ticket.ts';
import type {
  AssignmentRole,
  RevisitChannel,
  SatisfactionLevel,
  SolvedLevel,
  TransferTarget,
} from './states.ts';

// Events are facts appended to ticket_events in the same transaction as the state change (DESIGN §5).
// They carry every value `evolve` needs, including the deadlines in force, so the log alone rebuilds a ticket.
export interface NewAssignment extends AssignmentDeadlines {
  unitCode: string;
  role: AssignmentRole;
  parentUnitCode: string | null;
}

export type TicketEventBody =
  | { type: 'answered'; answer: string }
  | { type: 'rejected'; reason: string }
  | { type: 'transferred'; target: TransferTarget; note: string | null }
  | { type: 'merged'; intoTicketId: number }
  | { type: 'dispatchRequested'; note: string | null }
  | { type: 'dispatched'; round: number; assignments: NewAssignment[]; note: string | null }
  | { type: 'acknowledged'; unitCode: string }
  | { type: 'sendBackRequested'; unitCode: string; reason: string }
  | { type: 'sendBackApproved'; unitCode: string; note: string | null }
  | { type: 'sendBackDenied'; unitCode: string; note: string | null }
  | { type: 'extensionRequested'; unitCode: string; reason: string; requestedDue: Date }
  | {
      type: 'extensionApproved';
      unitCode: string;
      previousFeedbackDue: Date | null;
      feedbackDue: Date;
      previousCompletionDue: Date | null;
      completionDue: Date;
      note: string | null;
    }
  | { type: 'extensionDenied'; unitCode: string; note: string | null }
  | { type: 'subDispatched'; assignment: NewAssignment; note: string | null }
  | { type: 'feedbackSubmitted'; unitCode: string; content: string }
  | { type: 'feedbackAccepted'; unitCode: string; note: string | null }
  | { type: 'feedbackReturned'; unitCode: string; note: string | null }
  | {
      type: 'revisited';
      reached: boolean;
      satisfaction: SatisfactionLevel | null;
      solved: SolvedLevel | null;
      note: string | null;
      /** absent in events recorded before the portal existed: those were phone revisits */
      channel?: RevisitChannel;
    }
  | { type: 'completed'; revisited: boolean; note: string | null }
  | {
      type: 'reopened';
      to: 'sameUnit' | 'dispatch';
      reason: string;
      round: number;
      assignment: NewAssignment | null;
    }
  | { type: 'urged'; unitCodes: string[]; note: string | null }
  | { type: 'supervised'; note: string }
  | { type: 'archived' }
  | { type: 'duplicateMerged'; duplicateTicketId: number };

export type TicketEventType = TicketEventBody['type'];

export type TicketEvent = TicketEventBody & { at: Date };
