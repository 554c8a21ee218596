import { sql, type Expression, type Generated, type Kysely, type SqlBool } from 'kysely';
import type { Executor } from '../../db/executor.ts';
import type { Database } from '../../db/schema.ts';
import { toNumber } from '../../db/dialect.ts';

// The queues module's own tables (migration 0011-queues), typed here rather than in the shared schema file.
interface SavedFiltersTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  view: string;
  /** JSON of the filter as URL text */
  filter: string;
  created_at: string;
}

interface RevisitAssignmentsTable {
  ticket_id: number;
  assignee_user_id: number;
  assigned_by: number | null;
  assigned_at: string;
}

type QueueTables = {
  saved_filters: SavedFiltersTable;
  revisit_assignments: RevisitAssignmentsTable;
};

export interface SavedFilterRecord {
  id: number;
  userId: number;
  name: string;
  view: string;
  filter: string;
  createdAt: string;
}

/** Conditions on `tickets.id` by revisit assignment, for the ticket queue queries. */
export const revisitAssignedTo = (userId: number): Expression<SqlBool> =>
  sql<SqlBool>`exists (select 1 from revisit_assignments r
    where r.ticket_id = tickets.id and r.assignee_user_id = ${userId})`;
export const revisitUnassigned: Expression<SqlBool> = sql<SqlBool>`not exists (select 1 from revisit_assignments r
  where r.ticket_id = tickets.id)`;

export function createQueuesRepository(executor: Executor) {
  const db = (executor as Kysely<Database>).withTables<QueueTables>();
  return {
    async savedFiltersOf(userId: number): Promise<SavedFilterRecord[]> {
      const rows = await db
        .selectFrom('saved_filters')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('name')
        .orderBy('id')
        .execute();
      return rows.map(toRecord);
    },

    async countSavedFilters(userId: number): Promise<number> {
      const row = await db
        .selectFrom('saved_filters')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return toNumber(row?.n);
    },

    async findSavedFilter(id: number): Promise<SavedFilterRecord | undefined> {
      const row = await db.selectFrom('saved_filters').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toRecord(row) : undefined;
    },

    async insertSavedFilter(row: Omit<SavedFiltersTable, 'id'>): Promise<number> {
      const inserted = await db
        .insertInto('saved_filters')
        .values(row)
        .returning('id')
        .executeTakeFirstOrThrow();
      return Number(inserted.id);
    },

    async deleteSavedFilter(id: number, userId: number): Promise<number> {
      const result = await db
        .deleteFrom('saved_filters')
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    /** Assigns (or reassigns) the 回访 of one ticket. */
    async assignRevisit(row: RevisitAssignmentsTable): Promise<void> {
      await db
        .insertInto('revisit_assignments')
        .values(row)
        .onConflict((oc) =>
          oc.column('ticket_id').doUpdateSet({
            assignee_user_id: row.assignee_user_id,
            assigned_by: row.assigned_by,
            assigned_at: row.assigned_at,
          }),
        )
        .execute();
    },

    /** The reviewer's account id assigned to each of these tickets (named through the users module). */
    async revisitAssignees(ticketIds: readonly number[]): Promise<Map<number, number>> {
      const assignees = new Map<number, number>();
      // In slices: an export asks for up to 50,000 tickets, beyond either database's parameter limit.
      for (let i = 0; i < ticketIds.length; i += 500) {
        const rows = await db
          .selectFrom('revisit_assignments')
          .select(['ticket_id', 'assignee_user_id'])
          .where('ticket_id', 'in', ticketIds.slice(i, i + 500))
          .execute();
        for (const row of rows) assignees.set(Number(row.ticket_id), Number(row.assignee_user_id));
      }
      return assignees;
    },
  };
}

function toRecord(row: {
  id: number;
  user_id: number;
  name: string;
  view: string;
  filter: string;
  created_at: string;
}): SavedFilterRecord {
  return {
    id: Number(row.id),
    userId: Number(row.user_id),
    name: row.name,
    view: row.view,
    filter: row.filter,
    createdAt: row.created_at,
  };
}
