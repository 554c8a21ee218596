import { sql } from 'kysely';
import type { Executor } from '../../db/executor.ts';

export interface ThrottleRow {
  key: string;
  failures: number;
  last_failure_at: string;
  locked_until: string | null;
}

export function createLoginThrottleRepository(db: Executor) {
  return {
    find(keys: readonly string[]): Promise<ThrottleRow[]> {
      return db.selectFrom('login_throttle').selectAll().where('key', 'in', keys).execute();
    },

    /**
     * Counts one failure atomically (parallel guesses each count), starting again when the last failure is
     * older than `forgetBefore`. Returns the new count.
     */
    async countFailure(key: string, at: string, forgetBefore: string): Promise<number> {
      const row = await db
        .insertInto('login_throttle')
        .values({ key, failures: 1, last_failure_at: at, locked_until: null })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({
            failures: sql<number>`CASE WHEN login_throttle.last_failure_at < ${forgetBefore} THEN 1 ELSE login_throttle.failures + 1 END`,
            last_failure_at: at,
          }),
        )
        .returning('failures')
        .executeTakeFirstOrThrow();
      return Number(row.failures);
    },

    async lock(key: string, until: string): Promise<void> {
      await db.updateTable('login_throttle').set({ locked_until: until }).where('key', '=', key).execute();
    },

    async clear(key: string): Promise<number> {
      return Number(
        (await db.deleteFrom('login_throttle').where('key', '=', key).executeTakeFirst()).numDeletedRows,
      );
    },

    /** Keys still locked, or with failures not yet forgotten. */
    listActive(now: string, forgetBefore: string): Promise<ThrottleRow[]> {
      return db
        .selectFrom('login_throttle')
        .selectAll()
        .where((eb) => eb.or([eb('locked_until', '>', now), eb('last_failure_at', '>=', forgetBefore)]))
        .orderBy('last_failure_at', 'desc')
        .execute();
    },

    /** Keeps the table small: rows whose failures are forgotten and whose lock is over. */
    async prune(now: string, forgetBefore: string): Promise<void> {
      await db
        .deleteFrom('login_throttle')
        .where('last_failure_at', '<', forgetBefore)
        .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
        .execute();
    },
  };
}
