import { sql } from 'kysely';
import type { Executor } from '../../db/executor.ts';
import { toNumber } from '../../db/dialect.ts';
import { COUNTERS, zeroCounters, type Counter } from '../../domain/metrics/counters.ts';
import { createChannelRollupsRepository } from './channel-rollups.repository.ts';
import { COUNTER_COLUMN, type RollupSums } from './rollups.repository.ts';

// Read-only slices of the rollups for one unit subtree, in the shape `unitFigures` takes (RollupSums): the
// dashboard sums rows differently (by day, by appeal type), never computes a rate itself. The index
// 0014-dashboard (unit, day, …) answers each read from the index alone.

const column = (counter: Counter) => COUNTER_COLUMN[counter];

/** Counters the trend and the mixes read: those the 0014-dashboard index holds. */
export const TREND_COUNTERS = [
  'answered',
  'dispatched',
  'assigned',
  'completed',
  'completedOnTime',
  'rated',
  'satisfied',
  'basic',
  'dissatisfied',
] as const satisfies readonly Counter[];

/** What the mixes count: 受理量 (直接答复 + 转办) at the centre, 交办量 below it. */
export const VOLUME_COUNTERS = ['answered', 'dispatched', 'assigned'] as const satisfies readonly Counter[];

export interface KeyedSums extends RollupSums {
  /** Day (YYYY-MM-DD) or month (YYYY-MM) of registration */
  registered: string;
}

function toKeyed(row: Record<string, unknown>, unitCode: string, counters: readonly Counter[]): KeyedSums {
  const sums = zeroCounters();
  for (const counter of counters) sums[counter] = toNumber(row[counter] as string | number);
  return {
    registered: String(row.registered_key),
    unitCode,
    appealType: row.appeal_type === undefined ? '*' : String(row.appeal_type),
    categoryL1: row.category_l1 === undefined ? '*' : String(row.category_l1),
    counters: sums,
  };
}

export function createRollupSlices(db: Executor) {
  return {
    /** The months (YYYY-MM) in which tickets were registered, latest first: where the screens open. */
    async registeredMonths(limit: number): Promise<string[]> {
      const rows = await db
        .selectFrom('ticket_rollups_monthly')
        .select('registered_month')
        .distinct()
        .orderBy('registered_month', 'desc')
        .limit(limit)
        .execute();
      return rows.map((row) => row.registered_month);
    },

    /** One unit subtree's tickets registered in [from, to] per 来源渠道 (the centre: every registered appeal). */
    async channels(unitCode: string, range: { from: string; to: string }) {
      return createChannelRollupsRepository(db).sums(unitCode, range);
    },

    /**
     * One unit's sums per day of registration in [from, to], counting events by `asOfDay`; per appeal type and
     * category too when `detail` (schemes that leave some tickets out of some rates).
     */
    async byDay(
      unitCode: string,
      range: { from: string; to: string; asOfDay: string },
      detail: boolean,
    ): Promise<KeyedSums[]> {
      const keys = detail ? ['registered_on', 'appeal_type', 'category_l1'] : ['registered_on'];
      const rows = await db
        .selectFrom('ticket_rollups')
        .select(sql.ref('registered_on').as('registered_key'))
        .$if(detail, (q) => q.select(['appeal_type', 'category_l1']))
        .select(TREND_COUNTERS.map((c) => sql<number>`sum(${sql.ref(column(c))})`.as(c)))
        .where('unit_code', '=', unitCode)
        .where('registered_on', '>=', range.from)
        .where('registered_on', '<=', range.to)
        .where('event_on', '<=', range.asOfDay)
        .groupBy(keys as never)
        .execute();
      return (rows as Record<string, unknown>[]).map((row) => toKeyed(row, unitCode, TREND_COUNTERS));
    },

    /** One unit's sums per month of registration, every counter, from the monthly rollups (no exclusions). */
    async byMonth(
      unitCode: string,
      range: { fromMonth: string; toMonth: string; asOfDay: string },
    ): Promise<KeyedSums[]> {
      const rows = await db
        .selectFrom('ticket_rollups_monthly')
        .select(sql.ref('registered_month').as('registered_key'))
        .select(COUNTERS.map((c) => sql<number>`sum(${sql.ref(column(c))})`.as(c)))
        .where('unit_code', '=', unitCode)
        .where('registered_month', '>=', range.fromMonth)
        .where('registered_month', '<=', range.toMonth)
        .where('event_on', '<=', range.asOfDay)
        .groupBy('registered_month')
        .execute();
      return (rows as Record<string, unknown>[]).map((row) => toKeyed(row, unitCode, COUNTERS));
    },

    /** One unit's sums per appeal type and first-level category for tickets registered in [from, to]. */
    async byKind(
      unitCode: string,
      range: { from: string; to: string; asOfDay: string },
    ): Promise<KeyedSums[]> {
      const rows = await db
        .selectFrom('ticket_rollups')
        .select(['appeal_type', 'category_l1'])
        .select(sql<string>`''`.as('registered_key'))
        .select(VOLUME_COUNTERS.map((c) => sql<number>`sum(${sql.ref(column(c))})`.as(c)))
        .where('unit_code', '=', unitCode)
        .where('registered_on', '>=', range.from)
        .where('registered_on', '<=', range.to)
        .where('event_on', '<=', range.asOfDay)
        .groupBy(['appeal_type', 'category_l1'])
        .execute();
      return (rows as Record<string, unknown>[]).map((row) => toKeyed(row, unitCode, VOLUME_COUNTERS));
    },
  };
}
