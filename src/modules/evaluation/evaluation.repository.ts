import { sql } from 'kysely';
import type { Executor } from '../../db/executor.ts';
import { toNumber } from '../../db/dialect.ts';

export function createEvaluationRepository(db: Executor) {
  return {
    /** KB revisions by the unit that made them, within [from, to) instants (ISO text). */
    async kbRevisionsByUnit(fromIso: string, toIso: string): Promise<Map<string, number>> {
      const rows = await db
        .selectFrom('kb_revisions')
        .select(['unit_code', sql<number>`count(*)`.as('n')])
        .where('revised_at', '>=', fromIso)
        .where('revised_at', '<', toIso)
        .groupBy('unit_code')
        .execute();
      return new Map(rows.map((r) => [r.unit_code, toNumber(r.n)]));
    },

    async callTotals(
      fromDay: string,
      toDay: string,
    ): Promise<{ offered: number; answered: number; answeredWithin15s: number }> {
      const row = await db
        .selectFrom('call_rollups')
        .select([
          sql<number>`coalesce(sum(offered), 0)`.as('offered'),
          sql<number>`coalesce(sum(answered), 0)`.as('answered'),
          sql<number>`coalesce(sum(answered_within_15s), 0)`.as('within'),
        ])
        .where('day', '>=', fromDay)
        .where('day', '<=', toDay)
        .executeTakeFirst();
      return {
        offered: toNumber(row?.offered),
        answered: toNumber(row?.answered),
        answeredWithin15s: toNumber(row?.within),
      };
    },
  };
}
