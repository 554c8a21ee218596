import { sql, type RawBuilder } from 'kysely';
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
const EVENT_MONTHLY_KEY = ['registered_month', 'unit_code', 'event_month'];
type RollupTable = 'ticket_rollups' | 'ticket_rollups_monthly' | 'ticket_rollups_event_monthly';

/** INSERT … ON CONFLICT DO UPDATE adding the amounts, prepared once per table and set of counters. */
const upsertStatement = (table: RollupTable, keyColumns: readonly string[]) =>
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
  ticket_rollups_event_monthly: upsertStatement('ticket_rollups_event_monthly', EVENT_MONTHLY_KEY),
};

interface KeyedAmounts {
  key: Record<string, string>;
  amounts: Partial<Record<Counter, number>>;
}

/** Adds amounts to the entry of `key` (its values joined make the id), creating it on first use. */
function accumulate(
  into: Map<string, KeyedAmounts>,
  key: Record<string, string>,
  amounts: Partial<Record<Counter, number>>,
): void {
  const id = Object.values(key).join('|');
  const entry = into.get(id) ?? { key, amounts: {} };
  for (const [counter, amount] of Object.entries(amounts) as [Counter, number][])
    entry.amounts[counter] = (entry.amounts[counter] ?? 0) + amount;
  into.set(id, entry);
}

async function upsert(
  db: Executor,
  table: RollupTable,
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
      const monthly = new Map<string, KeyedAmounts>();
      const byEventMonth = new Map<string, KeyedAmounts>();
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
        accumulate(
          monthly,
          { registered_month: month, unit_code: delta.unitCode, event_on: delta.eventOn },
          delta.amounts,
        );
        accumulate(
          byEventMonth,
          { registered_month: month, unit_code: delta.unitCode, event_month: delta.eventOn.slice(0, 7) },
          delta.amounts,
        );
      }
      for (const { key, amounts } of monthly.values())
        await upsert(db, 'ticket_rollups_monthly', MONTHLY_KEY, key, amounts);
      for (const { key, amounts } of byEventMonth.values())
        await upsert(db, 'ticket_rollups_event_monthly', EVENT_MONTHLY_KEY, key, amounts);
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
        // Whole event months before the as-of day's month from the event-month rows; that month's days up to
        // the as-of day from the monthly rows, found through their event-day index.
        const asOfMonth = range.asOfDay.slice(0, 7);
        const [first, last] = [months[0]!, months[months.length - 1]!];
        const before = await db
          .selectFrom('ticket_rollups_event_monthly')
          .select('unit_code')
          .select(counterSums)
          .where('registered_month', '>=', first)
          .where('registered_month', '<=', last)
          .where('event_month', '<', asOfMonth)
          .groupBy('unit_code')
          .execute();
        addRows(before as unknown as Record<string, string | number>[]);
        const within = await db
          .selectFrom('ticket_rollups_monthly')
          .select('unit_code')
          .select(counterSums)
          .where('event_on', '>=', `${asOfMonth}-01`)
          .where('event_on', '<=', range.asOfDay)
          .where('registered_month', '>=', first)
          .where('registered_month', '<=', last)
          .groupBy('unit_code')
          .execute();
        addRows(within as unknown as Record<string, string | number>[]);
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
      await db.deleteFrom('ticket_rollups_event_monthly').execute();
    },

    /** Refills the monthly tables from the daily one (after a rebuild). */
    async refillMonthly(): Promise<void> {
      await db.deleteFrom('ticket_rollups_monthly').execute();
      const columns = COUNTERS.map((c) => sql.ref(COUNTER_COLUMN[c]));
      const sums = COUNTERS.map((c) => sql`sum(${sql.ref(COUNTER_COLUMN[c])})`);
      await sql`insert into ticket_rollups_monthly (registered_month, unit_code, event_on, ${sql.join(columns)})
        select substr(registered_on, 1, 7), unit_code, event_on, ${sql.join(sums)}
        from ticket_rollups group by substr(registered_on, 1, 7), unit_code, event_on`.execute(db);
      await db.deleteFrom('ticket_rollups_event_monthly').execute();
      await sql`insert into ticket_rollups_event_monthly (registered_month, unit_code, event_month, ${sql.join(columns)})
        select registered_month, unit_code, substr(event_on, 1, 7), ${sql.join(sums)}
        from ticket_rollups_monthly group by registered_month, unit_code, substr(event_on, 1, 7)`.execute(db);
    },

    /** Monthly and event-month rows that differ from the daily rows summed alike (empty when they agree). */
    async monthlyDisagreements(): Promise<string[]> {
      const month = sql`substr(registered_on, 1, 7)`;
      return [
        ...(await disagreements(db, 'monthly', 'ticket_rollups_monthly', 'event_on', sql`event_on`, month)),
        ...(await disagreements(
          db,
          'event-monthly',
          'ticket_rollups_event_monthly',
          'event_month',
          sql`substr(event_on, 1, 7)`,
          month,
        )),
      ];
    },
  };
}

/** The rows of a monthly table that differ from the daily rows grouped by its key. */
async function disagreements(
  db: Executor,
  label: string,
  table: 'ticket_rollups_monthly' | 'ticket_rollups_event_monthly',
  eventColumn: 'event_on' | 'event_month',
  eventOfDaily: RawBuilder<unknown>,
  monthOfDaily: RawBuilder<unknown>,
): Promise<string[]> {
  const sums = COUNTERS.map((c) => sql`sum(${sql.ref(COUNTER_COLUMN[c])})`);
  const daily = await sql<Record<string, string | number>>`select ${monthOfDaily} as registered_month,
    unit_code, ${eventOfDaily} as event_key, ${sql.join(sums.map((s, i) => sql`${s} as ${sql.ref(COUNTERS[i]!)}`))}
    from ticket_rollups group by ${monthOfDaily}, unit_code, ${eventOfDaily}`.execute(db);
  const rows = (await db.selectFrom(table).selectAll().execute()) as unknown as Record<
    string,
    string | number
  >[];
  const text = (row: Record<string, string | number>, column: (c: Counter) => string) =>
    COUNTERS.map((c) => Number(row[column(c)])).join(',');
  const expected = new Map<string, string>();
  for (const row of daily.rows) {
    const values = text(row, (c) => c);
    if (/[1-9]/.test(values))
      expected.set(`${row.registered_month}|${row.unit_code}|${row.event_key}`, values);
  }
  const differences: string[] = [];
  for (const row of rows) {
    const key = `${row.registered_month}|${row.unit_code}|${row[eventColumn]}`;
    const values = text(row, (c) => COUNTER_COLUMN[c]);
    if (!/[1-9]/.test(values) && !expected.has(key)) continue;
    if (expected.get(key) !== values)
      differences.push(`${label} ${key}: ${values}, daily ${expected.get(key) ?? 'none'}`);
    expected.delete(key);
  }
  for (const [key, values] of expected) differences.push(`${label} ${key}: none, daily ${values}`);
  return differences;
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
