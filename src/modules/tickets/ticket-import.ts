import { CompiledQuery, type Transaction } from 'kysely';
import { flag, isUniqueViolation, toIso } from '../../db/dialect.ts';
import type { Executor } from '../../db/executor.ts';
import { inTransaction } from '../../db/executor.ts';
import type { Database } from '../../db/schema.ts';
import {
  decide,
  evolve,
  initialTicket,
  type SatisfactionLevel,
  type SolvedLevel,
  type Ticket,
  type TicketCommand,
  type TicketEvent,
  type TicketState,
  type TransferTarget,
} from '../../domain/lifecycle/index.ts';
import type { Actor } from '../../shared/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import type { CalendarService, DeadlineRules } from '../calendar/index.ts';
import type { UnitDirectory, UnitsService } from '../units/index.ts';
import { deadlineChangesOf } from './deadline-changes.ts';
import { assignmentColumns, dueColumns, eventData, ticketColumns } from './ticket-mapper.ts';
import type { DeadlineChange } from './tickets.repository.ts';
import { createTicketsRepository } from './tickets.repository.ts';
import type { IntakeInput } from './tickets.schemas.ts';
import type { TicketChangeListener } from './tickets.service.ts';

/** A legacy ticket as an interchange file gives it (DESIGN §7): the intake, and when each later step happened. */
export interface ImportedTicket {
  rowNumber: number;
  /** 工单编号: kept as the ticket's number; a number already stored makes the row a no-op. */
  number: string;
  intake: Omit<IntakeInput, 'receivedAt' | 'disposition'> & { receivedAt: Date };
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
}

/** A rollup buffer for one import: fed like the live listener, flushed inside the import's transaction. */
export interface RollupBuffer {
  onTicketChanged: TicketChangeListener;
  flush(db: Executor): Promise<void>;
}

interface Environment {
  directory: UnitDirectory;
  rules: DeadlineRules;
}

interface Step {
  command: TicketCommand;
  at: Date;
  /** The unit that acts; null for the centre. */
  unitCode: string | null;
  /** 办结时间 of the file, carried by the `completed` event of a revisit. */
  completedAt?: Date | null;
}

interface DuplicateNote {
  at: Date;
  duplicateId: number;
}

interface History {
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

type Built = { ok: true; history: History } | { ok: false; problem: ImportProblem };

/** Tickets built and written together; the rows of one INSERT stay well under SQLite's 32,766 parameters. */
const TICKETS_PER_CHUNK = 250;
const PARAMETERS_PER_STATEMENT = 15_000;
const NUMBERS_PER_LOOKUP = 500;

/** The steps the live service would have taken, at the times the file gives (DESIGN §7). */
function stepsOf(record: ImportedTicket, mergeIntoId: number): Step[] {
  const { handling } = record;
  const centre = (command: TicketCommand): Step[] => [{ command, at: closingTime(record), unitCode: null }];
  switch (handling.mode) {
    case 'directAnswer':
      return centre({ type: 'directAnswer', answer: handling.answer });
    case 'reject':
      return centre({ type: 'reject', reason: handling.reason });
    case 'transfer':
      return centre({ type: 'transfer', target: handling.target, note: handling.note });
    case 'merge':
      return centre({ type: 'merge', intoTicketId: mergeIntoId });
    case 'dispatch':
      return handling.dispatch
        ? dispatchSteps(handling.dispatch)
        : centre({ type: 'requestDispatch', note: null });
  }
}

function dispatchSteps(d: ImportedDispatch): Step[] {
  const steps: Step[] = [
    {
      command: { type: 'dispatch', leadUnitCode: d.unitCode, supportUnitCodes: [], note: null },
      at: d.dispatchedAt,
      unitCode: null,
    },
  ];
  const byUnit = (unitCode: string, command: TicketCommand, at: Date): Step => ({ command, at, unitCode });
  if (!d.acknowledgedAt) return steps;
  const sub = d.subUnitCode;
  if (sub) {
    // The file keeps one 签收时间, the handling unit's: with a 二级承办单位 the lead passes the work straight
    // down at 派单时间, and 签收时间 is the child's acknowledgement, judged against the child's own deadline.
    steps.push(
      byUnit(d.unitCode, { type: 'acknowledge', unitCode: d.unitCode }, d.dispatchedAt),
      byUnit(
        d.unitCode,
        { type: 'subDispatch', unitCode: d.unitCode, childUnitCode: sub, note: null },
        d.dispatchedAt,
      ),
      byUnit(sub, { type: 'acknowledge', unitCode: sub }, d.acknowledgedAt),
    );
  } else {
    steps.push(byUnit(d.unitCode, { type: 'acknowledge', unitCode: d.unitCode }, d.acknowledgedAt));
  }
  if (!d.feedbackAt) return steps;
  const feedback = (unitCode: string) =>
    byUnit(unitCode, { type: 'submitFeedback', unitCode, content: d.feedbackText }, d.feedbackAt!);
  // The child reports to its parent first; the lead then reports to the centre.
  if (sub) steps.push(feedback(sub));
  steps.push(feedback(d.unitCode));
  // The review leaves no time in the file: it is dated by the first step that proves it, the 办结 or the revisit
  // (many centres close a ticket at 办结 and call the citizen back afterwards).
  const closingAt =
    d.revisit && d.completedAt
      ? d.completedAt < d.revisit.at
        ? d.completedAt
        : d.revisit.at
      : (d.revisit?.at ?? d.completedAt);
  if (!closingAt) return steps;
  steps.push({ command: { type: 'review', accept: true, note: null }, at: closingAt, unitCode: null });
  if (d.revisit) {
    const { at, reached, satisfaction, solved } = d.revisit;
    steps.push({
      command: { type: 'revisit', reached, satisfaction, solved, note: null },
      at,
      unitCode: null,
      completedAt: d.completedAt,
    });
  } else {
    steps.push({ command: { type: 'complete', note: null }, at: closingAt, unitCode: null });
  }
  return steps;
}

/**
 * Runs the steps through the lifecycle's own `decide` and `evolve`, command by command, as the live
 * service does; duplicates merged into this ticket are noted at their time, between its own steps.
 */
function runSteps(
  record: ImportedTicket,
  id: number,
  steps: Step[],
  env: Environment,
  mergeTargetState: string | undefined,
  notes: readonly DuplicateNote[] = [],
): Built {
  const { intake } = record;
  const facts = {
    channel: intake.channel,
    appealType: intake.appealType,
    category: intake.category,
    urgency: intake.urgency,
    confidential: intake.confidential,
    revisitConsent: intake.revisitConsent,
    title: intake.title,
    content: intake.content,
    callerName: intake.callerName,
    callerPhone: intake.callerPhone,
    address: intake.address,
    districtCode: intake.districtCode,
    receivedAt: intake.receivedAt,
  };
  let ticket = initialTicket(id, facts);
  const registration = { type: 'registered', at: intake.receivedAt, ...facts } as unknown as TicketEvent;
  const history: History = {
    record,
    id,
    steps,
    ticket,
    events: [{ event: registration, unitCode: null }],
    deadlines: [],
    timeline: [{ at: intake.receivedAt, state: ticket.state }],
  };
  const pending = [...notes].sort((a, b) => a.at.getTime() - b.at.getTime());
  const noteUpTo = (at: Date | null) => {
    while (pending[0] && (at === null || pending[0].at < at)) {
      const note = pending.shift()!;
      const event: TicketEvent = {
        type: 'duplicateMerged',
        duplicateTicketId: note.duplicateId,
        at: note.at,
      };
      ticket = evolve(ticket, [event]);
      history.events.push({ event, unitCode: null });
    }
  };
  const ticketFacts = { appealType: intake.appealType, category: intake.category, urgency: intake.urgency };
  const dispatchDeadlines = record.handling.mode === 'dispatch' ? record.handling.dispatch : null;
  for (const step of steps) {
    noteUpTo(step.at);
    const command = step.command;
    // The file's 反馈时限 and 办结时限 are the ticket's: they hold for the dispatch and for the child unit it is
    // handed down to (a child is never given less time than the file says, nor more than its parent).
    const override =
      command.type === 'dispatch' || command.type === 'subDispatch' ? dispatchDeadlines : undefined;
    const decision = decide(ticket, command, {
      now: step.at,
      deadlinesFor: () => {
        const policy = env.rules.deadlinesFor(ticketFacts, step.at);
        // 签收 always follows the policy.
        return {
          acknowledgeDue: policy.acknowledgeDue,
          feedbackDue: override?.feedbackDue ?? policy.feedbackDue,
          completionDue: override?.completionDue ?? policy.completionDue,
        };
      },
      isBelow: (child, parent) => env.directory.isStrictlyBelow(child, parent),
      ...(mergeTargetState ? { mergeTargetState } : {}),
    });
    if (!decision.ok) {
      const { code, message } = decision.error;
      const field = command.type === 'merge' ? 'answer' : 'handling';
      return { ok: false, problem: { rowNumber: record.rowNumber, field, code, message } };
    }
    const events: TicketEvent[] = decision.events.map((body) => ({
      ...body,
      at: body.type === 'completed' && step.completedAt ? step.completedAt : step.at,
    }));
    history.deadlines.push(
      ...deadlineChangesOf(ticket, events).map((change) => ({ ...change, at: step.at })),
    );
    ticket = evolve(ticket, events);
    for (const event of events) history.events.push({ event, unitCode: step.unitCode });
    history.timeline.push({ at: step.at, state: ticket.state });
  }
  noteUpTo(null);
  history.ticket = ticket;
  return { ok: true, history };
}

/** The state a ticket of the file was in at `at`; undefined before it was registered. */
function stateAt(history: History, at: Date): TicketState | undefined {
  let state: TicketState | undefined;
  for (const entry of history.timeline) if (entry.at <= at) state = entry.state;
  return state;
}

interface StoredTicket {
  id: number;
  state: string;
}

interface MergePlan {
  /** Each target before the duplicates that joined it. */
  histories: History[];
  /** Duplicates of the file merged into tickets already stored. */
  storedNotes: (DuplicateNote & { targetId: number })[];
  problems: ImportProblem[];
}

/** A 并单 row's target: the first number it names that is stored, or is a row of the file. */
function mergeTargetOf(record: ImportedTicket, isKnown: (number: string) => boolean): string | undefined {
  return record.handling.mode === 'merge' ? record.handling.targetNumbers.find(isKnown) : undefined;
}

/** The file's 并单 rows and the rows they join: these are planned together, after the rest. */
function numbersInMerges(
  records: readonly ImportedTicket[],
  isKnown: (number: string) => boolean,
): Set<string> {
  const numbers = new Set<string>();
  for (const record of records) {
    if (record.handling.mode !== 'merge') continue;
    numbers.add(record.number);
    const target = mergeTargetOf(record, isKnown);
    if (target !== undefined) numbers.add(target);
  }
  return numbers;
}

/**
 * Plans duplicates (并单) with the tickets of the file they join. A duplicate waits for its target's history, so
 * that the target's state is judged as it was when the duplicate joined it; a chain resolves link by link.
 */
function planMerges(
  records: readonly ImportedTicket[],
  provisionalId: ReadonlyMap<string, number>,
  stored: ReadonlyMap<string, StoredTicket>,
  env: Environment,
  isKnown: (number: string) => boolean,
): MergePlan {
  const byNumber = new Map(records.map((record) => [record.number, record]));
  const built = new Map<string, History>();
  const failed = new Set<string>();
  const problems: ImportProblem[] = [];
  const mergeStates = new Map<string, string | undefined>();
  const targets = new Map<string, string>();
  const fail = (
    record: ImportedTicket,
    code: string,
    message: string,
    field: ImportProblem['field'] = 'answer',
  ) => {
    problems.push({ rowNumber: record.rowNumber, field, code, message });
    failed.add(record.number);
  };
  const build = (record: ImportedTicket, target?: { id: number; state: string | undefined }) => {
    const steps = stepsOf(record, target?.id ?? 0);
    const result = runSteps(record, provisionalId.get(record.number)!, steps, env, target?.state);
    if (!result.ok) return fail(record, result.problem.code, result.problem.message, result.problem.field);
    built.set(record.number, result.history);
    mergeStates.set(record.number, target?.state);
  };
  for (const record of records) if (record.handling.mode !== 'merge') build(record);

  let waiting = records.filter((record) => record.handling.mode === 'merge');
  while (waiting.length > 0) {
    const later: ImportedTicket[] = [];
    for (const record of waiting) {
      const number = mergeTargetOf(record, isKnown);
      const mergeAt = closingTime(record);
      if (number === undefined) {
        const named = record.handling.mode === 'merge' ? (record.handling.targetNumbers[0] ?? '') : '';
        fail(record, 'UNKNOWN_TICKET', `并入的工单“${named}”既不在本文件中，也不在系统中`);
      } else if (number === record.number) {
        fail(record, 'MERGE_TARGET_INVALID', '不能并入本工单自己');
      } else if (stored.has(number)) {
        build(record, stored.get(number));
        targets.set(record.number, number);
      } else if (failed.has(number) || !byNumber.has(number)) {
        // The target's own row is invalid and reported there: one error is enough.
        failed.add(record.number);
      } else if (!built.has(number)) {
        later.push(record);
      } else {
        const state = stateAt(built.get(number)!, mergeAt);
        if (state === undefined)
          fail(record, 'MERGE_TARGET_INVALID', `并入的工单“${number}”在并单时尚未受理`);
        else {
          build(record, { id: built.get(number)!.id, state });
          targets.set(record.number, number);
        }
      }
    }
    if (later.length === waiting.length) {
      for (const record of later) fail(record, 'MERGE_TARGET_INVALID', '并单关系形成循环');
      break;
    }
    waiting = later;
  }

  const notes = new Map<string, DuplicateNote[]>();
  const storedNotes: MergePlan['storedNotes'] = [];
  for (const [duplicate, target] of targets) {
    const history = built.get(duplicate);
    if (!history || failed.has(duplicate)) continue;
    const note = { at: closingTime(history.record), duplicateId: history.id };
    const storedTarget = stored.get(target);
    if (storedTarget) storedNotes.push({ ...note, targetId: storedTarget.id });
    else notes.set(target, [...(notes.get(target) ?? []), note]);
  }
  for (const [number, list] of notes) {
    const history = built.get(number)!;
    const rerun = runSteps(history.record, history.id, history.steps, env, mergeStates.get(number), list);
    if (rerun.ok) built.set(number, rerun.history);
  }
  const histories = [...built.values()].filter((history) => !failed.has(history.record.number));
  return { histories, storedNotes, problems };
}

/** When a 直接答复, 不予受理, 转接 or 并单 happened: 办结时间 when the file gives it, 受理时间 otherwise. */
function closingTime(record: ImportedTicket): Date {
  const { handling } = record;
  return (handling.mode !== 'dispatch' ? handling.closedAt : null) ?? record.intake.receivedAt;
}

async function findStored(db: Executor, numbers: readonly string[]): Promise<Map<string, StoredTicket>> {
  const unique = [...new Set(numbers)];
  const stored = new Map<string, StoredTicket>();
  for (const chunk of chunks(unique, NUMBERS_PER_LOOKUP)) {
    const rows = await db
      .selectFrom('tickets')
      .select(['id', 'number', 'state'])
      .where('number', 'in', chunk)
      .execute();
    for (const row of rows) stored.set(row.number, { id: Number(row.id), state: row.state });
  }
  return stored;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

type Row = Record<string, unknown>;
type BulkTable = 'tickets' | 'ticket_events' | 'assignments' | 'deadline_changes';

/**
 * Multi-row INSERTs of a few hundred rows (under SQLite's 32,766 bound parameters). Kysely compiles a statement
 * once per table and row count, so the SQL is the dialect's own; later batches reuse its text with their own
 * parameters, which spares building a query tree for each of the millions of values a large file binds.
 */
function createBulkInsert(trx: Transaction<Database>) {
  const compiled = new Map<string, { sql: string; columns: string[] }>();
  const queued = new Map<BulkTable, Row[]>();
  const rowsPerStatement = (row: Row) =>
    Math.min(500, Math.floor(PARAMETERS_PER_STATEMENT / Math.max(Object.keys(row).length, 1)));

  async function run(table: BulkTable, rows: readonly Row[], returning: readonly ('id' | 'number')[]) {
    const key = `${table}|${rows.length}`;
    const known = compiled.get(key);
    const columns = known?.columns ?? Object.keys(rows[0]!);
    const parameters: unknown[] = [];
    for (const row of rows) for (const column of columns) parameters.push(row[column]);
    if (known) return (await trx.executeQuery<Row>(CompiledQuery.raw(known.sql, parameters))).rows;
    const query = trx.insertInto(table).values(rows as never);
    const built = (returning.length > 0 ? query.returning([...returning]) : query).compile();
    // Reused only when Kysely bound exactly these values in this order.
    const same =
      built.parameters.length === parameters.length && built.parameters.every((v, i) => v === parameters[i]);
    if (same) compiled.set(key, { sql: built.sql, columns });
    return (await trx.executeQuery<Row>(built)).rows;
  }

  return {
    /** Inserts now and answers the `returning` columns of every row. */
    async now(
      table: BulkTable,
      rows: readonly Row[],
      returning: readonly ('id' | 'number')[],
    ): Promise<Row[]> {
      const out: Row[] = [];
      if (rows.length === 0) return out;
      for (const chunk of chunks(rows, rowsPerStatement(rows[0]!)))
        out.push(...(await run(table, chunk, returning)));
      return out;
    },
    /** Queues rows; each statement goes out once it is full. */
    async later(table: BulkTable, rows: readonly Row[]): Promise<void> {
      const queue = queued.get(table) ?? [];
      queued.set(table, queue);
      for (const row of rows) queue.push(row);
      const size = queue[0] ? rowsPerStatement(queue[0]) : Infinity;
      while (queue.length >= size) await run(table, queue.splice(0, size), []);
    },
    async flush(): Promise<void> {
      for (const [table, queue] of queued) if (queue.length > 0) await run(table, queue.splice(0), []);
    },
  };
}

function ticketRow(
  history: History,
  actor: Actor,
  rules: DeadlineRules,
  at: string,
  mergedInto: number | null,
) {
  const { intake, number } = history.record;
  return {
    number,
    idempotency_key: null,
    channel: intake.channel,
    appeal_type: intake.appealType,
    category: intake.category,
    urgency: intake.urgency,
    confidential: flag(intake.confidential),
    revisit_consent: flag(intake.revisitConsent),
    title: intake.title,
    content: intake.content,
    caller_name: intake.callerName,
    caller_phone: intake.callerPhone,
    address: intake.address,
    district_code: intake.districtCode,
    received_at: toIso(intake.receivedAt),
    registered_by: actor.userId,
    ...ticketColumns(history.ticket),
    merged_into_id: mergedInto,
    ...dueColumns(rules.yellowFrom, history.ticket),
    created_at: at,
    updated_at: at,
  };
}

/**
 * Writes histories in the caller's transaction: ticket rows (numbered as the file numbers them), assignments,
 * events numbered 1..n as the live path numbers them, deadline history, and the rollups through the same
 * recorder the live path calls, buffered until `finish`.
 */
function createHistoryWriter(
  trx: Transaction<Database>,
  actor: Actor,
  env: Environment,
  rollups: RollupBuffer,
  now: Date,
) {
  const realId = new Map<number, number>();
  const idOf = (id: number | null) => (id === null || id > 0 ? id : (realId.get(id) ?? null));
  const at = toIso(now);
  const insert = createBulkInsert(trx);

  async function insertTickets(histories: readonly History[]): Promise<void> {
    const linkLater: History[] = [];
    const rows = histories.map((history) => {
      const mergedInto = idOf(history.ticket.mergedIntoId);
      if (history.ticket.mergedIntoId !== null && mergedInto === null) linkLater.push(history);
      return ticketRow(history, actor, env.rules, at, mergedInto);
    });
    const inserted = await insert.now('tickets', rows, ['id', 'number']);
    const idByNumber = new Map(inserted.map((row) => [String(row.number), Number(row.id)]));
    for (const history of histories) realId.set(history.id, idByNumber.get(history.record.number)!);
    // A duplicate written with the ticket it joined learns that ticket's id only now.
    for (const history of linkLater) {
      await trx
        .updateTable('tickets')
        .set({ merged_into_id: idOf(history.ticket.mergedIntoId) })
        .where('id', '=', idOf(history.id)!)
        .execute();
    }
  }

  return {
    async write(histories: readonly History[]): Promise<void> {
      if (histories.length === 0) return;
      await insertTickets(histories);
      const assignments: Row[] = [];
      const events: Row[] = [];
      const deadlines: Row[] = [];
      for (const history of histories) {
        const ticketId = idOf(history.id)!;
        for (const assignment of history.ticket.assignments)
          assignments.push({ ticket_id: ticketId, ...assignmentColumns(assignment) });
        history.events.forEach(({ event, unitCode }, index) =>
          events.push(eventRow(ticketId, index + 1, withRealIds(event, idOf), actor, unitCode)),
        );
        for (const d of history.deadlines) {
          deadlines.push({
            ticket_id: ticketId,
            round: d.round,
            unit_code: d.unitCode,
            kind: d.kind,
            due_at: d.dueAt ? toIso(d.dueAt) : null,
            previous_due_at: d.previousDueAt ? toIso(d.previousDueAt) : null,
            reason: d.reason,
            event_version: d.eventVersion,
            at: toIso(d.at),
          });
        }
        const after = { ...history.ticket, id: ticketId, mergedIntoId: idOf(history.ticket.mergedIntoId) };
        await rollups.onTicketChanged(trx, { before: null, after, directory: env.directory });
      }
      await insert.later('assignments', assignments);
      await insert.later('ticket_events', events);
      await insert.later('deadline_changes', deadlines);
    },

    async finish(storedNotes: MergePlan['storedNotes']): Promise<void> {
      await insert.flush();
      await rollups.flush(trx);
      for (const note of storedNotes) {
        await noteStoredDuplicate(trx, note, idOf(note.duplicateId)!, actor, env, now);
      }
    },
  };
}

function withRealIds(event: TicketEvent, resolve: (id: number | null) => number | null): TicketEvent {
  if (event.type === 'merged') return { ...event, intoTicketId: resolve(event.intoTicketId)! };
  if (event.type === 'duplicateMerged')
    return { ...event, duplicateTicketId: resolve(event.duplicateTicketId)! };
  return event;
}

/** The row shape of the repository's insertEvents. */
function eventRow(
  ticketId: number,
  version: number,
  event: TicketEvent,
  actor: Actor,
  unitCode: string | null,
) {
  const { type, at, ...body } = event;
  return {
    ticket_id: ticketId,
    version,
    type,
    at: toIso(at),
    actor_user_id: actor.userId,
    actor_unit_code: unitCode ?? actor.unitCode,
    unit_code: 'unitCode' in body && typeof body.unitCode === 'string' ? body.unitCode : null,
    data: eventData(body),
  };
}

/** A ticket already stored that a duplicate of the file joined: it records the duplicate, as the live 并单 does. */
async function noteStoredDuplicate(
  trx: Transaction<Database>,
  note: DuplicateNote & { targetId: number },
  duplicateId: number,
  actor: Actor,
  env: Environment,
  now: Date,
): Promise<void> {
  const repository = createTicketsRepository(trx);
  const target = await repository.loadTicket(note.targetId);
  if (!target) return;
  const event: TicketEvent = { type: 'duplicateMerged', duplicateTicketId: duplicateId, at: note.at };
  const after = evolve(target.ticket, [event]);
  const saved = await repository.saveChanges({
    before: target.ticket,
    after,
    events: [{ event, actorUserId: actor.userId, actorUnitCode: actor.unitCode }],
    deadlines: [],
    extra: dueColumns(env.rules.yellowFrom, after),
    at: now,
  });
  if (!saved)
    throw new AppError('VERSION_CONFLICT', '目标工单已被他人修改，请重试', { ticketId: note.targetId });
}

/** Lifecycle refusals found after some chunks were written: thrown so that the transaction rolls back. */
class ImportRefused extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super('import refused');
  }
}

/**
 * Imports legacy tickets (DESIGN §7): each row's history is built with the lifecycle's own rules and written,
 * with everything the live path writes, in one transaction. Tickets already stored (by 工单编号) are skipped.
 */
export function createTicketImporter(deps: {
  db: Executor;
  clock: Clock;
  units: UnitsService;
  calendar: CalendarService;
  /** A fresh rollup buffer for each import. */
  rollupBuffer: () => RollupBuffer;
}) {
  /**
   * @param options.dryRun check only (the file has other errors already): nothing is written
   * @param options.invalidNumbers numbers of the file's rows that failed validation: a duplicate naming one is not reported again
   */
  async function importTickets(
    actor: Actor,
    records: readonly ImportedTicket[],
    options: { dryRun?: boolean; invalidNumbers?: ReadonlySet<string> } = {},
  ): Promise<TicketImportOutcome> {
    const env: Environment = { directory: await deps.units.directory(), rules: await deps.calendar.rules() };
    try {
      return await attempt(actor, records, options, env);
    } catch (error) {
      // Another import of the same rows committed first: this attempt rolled back, and the next skips them.
      if (isUniqueViolation(error)) return attempt(actor, records, options, env);
      throw error;
    }
  }

  async function attempt(
    actor: Actor,
    records: readonly ImportedTicket[],
    options: { dryRun?: boolean; invalidNumbers?: ReadonlySet<string> },
    env: Environment,
  ): Promise<TicketImportOutcome> {
    let skipped = 0;
    try {
      return await inTransaction(deps.db, async (trx) => {
        const targets = records.flatMap((r) => (r.handling.mode === 'merge' ? r.handling.targetNumbers : []));
        const stored = await findStored(trx, [...records.map((r) => r.number), ...targets]);
        const fresh = records.filter((record) => !stored.has(record.number));
        skipped = records.length - fresh.length;
        const provisionalId = new Map(fresh.map((record, index) => [record.number, -(index + 1)]));
        const isKnown = (n: string) =>
          stored.has(n) || provisionalId.has(n) || !!options.invalidNumbers?.has(n);
        const inMerges = numbersInMerges(fresh, isKnown);
        const problems: ImportProblem[] = [];
        const writer = options.dryRun
          ? null
          : createHistoryWriter(trx, actor, env, deps.rollupBuffer(), deps.clock.now());
        const write = async (histories: History[]) => {
          if (writer && problems.length === 0) await writer.write(histories);
        };
        // Tickets on their own are built and written a chunk at a time: a large file never sits in memory whole.
        for (const chunk of chunks(
          fresh.filter((record) => !inMerges.has(record.number)),
          TICKETS_PER_CHUNK,
        )) {
          const histories: History[] = [];
          for (const record of chunk) {
            const built = runSteps(
              record,
              provisionalId.get(record.number)!,
              stepsOf(record, 0),
              env,
              undefined,
            );
            if (built.ok) histories.push(built.history);
            else problems.push(built.problem);
          }
          await write(histories);
        }
        const merges = planMerges(
          fresh.filter((r) => inMerges.has(r.number)),
          provisionalId,
          stored,
          env,
          isKnown,
        );
        problems.push(...merges.problems);
        await write(merges.histories);
        if (problems.length > 0) throw new ImportRefused(problems);
        await writer?.finish(merges.storedNotes);
        return { imported: options.dryRun ? 0 : fresh.length, skipped, problems: [] };
      });
    } catch (error) {
      if (error instanceof ImportRefused) return { imported: 0, skipped, problems: error.problems };
      throw error;
    }
  }
  return { importTickets };
}

export type TicketImporter = ReturnType<typeof createTicketImporter>;
