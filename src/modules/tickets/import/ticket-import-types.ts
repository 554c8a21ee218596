import type { Executor } from '../../../db/executor.ts';
import type {
  SatisfactionLevel,
  SolvedLevel,
  Ticket,
  TicketCommand,
  TicketEvent,
  TicketState,
  TransferTarget,
} from '../../../domain/lifecycle/index.ts';
import type { DeadlineRules } from '../../calendar/index.ts';
import type { UnitDirectory } from '../../units/index.ts';
import type { DeadlineChange } from '../tickets.repository.ts';
import type { IntakeInput } from '../../../contracts/tickets.schemas.ts';
import type { TicketChangeListener } from '../tickets.service.ts';

/** A legacy ticket as an interchange file gives it (DESIGN §7): the intake, and when each later step happened. */
export interface ImportedTicket {
  rowNumber: number;
  /** 工单编号: kept as the ticket's number; a number already stored makes the row a no-op. */
  number: string;
  /** `category` is the path as the code list read when the file was checked, `categoryCode` its code */
  intake: Omit<IntakeInput, 'receivedAt' | 'disposition'> & { receivedAt: Date; categoryCode: string };
  handling: ImportedHandling;
}

/** `closedAt` is the file's 办结时间: the disposition is dated by it, or by 受理时间 when it is empty. */
export type ImportedHandling =
  | { mode: 'directAnswer'; answer: string; closedAt: Date | null }
  | { mode: 'reject'; reason: string; closedAt: Date | null }
  | { mode: 'transfer'; target: TransferTarget; note: string | null; closedAt: Date | null }
  /** 并单: the candidates are the 工单编号 the file's 答复内容 may mean, the likeliest first. */
  | { mode: 'merge'; targetNumbers: string[]; closedAt: Date | null }
  /** 转办; null when no dispatch happened yet (待派单). */
  | { mode: 'dispatch'; dispatch: ImportedDispatch | null };

export interface ImportedDispatch {
  unitCode: string;
  subUnitCode: string | null;
  dispatchedAt: Date;
  /** 反馈时限 / 办结时限 of the file; the policy's where null. */
  feedbackDue: Date | null;
  completionDue: Date | null;
  acknowledgedAt: Date | null;
  feedbackAt: Date | null;
  feedbackText: string;
  revisit: {
    at: Date;
    reached: boolean;
    satisfaction: SatisfactionLevel | null;
    solved: SolvedLevel | null;
  } | null;
  completedAt: Date | null;
}

/** Something the rules refuse in one row; `field` is the column's key (ColumnSpec.key). */
export interface ImportProblem {
  rowNumber: number;
  field: 'number' | 'handling' | 'answer';
  code: string;
  message: string;
}

export interface TicketImportOutcome {
  imported: number;
  skipped: number;
  problems: ImportProblem[];
  /** With `renumber`: the number each written ticket got in place of its stand-in */
  numbered?: RenumberedTicket[];
}

export interface RenumberedTicket {
  provisional: string;
  ticketId: number;
  number: string;
}

/** A rollup buffer for one import: fed like the live listener, flushed inside the import's transaction. */
export interface RollupBuffer {
  onTicketChanged: TicketChangeListener;
  flush(db: Executor): Promise<void>;
}

export interface Environment {
  directory: UnitDirectory;
  rules: DeadlineRules;
}

export interface Step {
  command: TicketCommand;
  at: Date;
  /** The unit that acts; null for the centre. */
  unitCode: string | null;
  /** 办结时间 of the file, carried by the `completed` event of a revisit. */
  completedAt?: Date | null;
}

export interface DuplicateNote {
  at: Date;
  duplicateId: number;
}

export interface History {
  record: ImportedTicket;
  /** Provisional (negative) until the row is written. */
  id: number;
  steps: Step[];
  ticket: Ticket;
  events: { event: TicketEvent; unitCode: string | null }[];
  deadlines: (DeadlineChange & { at: Date })[];
  /** The state after each step: the state a duplicate found when it was merged in. */
  timeline: { at: Date; state: TicketState }[];
}
