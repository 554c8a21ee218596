import { sql } from 'kysely';
import type { Executor } from '../../db/executor.ts';
import { toIso, toNumber } from '../../db/dialect.ts';

/** One telephone call (话务) as the switch recorded it. */
export interface NewCall {
  /** 呼叫编号: unique; a call already stored is not imported again. */
  callNumber: string;
  offeredAt: Date;
  /** null: the caller hung up before an agent answered. */
  answeredAt: Date | null;
  endedAt: Date | null;
  agentNumber: string | null;
  callerNumber: string | null;
}

/** A local day's call counts (DESIGN §6: 话务接通率 = answered / offered; 15秒接通率 = within 15 s / answered). */
export interface CallDay {
  day: string;
  offered: number;
  answered: number;
  answeredWithin15s: number;
}

const ROWS_PER_INSERT = 500;

export function createCallsRepository(db: Executor) {
  return {
    async storedNumbers(numbers: readonly string[]): Promise<Set<string>> {
      const stored = new Set<string>();
      for (let start = 0; start < numbers.length; start += ROWS_PER_INSERT) {
        const rows = await db
          .selectFrom('calls')
          .select('call_number')
          .where('call_number', 'in', numbers.slice(start, start + ROWS_PER_INSERT))
          .execute();
        for (const row of rows) stored.add(row.call_number);
      }
      return stored;
    },

    async insertMany(calls: readonly NewCall[]): Promise<void> {
      for (let start = 0; start < calls.length; start += ROWS_PER_INSERT) {
        const rows = calls.slice(start, start + ROWS_PER_INSERT).map((call) => ({
          call_number: call.callNumber,
          offered_at: toIso(call.offeredAt),
          answered_at: call.answeredAt ? toIso(call.answeredAt) : null,
          ended_at: call.endedAt ? toIso(call.endedAt) : null,
          agent_number: call.agentNumber,
          caller_number: call.callerNumber,
        }));
        await db.insertInto('calls').values(rows).execute();
      }
    },

    /** Adds each day's counts to its row, creating the row on first use. */
    async addToDays(days: readonly CallDay[]): Promise<void> {
      for (const day of days) {
        await db
          .insertInto('call_rollups')
          .values({
            day: day.day,
            offered: day.offered,
            answered: day.answered,
            answered_within_15s: day.answeredWithin15s,
          })
          .onConflict((conflict) =>
            conflict.column('day').doUpdateSet({
              offered: sql`call_rollups.offered + excluded.offered`,
              answered: sql`call_rollups.answered + excluded.answered`,
              answered_within_15s: sql`call_rollups.answered_within_15s + excluded.answered_within_15s`,
            }),
          )
          .execute();
      }
    },

    async listDays(from: string, to: string): Promise<CallDay[]> {
      const rows = await db
        .selectFrom('call_rollups')
        .selectAll()
        .where('day', '>=', from)
        .where('day', '<=', to)
        .orderBy('day')
        .execute();
      return rows.map((row) => ({
        day: row.day,
        offered: toNumber(row.offered),
        answered: toNumber(row.answered),
        answeredWithin15s: toNumber(row.answered_within_15s),
      }));
    },
  };
}

export type CallsRepository = ReturnType<typeof createCallsRepository>;
