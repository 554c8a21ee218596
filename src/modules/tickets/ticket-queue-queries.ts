import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Executor } from '../../db/executor.ts';
import type { Database, TicketRow } from '../../db/schema.ts';
import { toNumber } from '../../db/dialect.ts';
import { CLOSED_STATES } from '../../domain/lifecycle/index.ts';

// Reads of the ticket tables for the console's work queues (the queues module): one filter, answered as a
// count, a page, or the ids of every match. Each queue's defining condition is one the 0011 indexes answer.

export { summaryView as ticketSummaryOf } from './ticket-views.ts';

export interface TicketQueueFilter {
  states?: readonly string[];
  /** Tickets where one of these units holds an assignment in one of these states (a unit's own work). */
  assignment?: { unitCodes: readonly string[]; states: readonly string[] };
  /** Tickets with a 退回 or 延期 request awaiting the centre's ruling. */
  pendingRuling?: boolean;
  registeredBy?: number;
  supervised?: boolean;
  flag?: 'yellow' | 'red';
  /** 诉求分类 code prefix: '01' is a level-1 category and everything below it. */
  categoryPrefix?: string;
  districtCode?: string;
  /** Tickets with an assignment, in any round, to one of these units. */
  withinUnits?: readonly string[];
  urgencies?: readonly string[];
  channel?: string;
  appealType?: string;
  receivedFrom?: string;
  receivedTo?: string;
  /** 工单编号 or phone number (exact), or words of the title. */
  search?: string;
  /** Conditions of the caller's own on `tickets.id`. */
  also?: readonly Expression<SqlBool>[];
  now: string;
}

export interface TicketQueueSort {
  key: 'receivedAt' | 'dueAt' | 'urgency' | 'number';
  direction: 'asc' | 'desc';
}

type Where = ExpressionBuilder<Database, 'tickets'>;

/**
 * The condition of the partial indexes tickets_open_queue_idx and tickets_open_id_idx (migration 0011), in their
 * very words: said of a queue of open tickets it changes nothing, but it lets both databases answer the queue
 * from those small covering indexes instead of the ticket rows. Its list is CLOSED_STATES (a test holds the two
 * together).
 */
export const OPEN_TICKET_SQL =
  "tickets.state not in ('answered', 'rejected', 'transferred', 'merged', 'completed', 'archived')";
const openTicket = sql.raw<SqlBool>(OPEN_TICKET_SQL);

function conditions(eb: Where, filter: TicketQueueFilter): Expression<SqlBool>[] {
  const all: Expression<SqlBool>[] = [];
  const { assignment } = filter;
  if (filter.states) {
    all.push(eb('tickets.state', 'in', [...filter.states]));
    if (filter.states.every((state) => !CLOSED_STATES.includes(state as never))) all.push(openTicket);
  }
  if (assignment) {
    // IN (subquery) rather than EXISTS: both databases then start from the unit's open assignments and look
    // each ticket up in tickets_open_id_idx (by the open-ticket condition, or a card's deadline), never
    // reading a whole ticket row.
    all.push(
      eb(
        'tickets.id',
        'in',
        eb
          .selectFrom('assignments')
          .select('assignments.ticket_id')
          .where('assignments.unit_code', 'in', [...assignment.unitCodes])
          .where('assignments.state', 'in', [...assignment.states]),
      ),
    );
  }
  if (filter.pendingRuling) {
    // Literal conditions: the partial index assignments_pending_ruling_idx is chosen only for its own text.
    all.push(
      sql<SqlBool>`tickets.id in (select a.ticket_id from assignments a
        where a.send_back_requested_at is not null or a.extension_requested_at is not null)`,
    );
  }
  if (filter.registeredBy !== undefined) all.push(eb('tickets.registered_by', '=', filter.registeredBy));
  if (filter.supervised) all.push(sql<SqlBool>`tickets.supervised = 1`);
  if (filter.flag === 'red') all.push(eb('tickets.due_at', '<', filter.now));
  if (filter.flag === 'yellow')
    all.push(eb('tickets.yellow_at', '<=', filter.now), eb('tickets.due_at', '>=', filter.now));
  if (filter.categoryPrefix) all.push(eb('tickets.category_code', 'like', `${filter.categoryPrefix}%`));
  if (filter.districtCode) all.push(eb('tickets.district_code', '=', filter.districtCode));
  if (filter.withinUnits) {
    all.push(
      eb.exists(
        eb
          .selectFrom('assignments')
          .select(sql<number>`1`.as('one'))
          .whereRef('assignments.ticket_id', '=', 'tickets.id')
          .where('assignments.unit_code', 'in', [...filter.withinUnits]),
      ),
    );
  }
  if (filter.urgencies) all.push(eb('tickets.urgency', 'in', [...filter.urgencies]));
  if (filter.channel) all.push(eb('tickets.channel', '=', filter.channel));
  if (filter.appealType) all.push(eb('tickets.appeal_type', '=', filter.appealType));
  if (filter.receivedFrom) all.push(eb('tickets.received_at', '>=', filter.receivedFrom));
  if (filter.receivedTo) all.push(eb('tickets.received_at', '<', filter.receivedTo));
  if (filter.search) {
    const words = `%${filter.search.replace(/[%_\\]/g, '')}%`;
    all.push(
      eb.or([
        eb('tickets.number', '=', filter.search),
        eb('tickets.caller_phone', '=', filter.search),
        eb('tickets.title', 'like', words),
      ]),
    );
  }
  if (filter.also) all.push(...filter.also);
  return all;
}

/** 特急 first when descending: the code list's order, not the alphabet's. */
const urgencyRank = sql<number>`case tickets.urgency when 'critical' then 3 when 'urgent' then 2 else 1 end`;

/**
 * A sort key no index can serve. Every queue is a small slice of the open tickets, found through the index of
 * what defines it and sorted in memory; an ORDER BY that an index could serve tempts SQLite's planner (which
 * knows only average selectivities) to walk the whole history in that index's order instead, hoping to meet
 * 50 matches early, which on 10M tickets costs seconds.
 */
const key = (column: 'received_at' | 'due_at' | 'number') =>
  sql<string>`(${sql.ref(`tickets.${column}`)} || '')`;

export function createTicketQueueQueries(db: Executor) {
  const matching = (filter: TicketQueueFilter) =>
    db.selectFrom('tickets').where((eb) => eb.and(conditions(eb, filter)));

  function ordered(filter: TicketQueueFilter, sort: TicketQueueSort) {
    const query = matching(filter);
    const dir = sort.direction;
    switch (sort.key) {
      case 'receivedAt':
        return query.orderBy(key('received_at'), dir).orderBy('tickets.id', dir);
      case 'number':
        return query.orderBy(key('number'), dir);
      case 'urgency':
        return query
          .orderBy(urgencyRank, dir)
          .orderBy(key('received_at'), 'asc')
          .orderBy('tickets.id', 'asc');
      case 'dueAt':
        // Tickets owing nothing have no deadline: last in either direction, on both databases.
        return query
          .orderBy(key('due_at'), (ob) => (dir === 'asc' ? ob.asc() : ob.desc()).nullsLast())
          .orderBy('tickets.id', dir);
    }
  }

  async function count(filter: TicketQueueFilter): Promise<number> {
    const row = await matching(filter)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    return toNumber(row?.n);
  }

  async function page(
    filter: TicketQueueFilter,
    sort: TicketQueueSort,
    range: { offset: number; limit: number },
  ): Promise<TicketRow[]> {
    const ids = await ordered(filter, sort)
      .select('tickets.id')
      .offset(range.offset)
      .limit(range.limit)
      .execute();
    return rowsInOrder(ids.map((row) => Number(row.id)));
  }

  return {
    count,

    /**
     * One page: the ids in order first, then those rows only, so a deep page reads 50 rows rather than every
     * row before it.
     */
    page,

    /**
     * A page and the number of all matches. A unit's queue, whose costly part is gathering the unit's open
     * assignments, is counted in the same pass (count(*) over (), the selection being small): 6.7 ms of CPU
     * for a district's 已超时 against 5.0 + 6.3 in two queries. A centre queue is counted apart: there the window
     * keeps SQLite from sorting only the first rows, 13.5 ms against 0.5 + 2.1 for the city's 20,860 在办.
     */
    async pageWithTotal(
      filter: TicketQueueFilter,
      sort: TicketQueueSort,
      range: { offset: number; limit: number },
    ): Promise<{ total: number; rows: TicketRow[] }> {
      if (!filter.assignment) {
        const total = await count(filter);
        return { total, rows: range.offset < total ? await page(filter, sort, range) : [] };
      }
      const ids = await ordered(filter, sort)
        .select(['tickets.id', sql<number>`count(*) over ()`.as('total')])
        .offset(range.offset)
        .limit(range.limit)
        .execute();
      // Past the last page no row carries the total: it is counted apart.
      if (ids.length === 0) return { total: range.offset === 0 ? 0 : await count(filter), rows: [] };
      return { total: toNumber(ids[0]!.total), rows: await rowsInOrder(ids.map((row) => Number(row.id))) };
    },

    /**
     * 即将超时 and 已超时 of one selection counted together: a unit's two card queues share their costly part
     * (the subtree's open assignments, each looked up among the open tickets), done once rather than twice.
     */
    async countCards(filter: Omit<TicketQueueFilter, 'flag'>): Promise<{ yellow: number; red: number }> {
      const row = await matching(filter)
        .where('tickets.due_at', 'is not', null)
        .select([
          sql<number>`coalesce(sum(case when tickets.yellow_at <= ${filter.now} and tickets.due_at >= ${filter.now} then 1 else 0 end), 0)`.as(
            'yellow',
          ),
          sql<number>`coalesce(sum(case when tickets.due_at < ${filter.now} then 1 else 0 end), 0)`.as('red'),
        ])
        .executeTakeFirst();
      return { yellow: toNumber(row?.yellow), red: toNumber(row?.red) };
    },

    /** Every match in order, up to `limit` (bulk actions and exports cap their size before asking). */
    async ids(
      filter: TicketQueueFilter,
      sort: TicketQueueSort,
      limit: number,
    ): Promise<{ id: number; number: string }[]> {
      const rows = await ordered(filter, sort)
        .select(['tickets.id', 'tickets.number'])
        .limit(limit)
        .execute();
      return rows.map((row) => ({ id: Number(row.id), number: row.number }));
    },

    rowsInOrder,

    /**
     * The next deadline each of these units owes on each ticket (签收, then 反馈), from their open assignments:
     * a supporting or second-level unit's deadline may differ from the lead unit's on the ticket row.
     */
    async unitDeadlines(ticketIds: readonly number[], unitCodes: readonly string[]) {
      const due = new Map<number, string>();
      if (ticketIds.length === 0 || unitCodes.length === 0) return due;
      const rows = [];
      // In slices: an export asks for up to 50,000 tickets, beyond either database's parameter limit.
      for (let i = 0; i < ticketIds.length; i += 500)
        rows.push(
          ...(await db
            .selectFrom('assignments')
            .select(['ticket_id', 'state', 'acknowledge_due', 'feedback_due'])
            .where('ticket_id', 'in', ticketIds.slice(i, i + 500))
            .where('unit_code', 'in', [...unitCodes])
            .where('state', 'in', ['dispatched', 'inProgress'])
            .execute()),
        );
      for (const row of rows) {
        const next =
          row.state === 'dispatched' ? (row.acknowledge_due ?? row.feedback_due) : row.feedback_due;
        const id = Number(row.ticket_id);
        const known = due.get(id);
        if (next && (!known || next < known)) due.set(id, next);
      }
      return due;
    },
  };

  async function rowsInOrder(ids: readonly number[]): Promise<TicketRow[]> {
    if (ids.length === 0) return [];
    const byId = new Map<number, TicketRow>();
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await db
        .selectFrom('tickets')
        .selectAll()
        .where('id', 'in', ids.slice(i, i + 500))
        .execute();
      for (const row of rows) byId.set(Number(row.id), row);
    }
    return ids.map((id) => byId.get(id)).filter((row): row is TicketRow => row !== undefined);
  }
}

export type TicketQueueQueries = ReturnType<typeof createTicketQueueQueries>;
