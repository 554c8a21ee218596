import { sql } from 'kysely';
import type { Executor } from '../../db/executor.ts';
import { toNumber } from '../../db/dialect.ts';
import { COUNTERS, type Counter, type CounterValues, zeroCounters } from '../../domain/metrics/counters.ts';
import { addCalendarDays } from '../../domain/time.ts';
import { preparedQuery } from '../../db/prepared.ts';

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
const DAILY_KEY = [...KEY_COLUMNS];
const MONTHLY_KEY = ['registered_month', 'unit_code', 'event_on'];

/** INSERT … ON CONFLICT DO UPDATE adding the amounts, prepared once per table and set of counters. */
const upsertStatement = (table: 'ticket_rollups' | 'ticket_rollups_monthly', keyColumns: readonly string[]) =>
  preparedQuery((db, shape, ...values: unknown[]) => {
    const columns = shape.split(',');
    const counters = columns.slice(keyColumns.length);
    return db
      .insertInto(table)
      .values(Object.fromEntries(columns.map((column, index) => [column, values[index]])) as never)
      .onConflict((conflict) =>
        conflict
          .columns(keyColumns as never)
          .doUpdateSet(
            Object.fromEntries(
              counters.map((column) => [
                column,
                sql`${sql.ref(`${table}.${column}`)} + excluded.${sql.ref(column)}`,
              ]),
            ) as never,
          ),
      );
  });

const UPSERTS = {
  ticket_rollups: upsertStatement('ticket_rollups', DAILY_KEY),
  ticket_rollups_monthly: upsertStatement('ticket_rollups_monthly', MONTHLY_KEY),
};

async function upsert(
  db: Executor,
  table: 'ticket_rollups' | 'ticket_rollups_monthly',
  keyColumns: string[],
  key: Record<string, string>,
  amounts: Partial<Record<Counter, number>>,
): Promise<void> {
  const counters = Object.entries(amounts).filter(([, amount]) => amount !== 0) as [Counter, number][];
  if (counters.length === 0) return;
  const columns = [...keyColumns, ...counters.map(([counter]) => COUNTER_COLUMN[counter])];
  const values = [...keyColumns.map((column) => key[column]), ...counters.map(([, amount]) => amount)];
  await UPSERTS[table](db, columns.join(','), ...values);
}

export function createRollupsRepository(db: Executor) {
  return {
    /**
     * Adds deltas to their rows, creating rows on first use: one upsert per row key, in the daily table and in
     * the monthly one (the same counters by month of registration, without appeal type and category).
     */
    async add(deltas: readonly RollupDelta[]): Promise<void> {
      const monthly = new Map<
        string,
        { key: Record<string, string>; amounts: Partial<Record<Counter, number>> }
      >();
      for (const delta of deltas) {
        await upsert(
          db,
          'ticket_rollups',
          DAILY_KEY,
          {
            registered_on: delta.registeredOn,
            unit_code: delta.unitCode,
            event_on: delta.eventOn,
            appeal_type: delta.appealType,
            category_l1: delta.categoryL1,
          },
          delta.amounts,
        );
        const month = delta.registeredOn.slice(0, 7);
        const id = `${month}|${delta.unitCode}|${delta.eventOn}`;
        const entry = monthly.get(id) ?? {
          key: { registered_month: month, unit_code: delta.unitCode, event_on: delta.eventOn },
          amounts: {},
        };
        for (const [counter, amount] of Object.entries(delta.amounts) as [Counter, number][]) {
          entry.amounts[counter] = (entry.amounts[counter] ?? 0) + amount;
        }
        monthly.set(id, entry);
      }
      for (const { key, amounts } of monthly.values())
        await upsert(db, 'ticket_rollups_monthly', MONTHLY_KEY, key, amounts);
    },

    /**
     * Sums for tickets registered in [from, to] counting only what happened by the end of `asOfDay`, per unit,
     * appeal type and first-level category (so schemes can leave some out of some indicators).
     */
    async sums(range: { from: string; to: string; asOfDay: string }): Promise<RollupSums[]> {
      const rows = await db
        .selectFrom('ticket_rollups')
        .select(['unit_code', 'appeal_type', 'category_l1'])
        .select(COUNTERS.map((c) => sql<number>`sum(${sql.ref(COUNTER_COLUMN[c])})`.as(c)))
        .where('registered_on', '>=', range.from)
        .where('registered_on', '<=', range.to)
        .where('event_on', '<=', range.asOfDay)
        .groupBy(['unit_code', 'appeal_type', 'category_l1'])
        .execute();
      return (rows as unknown as Record<string, string | number>[]).map(toSums);
    },

    /**
     * The same sums per unit only, for schemes that exclude nothing: whole months come from the monthly table,
     * the days of a partial month at either end from the daily one.
     */
    async unitSums(range: { from: string; to: string; asOfDay: string }): Promise<RollupSums[]> {
      const { months, days } = splitIntoMonths(range.from, range.to);
      const totals = new Map<string, CounterValues>();
      const addRows = (rows: Record<string, string | number>[]) => {
        for (const row of rows) {
          const sum = totals.get(String(row.unit_code)) ?? zeroCounters();
          for (const c of COUNTERS) sum[c] += toNumber(row[c]);
          totals.set(String(row.unit_code), sum);
        }
      };
      const counterSums = COUNTERS.map((c) => sql<number>`sum(${sql.ref(COUNTER_COLUMN[c])})`.as(c));
      if (months.length) {
        const rows = await db
          .selectFrom('ticket_rollups_monthly')
          .select('unit_code')
          .select(counterSums)
          .where('registered_month', '>=', months[0]!)
          .where('registered_month', '<=', months[months.length - 1]!)
          .where('event_on', '<=', range.asOfDay)
          .groupBy('unit_code')
          .execute();
        addRows(rows as unknown as Record<string, string | number>[]);
      }
      for (const [from, to] of days) {
        const rows = await db
          .selectFrom('ticket_rollups')
          .select('unit_code')
          .select(counterSums)
          .where('registered_on', '>=', from)
          .where('registered_on', '<=', to)
          .where('event_on', '<=', range.asOfDay)
          .groupBy('unit_code')
          .execute();
        addRows(rows as unknown as Record<string, string | number>[]);
      }
      return [...totals].map(([unitCode, counters]) => ({
        unitCode,
        appealType: '*',
        categoryL1: '*',
        counters,
      }));
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
      await db.deleteFrom('ticket_rollups_monthly').execute();
    },

    /** Refills the monthly table from the daily one (after a rebuild). */
    async refillMonthly(): Promise<void> {
      await db.deleteFrom('ticket_rollups_monthly').execute();
      const columns = COUNTERS.map((c) => sql.ref(COUNTER_COLUMN[c]));
      const sums = COUNTERS.map((c) => sql`sum(${sql.ref(COUNTER_COLUMN[c])})`);
      await sql`insert into ticket_rollups_monthly (registered_month, unit_code, event_on, ${sql.join(columns)})
        select substr(registered_on, 1, 7), unit_code, event_on, ${sql.join(sums)}
        from ticket_rollups group by substr(registered_on, 1, 7), unit_code, event_on`.execute(db);
    },

    /** Monthly rows that differ from the daily rows summed by month (empty when the two tables agree). */
    async monthlyDisagreements(): Promise<string[]> {
      const sums = COUNTERS.map((c) => sql`sum(${sql.ref(COUNTER_COLUMN[c])})`);
      const daily = await sql<
        Record<string, string | number>
      >`select substr(registered_on, 1, 7) as registered_month, unit_code, event_on, ${sql.join(
        sums.map((s, i) => sql`${s} as ${sql.ref(COUNTERS[i]!)}`),
      )} from ticket_rollups group by substr(registered_on, 1, 7), unit_code, event_on`.execute(db);
      const monthly = await db.selectFrom('ticket_rollups_monthly').selectAll().execute();
      const text = (row: Record<string, string | number>, column: (c: Counter) => string) =>
        COUNTERS.map((c) => Number(row[column(c)])).join(',');
      const expected = new Map<string, string>();
      for (const row of daily.rows) {
        const values = text(row, (c) => c);
        if (/[1-9]/.test(values))
          expected.set(`${row.registered_month}|${row.unit_code}|${row.event_on}`, values);
      }
      const differences: string[] = [];
      for (const row of monthly as unknown as Record<string, string | number>[]) {
        const key = `${row.registered_month}|${row.unit_code}|${row.event_on}`;
        const values = text(row, (c) => COUNTER_COLUMN[c]);
        if (!/[1-9]/.test(values) && !expected.has(key)) continue;
        if (expected.get(key) !== values)
          differences.push(`monthly ${key}: ${values}, daily ${expected.get(key) ?? 'none'}`);
        expected.delete(key);
      }
      for (const [key, values] of expected) differences.push(`monthly ${key}: none, daily ${values}`);
      return differences;
    },
  };
}

function toSums(row: Record<string, string | number>): RollupSums {
  const counters = zeroCounters();
  for (const c of COUNTERS) counters[c] = toNumber(row[c]);
  return {
    unitCode: String(row.unit_code),
    appealType: String(row.appeal_type),
    categoryL1: String(row.category_l1),
    counters,
  };
}

/** [from, to] as the whole months inside it and the day ranges of partial months at either end. */
export function splitIntoMonths(from: string, to: string): { months: string[]; days: [string, string][] } {
  const months: string[] = [];
  const days: [string, string][] = [];
  let cursor = from;
  while (cursor <= to) {
    const month = cursor.slice(0, 7);
    const monthEnd = lastDayOfMonth(month);
    const end = monthEnd < to ? monthEnd : to;
    if (cursor.endsWith('-01') && end === monthEnd) months.push(month);
    else days.push([cursor, end]);
    cursor = nextDay(end);
  }
  return { months, days };
}

function lastDayOfMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const nextMonth = m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, '0')}-01`;
  return addCalendarDays(nextMonth, -1);
}

function nextDay(day: string): string {
  return addCalendarDays(day, 1);
}

export type RollupsRepository = ReturnType<typeof createRollupsRepository>;
