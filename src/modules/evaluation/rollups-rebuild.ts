import type { Executor } from '../../db/executor.ts';
import { inTransaction } from '../../db/executor.ts';
import { ticketKey } from '../../domain/metrics/contributions.ts';
import { COUNTERS } from '../../domain/metrics/counters.ts';
import { createTicketFacts } from '../tickets/index.ts';
import type { UnitDirectory } from '../units/index.ts';
import { toRollupDeltas } from './rollup-sink.ts';
import { COUNTER_COLUMN, createRollupsRepository, type RollupDelta } from './rollups.repository.ts';
import { contributionsOf } from './ticket-rollups.ts';

/** Sums every ticket's contributions, each ticket replayed from its events alone (not from its row). */
export async function rollupsFromEvents(
  db: Executor,
  directory: UnitDirectory,
): Promise<{ rows: Map<string, RollupDelta>; tickets: number }> {
  const rows = new Map<string, RollupDelta>();
  let tickets = 0;
  for await (const batch of createTicketFacts(db).replayedFromEvents()) {
    for (const ticket of batch) {
      toRollupDeltas(ticketKey(ticket), contributionsOf(ticket, directory), rows);
      tickets += 1;
    }
  }
  return { rows, tickets };
}

/** `hotline rollups rebuild`: recomputes the rollups from the event log in one transaction. */
export async function rebuildRollups(
  db: Executor,
  directory: UnitDirectory,
): Promise<{ tickets: number; rows: number }> {
  return inTransaction(db, async (trx) => {
    const { rows, tickets } = await rollupsFromEvents(trx, directory);
    const repository = createRollupsRepository(trx);
    await repository.clear();
    const nonZero = [...rows.values()].filter((row) =>
      Object.values(row.amounts).some((amount) => amount !== 0),
    );
    await repository.insertMany(nonZero);
    await repository.refillMonthly();
    return { tickets, rows: nonZero.length };
  });
}

/** Differences between the maintained rollups and a rebuild from events (empty when they agree). */
export async function compareRollups(db: Executor, directory: UnitDirectory): Promise<string[]> {
  const { rows } = await rollupsFromEvents(db, directory);
  const expected = new Map<string, string>();
  for (const row of rows.values()) {
    const amounts = COUNTERS.map((c) => row.amounts[c] ?? 0);
    if (amounts.every((a) => a === 0)) continue;
    expected.set(
      `${row.registeredOn}|${row.unitCode}|${row.eventOn}|${row.appealType}|${row.categoryL1}`,
      amounts.join(','),
    );
  }
  const actual = new Map<string, string>();
  for (const row of await createRollupsRepository(db).allRows()) {
    const key = `${row.registered_on}|${row.unit_code}|${row.event_on}|${row.appeal_type}|${row.category_l1}`;
    actual.set(key, COUNTERS.map((c) => Number(row[COUNTER_COLUMN[c]])).join(','));
  }
  const differences: string[] = [];
  for (const [key, amounts] of expected) {
    if (actual.get(key) !== amounts)
      differences.push(`${key}: maintained ${actual.get(key) ?? 'none'}, from events ${amounts}`);
  }
  for (const [key, amounts] of actual) {
    if (!expected.has(key)) differences.push(`${key}: maintained ${amounts}, from events none`);
  }
  return [...differences, ...(await createRollupsRepository(db).monthlyDisagreements())];
}
