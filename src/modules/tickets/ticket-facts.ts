import type { Executor } from '../../db/executor.ts';
import { sql } from 'kysely';
import type { AssignmentRow, TicketEventRow, TicketRow } from '../../db/schema.ts';
import type { Ticket } from '../../domain/lifecycle/index.ts';
import { ticketFromRows } from './ticket-mapper.ts';
import { replayTicket } from './ticket-replay.ts';
import { listPublicTickets, type PublicTicketFilter } from './ticket-public-list.ts';

/** One assignment of a ticket with the ticket's outcome: what other modules score and explain. */
export interface AssignmentOutcome {
  ticketId: number;
  number: string;
  title: string;
  completedAt: string | null;
  revisitedAt: string | null;
  revisitReached: number | null;
  satisfaction: string | null;
  unitCode: string;
  state: string;
  acknowledgeDue: string | null;
  acknowledgedAt: string | null;
  feedbackDue: string | null;
  feedbackAt: string | null;
  completionDue: string | null;
}

/** A ticket and the reply of its top-level lead unit, as a bulletin's 典型件 quotes them. */
export interface TicketWithReply {
  title: string;
  content: string;
  answer: string | null;
  leadUnitCode: string | null;
  reply: { unitCode: string; text: string | null } | null;
}

/** A ticket as the lifecycle sees it (from its row, as live commands do), with what a list shows of it. */
export interface ListedTicket {
  ticket: Ticket;
  number: string;
  title: string;
  channel: string;
}

/** Which tickets registered in [fromIso, toIso) to read; each condition only narrows. */
export interface RegisteredTicketsFilter {
  fromIso: string;
  toIso: string;
  /** Only tickets with an assignment, in any round, to one of these units */
  unitCodes?: readonly string[];
  /** Only tickets with a recorded revisit */
  revisited?: boolean;
  /** Only tickets with a completion time */
  completed?: boolean;
}

const BATCH = 2000;

/**
 * What the tickets module tells other modules about tickets, read-only and without an actor: evaluation and
 * bulletins read ticket tables only through here, so the tables stay the tickets module's to change.
 */
export function createTicketFacts(db: Executor) {
  return {
    /** What may be published of tickets (Open311): never 保密件, never the caller or the content. */
    publicTickets: (filter: PublicTicketFilter) => listPublicTickets(db, filter),

    /** Assignments of the given units on tickets received in [fromIso, toIso), in ticket order. */
    async assignmentOutcomes(input: {
      unitCodes: readonly string[];
      fromIso: string;
      toIso: string;
    }): Promise<AssignmentOutcome[]> {
      if (input.unitCodes.length === 0) return [];
      const rows = await db
        .selectFrom('assignments')
        .innerJoin('tickets', 'tickets.id', 'assignments.ticket_id')
        .select([
          'tickets.id as ticketId',
          'tickets.number',
          'tickets.title',
          'tickets.completed_at as completedAt',
          'tickets.revisited_at as revisitedAt',
          'tickets.revisit_reached as revisitReached',
          'tickets.satisfaction',
          'assignments.unit_code as unitCode',
          'assignments.state',
          'assignments.acknowledge_due as acknowledgeDue',
          'assignments.acknowledged_at as acknowledgedAt',
          'assignments.feedback_due as feedbackDue',
          'assignments.feedback_at as feedbackAt',
          'assignments.completion_due as completionDue',
        ])
        .where('assignments.unit_code', 'in', [...input.unitCodes])
        .where('tickets.received_at', '>=', input.fromIso)
        .where('tickets.received_at', '<', input.toIso)
        .orderBy('tickets.id')
        .execute();
      return rows.map((row) => ({ ...row, ticketId: Number(row.ticketId) }));
    },

    /** The ticket with this number and its latest top-level lead reply; undefined when there is none. */
    /** The revisit outcome of each of these tickets that had one (回访: reached, satisfaction). */
    async revisitOutcomes(
      ticketIds: readonly number[],
    ): Promise<{ reached: boolean; satisfaction: string | null }[]> {
      const outcomes: { reached: boolean; satisfaction: string | null }[] = [];
      for (let start = 0; start < ticketIds.length; start += BATCH) {
        const rows = await db
          .selectFrom('tickets')
          .select(['revisit_reached', 'satisfaction'])
          .where('id', 'in', ticketIds.slice(start, start + BATCH))
          .where('revisited_at', 'is not', null)
          .execute();
        for (const row of rows)
          outcomes.push({ reached: row.revisit_reached === 1, satisfaction: row.satisfaction });
      }
      return outcomes;
    },

    async withReply(number: string): Promise<TicketWithReply | undefined> {
      const ticket = await db
        .selectFrom('tickets')
        .select(['id', 'title', 'content', 'lead_unit_code', 'answer'])
        .where('number', '=', number)
        .executeTakeFirst();
      if (!ticket) return undefined;
      const reply = await db
        .selectFrom('assignments')
        .select(['unit_code', 'feedback_text'])
        .where('ticket_id', '=', ticket.id)
        .where('role', '=', 'lead')
        .where('parent_unit_code', 'is', null)
        .orderBy('round', 'desc')
        .executeTakeFirst();
      return {
        title: ticket.title,
        content: ticket.content,
        answer: ticket.answer,
        leadUnitCode: ticket.lead_unit_code,
        reply: reply ? { unitCode: reply.unit_code, text: reply.feedback_text } : null,
      };
    },

    /**
     * Tickets registered in the range, a batch at a time in order of registration: the candidates a figure's
     * tickets are picked from (the dashboard keeps those whose rollup contributions hold the figure's counter).
     */
    async *registeredTickets(filter: RegisteredTicketsFilter): AsyncGenerator<ListedTicket[]> {
      // Keyset pages on (received_at, id): the received_at index serves every page, however deep.
      let cursor: { at: string; id: number } | null = null;
      for (;;) {
        let query = db
          .selectFrom('tickets')
          .selectAll()
          .where('tickets.received_at', '>=', cursor?.at ?? filter.fromIso)
          .where('tickets.received_at', '<', filter.toIso);
        if (cursor) {
          const { at, id } = cursor;
          query = query.where((eb) => eb.or([eb('tickets.received_at', '>', at), eb('tickets.id', '>', id)]));
        }
        if (filter.revisited) query = query.where('tickets.revisited_at', 'is not', null);
        if (filter.completed) query = query.where('tickets.completed_at', 'is not', null);
        if (filter.unitCodes) {
          const codes = [...filter.unitCodes];
          if (codes.length === 0) return;
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
        const rows: TicketRow[] = await query
          .orderBy('tickets.received_at')
          .orderBy('tickets.id')
          .limit(BATCH)
          .execute();
        if (rows.length === 0) return;
        const ids = rows.map((row) => Number(row.id));
        const assignments = new Map<number, AssignmentRow[]>();
        for (let start = 0; start < ids.length; start += 500) {
          const found = await db
            .selectFrom('assignments')
            .selectAll()
            .where('ticket_id', 'in', ids.slice(start, start + 500))
            .orderBy('ticket_id')
            .orderBy('id')
            .execute();
          for (const row of found) {
            const list = assignments.get(Number(row.ticket_id)) ?? [];
            list.push(row);
            assignments.set(Number(row.ticket_id), list);
          }
        }
        yield rows.map((row) => ({
          ticket: ticketFromRows(row, assignments.get(Number(row.id)) ?? []),
          number: row.number,
          title: row.title,
          channel: row.channel,
        }));
        const last: TicketRow = rows[rows.length - 1]!;
        cursor = { at: last.received_at, id: Number(last.id) };
        if (rows.length < BATCH) return;
      }
    },

    /**
     * Every ticket replayed from its events alone (not from its row), a batch at a time, in id order; only those
     * with an assignment, in any round, to one of `unitCodes` when given.
     */
    async *replayedFromEvents(
      filter: { unitCodes?: readonly string[] } = {},
    ): AsyncGenerator<{ ticket: Ticket; channel: string }[]> {
      const codes = filter.unitCodes ? [...filter.unitCodes] : null;
      if (codes?.length === 0) return;
      let after = 0;
      for (;;) {
        const ids = (
          codes
            ? await db
                .selectFrom('assignments')
                .select('ticket_id as id')
                .distinct()
                .where('unit_code', 'in', codes)
                .where('ticket_id', '>', after)
                .orderBy('ticket_id')
                .limit(BATCH)
                .execute()
            : await db
                .selectFrom('tickets')
                .select('id')
                .where('id', '>', after)
                .orderBy('id')
                .limit(BATCH)
                .execute()
        ).map((r) => Number(r.id));
        if (ids.length === 0) return;
        const events = await db
          .selectFrom('ticket_events')
          .selectAll()
          .$if(codes === null, (q) =>
            q.where('ticket_id', '>=', ids[0]!).where('ticket_id', '<=', ids[ids.length - 1]!),
          )
          .$if(codes !== null, (q) => q.where('ticket_id', 'in', ids))
          .orderBy('ticket_id')
          .orderBy('version')
          .execute();
        const byTicket = new Map<number, TicketEventRow[]>();
        for (const event of events) {
          const list = byTicket.get(event.ticket_id) ?? [];
          list.push(event);
          byTicket.set(event.ticket_id, list);
        }
        // The channel is set at intake and never changes: it is read from the row.
        const channels = new Map(
          (await db.selectFrom('tickets').select(['id', 'channel']).where('id', 'in', ids).execute()).map(
            (row) => [Number(row.id), row.channel],
          ),
        );
        yield ids.map((id) => ({
          ticket: replayTicket(id, byTicket.get(id) ?? []),
          channel: channels.get(id) ?? '',
        }));
        after = ids[ids.length - 1]!;
      }
    },
  };
}

export type TicketFacts = ReturnType<typeof createTicketFacts>;

/** A ticket's 工单编号, read in the caller's transaction (the lines module labels its transfer records). */
export async function ticketNumberIn(db: Executor, id: number): Promise<string> {
  const row = await db.selectFrom('tickets').select('number').where('id', '=', id).executeTakeFirstOrThrow();
  return row.number;
}
