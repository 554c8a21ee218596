import { recordDuplicateOnTarget } from '../duplicate-merge.ts';
import { CompiledQuery, type Transaction } from 'kysely';
import { flag, toIso } from '../../../db/dialect.ts';
import type { Database } from '../../../db/schema.ts';
import type { TicketEvent } from '../../../domain/lifecycle/index.ts';
import type { Actor } from '../../../domain/access/actor.ts';
import type { DeadlineRules } from '../../calendar/index.ts';
import type { MergePlan } from './ticket-import-merges.ts';
import type { Environment, History, RollupBuffer } from './ticket-import-types.ts';
import { assignmentColumns, dueColumns, eventData, ticketColumns } from '../ticket-mapper.ts';
import { deadlineChangeRow } from '../tickets.repository.ts';

/** Bound parameters of one multi-row INSERT: well under SQLite's 32,766. */
const PARAMETERS_PER_STATEMENT = 15_000;

export function chunks<T>(items: readonly T[], size: number): T[][] {
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
    category_code: intake.categoryCode,
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
export function createHistoryWriter(
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
        for (const d of history.deadlines) deadlines.push(deadlineChangeRow(ticketId, d, d.at));
        const after = { ...history.ticket, id: ticketId, mergedIntoId: idOf(history.ticket.mergedIntoId) };
        await rollups.onTicketChanged(trx, {
          before: null,
          after,
          channel: history.record.intake.channel,
          directory: env.directory,
        });
      }
      await insert.later('assignments', assignments);
      await insert.later('ticket_events', events);
      await insert.later('deadline_changes', deadlines);
    },

    async finish(storedNotes: MergePlan['storedNotes']): Promise<void> {
      await insert.flush();
      await rollups.flush(trx);
      for (const note of storedNotes) {
        // A ticket already stored that a duplicate of the file joined records it, as the live 并单 does.
        await recordDuplicateOnTarget(trx, {
          targetId: note.targetId,
          duplicateId: idOf(note.duplicateId)!,
          at: note.at,
          savedAt: now,
          actor,
          yellowFrom: env.rules.yellowFrom,
        });
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
