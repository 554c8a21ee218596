import type { Executor } from '../../db/executor.ts';

/** What other modules may know of an account: who it is, not how it logs in. */
export interface AccountSummary {
  id: number;
  displayName: string;
  role: string;
  unitCode: string;
  active: boolean;
}

/** Both databases cap bound parameters (SQLite 32,766, PostgreSQL 65,535): ask in slices well below. */
const SLICE = 500;

/**
 * Accounts by id, for modules that name the people behind their records (a timeline's actors, a revisit's
 * assignee) without reading the users table themselves. Read through the caller's executor: inside a command's
 * transaction the embedded database has one connection, which a read outside it would wait for forever.
 */
export function createUserDirectory() {
  return {
    async accounts(db: Executor, ids: Iterable<number>): Promise<Map<number, AccountSummary>> {
      const wanted = [...new Set(ids)];
      const found = new Map<number, AccountSummary>();
      for (let i = 0; i < wanted.length; i += SLICE) {
        const rows = await db
          .selectFrom('users')
          .select(['id', 'display_name', 'role', 'unit_code', 'active'])
          .where('id', 'in', wanted.slice(i, i + SLICE))
          .execute();
        for (const row of rows)
          found.set(Number(row.id), {
            id: Number(row.id),
            displayName: row.display_name,
            role: row.role,
            unitCode: row.unit_code,
            active: Boolean(row.active),
          });
      }
      return found;
    },
  };
}

export type UserDirectory = ReturnType<typeof createUserDirectory>;
