import { sql } from 'kysely';
import type { Executor } from '../../db/executor.ts';
import { toNumber } from '../../db/dialect.ts';
import { COUNTERS, type Counter, type CounterValues, zeroCounters } from '../../domain/metrics/counters.ts';

// Counter names in code (camelCase) and their columns (snake_case).
export const COUNTER_COLUMN: Record<Counter, string> = Object.fromEntries(
  COUNTERS.map((c) => [c, c.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)]),
) as Record<Counter, string>;

/** One rollup row's key and the amounts to add to it (negative amounts undo earlier contributions). */
export interface RollupDelta {
  registeredOn: string;
  unitCode: string;
  eventOn: string;
  appealType: string;
  categoryL1: string;
  amounts: Partial<Record<Counter, number>>;
}

export interface RollupSums {
  unitCode: string;
  appealType: string;
  categoryL1: string;
  counters: CounterValues;
}

const KEY_COLUMNS = ['registered_on', 'unit_code', 'event_on', 'appeal_type', 'category_l1'] as const;

export function createRollupsRepository(db: Executor) {
  return {
    /** Adds deltas to their rows, creating rows on first use: one upsert per row key. */
    async add(deltas: readonly RollupDelta[]): Promise<void> {
      for (const delta of deltas) {
        const counters = Object.entries(delta.amounts).filter(([, amount]) => amount !== 0) as [
          Counter,
          number,
        ][];
        if (counters.length === 0) continue;
        const values: Record<string, string | number> = {
          registered_on: delta.registeredOn,
          unit_code: delta.unitCode,
          event_on: delta.eventOn,
          appeal_type: delta.appealType,
          category_l1: delta.categoryL1,
        };
        for (const [counter, amount] of counters) values[COUNTER_COLUMN[counter]] = amount;
        await db
          .insertInto('ticket_rollups')
          .values(values as never)
          .onConflict((conflict) =>
            conflict.columns([...KEY_COLUMNS]).doUpdateSet(
              Object.fromEntries(
                counters.map(([counter]) => {
                  const column = COUNTER_COLUMN[counter];
                  return [column, sql`ticket_rollups.${sql.ref(column)} + excluded.${sql.ref(column)}`];
                }),
              ) as never,
            ),
          )
          .execute();
      }
    },

    /**
     * Sums for tickets registered in [from, to] counting only what happened by the end of `asOfDay`, per unit,
     * appeal type and first-level category (so schemes can leave some out of some indicators).
     */
    async sums(range: {
      from: string;
      to: string;
      asOfDay: string;
      unitCodes?: readonly string[];
    }): Promise<RollupSums[]> {
      let query = db
        .selectFrom('ticket_rollups')
        .select(['unit_code', 'appeal_type', 'category_l1'])
        .select(COUNTERS.map((c) => sql<number>`sum(${sql.ref(COUNTER_COLUMN[c])})`.as(c)))
        .where('registered_on', '>=', range.from)
        .where('registered_on', '<=', range.to)
        .where('event_on', '<=', range.asOfDay)
        .groupBy(['unit_code', 'appeal_type', 'category_l1']);
      if (range.unitCodes)
        query = query.where('unit_code', 'in', range.unitCodes.length ? [...range.unitCodes] : ['']);
      const rows = (await query.execute()) as unknown as Record<string, string | number>[];
      return rows.map((row) => {
        const counters = zeroCounters();
        for (const c of COUNTERS) counters[c] = toNumber(row[c]);
        return {
          unitCode: String(row.unit_code),
          appealType: String(row.appeal_type),
          categoryL1: String(row.category_l1),
          counters,
        };
      });
    },

    /** Every non-zero row, in key order: used to compare maintained rollups with a rebuild. */
    async allRows(): Promise<Record<string, string | number>[]> {
      const rows = await db
        .selectFrom('ticket_rollups')
        .selectAll()
        .orderBy('registered_on')
        .orderBy('unit_code')
        .orderBy('event_on')
        .orderBy('appeal_type')
        .orderBy('category_l1')
        .execute();
      return (rows as unknown as Record<string, string | number>[])
        .map((row) =>
          Object.fromEntries(
            Object.entries(row).map(([k, v]) => [
              k,
              typeof v === 'string' && !KEY_COLUMNS.includes(k as never) ? Number(v) : v,
            ]),
          ),
        )
        .filter((row) => COUNTERS.some((c) => Number(row[COUNTER_COLUMN[c]]) !== 0));
    },

    /** Plain inserts into an empty table (a rebuild), a few hundred rows per statement. */
    async insertMany(deltas: readonly RollupDelta[]): Promise<void> {
      const rows = deltas.map((delta) => {
        const row: Record<string, string | number> = {
          registered_on: delta.registeredOn,
          unit_code: delta.unitCode,
          event_on: delta.eventOn,
          appeal_type: delta.appealType,
          category_l1: delta.categoryL1,
        };
        for (const c of COUNTERS) row[COUNTER_COLUMN[c]] = delta.amounts[c] ?? 0;
        return row;
      });
      for (let start = 0; start < rows.length; start += 500) {
        await db
          .insertInto('ticket_rollups')
          .values(rows.slice(start, start + 500) as never)
          .execute();
      }
    },

    async clear(): Promise<void> {
      await db.deleteFrom('ticket_rollups').execute();
    },
  };
}

export type RollupsRepository = ReturnType<typeof createRollupsRepository>;
