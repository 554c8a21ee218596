import { isUniqueViolation } from '../../db/dialect.ts';
import type { Executor } from '../../db/executor.ts';
import { inTransaction } from '../../db/executor.ts';
import { localDate } from '../../domain/time.ts';
import { createCallsRepository, type CallDay, type NewCall } from './calls.repository.ts';

// 15秒接通率 counts a call answered at most 15 seconds after it was offered (DESIGN §6).
const PROMPT_ANSWER_MS = 15_000;

/** The day rows a set of new calls adds to: each call counts on the local (Shanghai) day it was offered. */
export function callDaysOf(calls: readonly NewCall[]): CallDay[] {
  const days = new Map<string, CallDay>();
  for (const call of calls) {
    const day = localDate(call.offeredAt);
    let counts = days.get(day);
    if (!counts) days.set(day, (counts = { day, offered: 0, answered: 0, answeredWithin15s: 0 }));
    counts.offered += 1;
    if (!call.answeredAt) continue;
    counts.answered += 1;
    if (call.answeredAt.getTime() - call.offeredAt.getTime() <= PROMPT_ANSWER_MS)
      counts.answeredWithin15s += 1;
  }
  return [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
}

export function createCallsService(deps: { db: Executor }) {
  return {
    /** Stores the calls not stored yet (by 呼叫编号) and their day counts, in one transaction. */
    async importCalls(calls: readonly NewCall[]): Promise<{ imported: number; skipped: number }> {
      try {
        return await store(calls);
      } catch (error) {
        // Another import of the same calls committed first: this attempt rolled back, and the next skips them.
        if (isUniqueViolation(error)) return store(calls);
        throw error;
      }
    },

    /** Day counts for local dates from..to (inclusive). */
    listDays(from: string, to: string): Promise<CallDay[]> {
      return createCallsRepository(deps.db).listDays(from, to);
    },
  };

  function store(calls: readonly NewCall[]): Promise<{ imported: number; skipped: number }> {
    return inTransaction(deps.db, async (trx) => {
      const repository = createCallsRepository(trx);
      const stored = await repository.storedNumbers(calls.map((call) => call.callNumber));
      const seen = new Set<string>();
      const fresh = calls.filter((call) => {
        if (stored.has(call.callNumber) || seen.has(call.callNumber)) return false;
        seen.add(call.callNumber);
        return true;
      });
      await repository.insertMany(fresh);
      await repository.addToDays(callDaysOf(fresh));
      return { imported: fresh.length, skipped: calls.length - fresh.length };
    });
  }
}

export type CallsService = ReturnType<typeof createCallsService>;
