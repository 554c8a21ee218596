import { sql } from 'kysely';
import { randomBytes } from 'node:crypto';
import type { Executor } from '../../db/executor.ts';
import { toIso } from '../../db/dialect.ts';
import type { AssignmentRow, NewTicketRow, TicketEventRow, TicketRow } from '../../db/schema.ts';
import type { Assignment, Ticket, TicketEvent } from '../../domain/lifecycle/index.ts';
import { assignmentColumns, eventData, ticketColumns, ticketFromRows } from './ticket-mapper.ts';
import { statements } from './tickets.statements.ts';

export interface StoredEvent {
  event: TicketEvent;
  actorUserId: number | null;
  actorUnitCode: string | null;
}

export interface DeadlineChange {
  round: number;
  unitCode: string;
  kind: 'acknowledge' | 'feedback' | 'completion';
  dueAt: Date | null;
  previousDueAt: Date | null;
  reason: 'dispatch' | 'subDispatch' | 'reopen' | 'extension';
  eventVersion: number;
}

export interface TicketListFilter {
  states?: string[];
  appealType?: string;
  urgencies?: string[];
  channel?: string;
  flag?: 'yellow' | 'red';
  /** Tickets with an assignment to one of these units (a unit and those below it; never empty). */
  unitCodes?: readonly string[];
  leadUnitCode?: string;
  receivedFrom?: string;
  receivedTo?: string;
  search?: string;
  /** The caller's number, exactly (the agent's "this caller's tickets", Ctrl+K by phone) */
  callerPhone?: string;
  now: string;
}

const PROCESS_TAG = randomBytes(6).toString('hex');
let placeholderCounter = 0;

export function createTicketsRepository(db: Executor) {
  return {
    async insertTicket(
      row: Omit<NewTicketRow, 'number'>,
      numberFor: (id: number) => string,
    ): Promise<{ id: number; number: string }> {
      // The number derives from the id, which exists only after the insert; a unique stand-in holds its place.
      const placeholder = `~${PROCESS_TAG}${(placeholderCounter += 1).toString(36)}`;
      const id = await statements.insertTicket(db, { ...row, number: placeholder });
      const number = numberFor(id);
      await statements.setNumber(db, id, number);
      return { id, number };
    },

    findByIdempotencyKey(key: string) {
      return db
        .selectFrom('tickets')
        .select(['id', 'number', 'version', 'state', 'idempotency_digest'])
        .where('idempotency_key', '=', key)
        .executeTakeFirst();
    },

    async findIdByNumber(number: string): Promise<number | undefined> {
      const row = await db.selectFrom('tickets').select('id').where('number', '=', number).executeTakeFirst();
      return row ? Number(row.id) : undefined;
    },

    findRow(id: number): Promise<TicketRow | undefined> {
      return statements.ticketRow<TicketRow>(db, id);
    },

    listAssignments(ticketId: number): Promise<AssignmentRow[]> {
      return statements.assignmentRows<AssignmentRow>(db, ticketId);
    },

    listEvents(ticketId: number): Promise<TicketEventRow[]> {
      return db
        .selectFrom('ticket_events')
        .selectAll()
        .where('ticket_id', '=', ticketId)
        .orderBy('version')
        .execute();
    },

    listDeadlineChanges(ticketId: number) {
      return db
        .selectFrom('deadline_changes')
        .selectAll()
        .where('ticket_id', '=', ticketId)
        .orderBy('id')
        .execute();
    },

    async loadTicket(
      id: number,
    ): Promise<{ row: TicketRow; ticket: Ticket; assignmentRows: AssignmentRow[] } | undefined> {
      const row = await this.findRow(id);
      if (!row) return undefined;
      const assignmentRows = await this.listAssignments(id);
      return { row, ticket: ticketFromRows(row, assignmentRows), assignmentRows };
    },

    /**
     * Writes the new state, its assignments and its events together. The update only applies when the
     * stored version is still the one the decision was made on; false means another command won the race.
     */
    async saveChanges(change: {
      before: Ticket;
      after: Ticket;
      events: StoredEvent[];
      deadlines: DeadlineChange[];
      extra: { lead_unit_code: string | null; due_at: string | null; yellow_at: string | null };
      at: Date;
    }): Promise<boolean> {
      const { before, after } = change;
      const updated = await statements.updateTicket(db, before.id, before.version, {
        ...changedColumns(ticketColumns(before), ticketColumns(after)),
        ...change.extra,
        updated_at: toIso(change.at),
      });
      if (updated !== 1) return false;
      await saveAssignments(db, before, after);
      await this.insertEvents(before.id, before.version + 1, change.events);
      await statements.insert(
        db,
        'deadline_changes',
        change.deadlines.map((d) => deadlineChangeRow(before.id, d, change.at)),
      );
      return true;
    },

    /** Appends events numbered from `firstVersion` (a new ticket's log starts at 1). */
    async insertEvents(ticketId: number, firstVersion: number, events: StoredEvent[]): Promise<void> {
      await statements.insert(
        db,
        'ticket_events',
        events.map((stored, index) => eventRow(ticketId, firstVersion + index, stored)),
      );
    },

    async list(
      filter: TicketListFilter,
      page: { offset: number; limit: number },
    ): Promise<{ rows: TicketRow[]; total: number }> {
      let query = db.selectFrom('tickets');
      if (filter.states?.length) query = query.where('state', 'in', filter.states);
      if (filter.appealType) query = query.where('appeal_type', '=', filter.appealType);
      if (filter.urgencies?.length) query = query.where('urgency', 'in', filter.urgencies);
      if (filter.channel) query = query.where('channel', '=', filter.channel);
      if (filter.leadUnitCode) query = query.where('lead_unit_code', '=', filter.leadUnitCode);
      if (filter.receivedFrom) query = query.where('received_at', '>=', filter.receivedFrom);
      if (filter.receivedTo) query = query.where('received_at', '<', filter.receivedTo);
      if (filter.flag === 'red') query = query.where('due_at', '<', filter.now);
      if (filter.flag === 'yellow')
        query = query.where('yellow_at', '<=', filter.now).where('due_at', '>=', filter.now);
      if (filter.callerPhone) query = query.where('caller_phone', '=', filter.callerPhone);
      else if (filter.search) {
        const pattern = `%${filter.search.replace(/[%_]/g, '')}%`;
        query = query.where((eb) => eb.or([eb('title', 'like', pattern), eb('number', '=', filter.search!)]));
      }
      if (filter.unitCodes) {
        const codes = [...filter.unitCodes];
        query = query.where((eb) =>
          eb.exists(
            eb
              .selectFrom('assignments')
              .select(sql<number>`1`.as('one'))
              .whereRef('assignments.ticket_id', '=', 'tickets.id')
              .where('assignments.unit_code', 'in', codes),
          ),
        );
      }
      const totalRow = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
      const rows = await query
        .selectAll()
        .orderBy('received_at', 'desc')
        .orderBy('id', 'desc')
        .offset(page.offset)
        .limit(page.limit)
        .execute();
      return { rows, total: Number(totalRow?.n ?? 0) };
    },
  };
}

/** Only what changed is written: a shorter UPDATE, and the version always moves. */
function changedColumns<T extends Record<string, unknown>>(before: T, after: T): Partial<T> {
  const changed: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (after[key] !== before[key] || key === 'version') changed[key] = after[key];
  }
  return changed;
}

/** A deadline_changes row: the deadline history kept for every assignment (DESIGN §5). */
export function deadlineChangeRow(ticketId: number, d: DeadlineChange, at: Date) {
  return {
    ticket_id: ticketId,
    round: d.round,
    unit_code: d.unitCode,
    kind: d.kind,
    due_at: d.dueAt ? toIso(d.dueAt) : null,
    previous_due_at: d.previousDueAt ? toIso(d.previousDueAt) : null,
    reason: d.reason,
    event_version: d.eventVersion,
    at: toIso(at),
  };
}

function eventRow(ticketId: number, version: number, stored: StoredEvent) {
  const { type, at, ...body } = stored.event;
  return {
    ticket_id: ticketId,
    version,
    type,
    at: toIso(at),
    actor_user_id: stored.actorUserId,
    actor_unit_code: stored.actorUnitCode,
    unit_code: 'unitCode' in body && typeof body.unitCode === 'string' ? body.unitCode : null,
    data: eventData(body),
  };
}

async function saveAssignments(db: Executor, before: Ticket, after: Ticket): Promise<void> {
  const key = (a: Assignment) => `${a.round}|${a.unitCode}`;
  const previous = new Map(before.assignments.map((a) => [key(a), a]));
  const added: Record<string, unknown>[] = [];
  for (const assignment of after.assignments) {
    const old = previous.get(key(assignment));
    // Assignments are replaced, never edited in place, by evolve: an unchanged one is the same object.
    if (old === assignment) continue;
    const columns = assignmentColumns(assignment);
    if (old === undefined) added.push({ ticket_id: after.id, ...columns });
    else
      await statements.updateAssignment(
        db,
        { ticketId: after.id, round: assignment.round, unitCode: assignment.unitCode },
        columns,
      );
  }
  await statements.insert(db, 'assignments', added);
}

export type TicketsRepository = ReturnType<typeof createTicketsRepository>;
