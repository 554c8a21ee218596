import type { Executor } from '../../db/executor.ts';
import { inTransaction } from '../../db/executor.ts';
import { ticketKey } from '../../domain/metrics/contributions.ts';
import { COUNTERS } from '../../domain/metrics/counters.ts';
import { createTicketFacts } from '../tickets/index.ts';
import type { UnitDirectory } from '../units/index.ts';
import { toRollupDeltas } from './rollup-sink.ts';
import { COUNTER_COLUMN, createRollupsRepository, type RollupDelta } from './rollups.repository.ts';
import { createChannelRollupsRepository, type ChannelDelta } from './channel-rollups.repository.ts';
import { channelRowsOf, contributionsOf } from './ticket-rollups.ts';

/** Sums every ticket's contributions and 来源渠道 rows, each ticket replayed from its events alone (not its row). */
export async function rollupsFromEvents(
  db: Executor,
  directory: UnitDirectory,
): Promise<{ rows: Map<string, RollupDelta>; channels: Map<string, ChannelDelta>; tickets: number }> {
  const rows = new Map<string, RollupDelta>();
  const channels = new Map<string, ChannelDelta>();
  let tickets = 0;
  for await (const batch of createTicketFacts(db).replayedFromEvents()) {
    for (const { ticket, channel } of batch) {
      toRollupDeltas(ticketKey(ticket), contributionsOf(ticket, directory), rows);
      addChannelRows(channels, channelRowsOf(ticket, channel, directory), 1);
      tickets += 1;
    }
  }
  return { rows, channels, tickets };
}

function addChannelRows(into: Map<string, ChannelDelta>, rows: readonly ChannelDelta[], sign: 1 | -1) {
  for (const row of rows) {
    const id = channelRowId(row);
    const entry = into.get(id) ?? { ...row, tickets: 0 };
    entry.tickets += sign * row.tickets;
    into.set(id, entry);
  }
}

const channelRowId = (row: ChannelDelta) => `${row.unitCode}|${row.registeredOn}|${row.channel}`;

/** `hotline rollups rebuild`: recomputes the rollups from the event log in one transaction. */
export async function rebuildRollups(
  db: Executor,
  directory: UnitDirectory,
): Promise<{ tickets: number; rows: number }> {
  return inTransaction(db, async (trx) => {
    const { rows, channels, tickets } = await rollupsFromEvents(trx, directory);
    const repository = createRollupsRepository(trx);
    await repository.clear();
    const nonZero = [...rows.values()].filter((row) =>
      Object.values(row.amounts).some((amount) => amount !== 0),
    );
    await repository.insertMany(nonZero);
    await repository.refillMonthly();
    const channelRollups = createChannelRollupsRepository(trx);
    await channelRollups.clear();
    await channelRollups.add(channels.values());
    return { tickets, rows: nonZero.length };
  });
}

/**
 * After units moved in the tree, the tickets assigned within the moved subtrees count toward other ancestors:
 * each such ticket's contributions (and 来源渠道 rows) under the old tree are taken out and those under the new
 * tree put in, so the rollups equal a rebuild while every other ticket's rows stay untouched (a whole rebuild
 * reads every ticket: 27 s for 100,000 on SQLite). Runs inside the move's transaction.
 */
export async function reapportionRollups(
  db: Executor,
  change: { before: UnitDirectory; after: UnitDirectory; moved: readonly string[] },
): Promise<{ tickets: number; rows: number }> {
  const codes = new Set(change.moved.flatMap((code) => change.after.subtreeCodes(code)));
  const rows = new Map<string, RollupDelta>();
  const channels = new Map<string, ChannelDelta>();
  let tickets = 0;
  for await (const batch of createTicketFacts(db).replayedFromEvents({ unitCodes: [...codes] })) {
    for (const { ticket, channel } of batch) {
      const key = ticketKey(ticket);
      const old = contributionsOf(ticket, change.before);
      toRollupDeltas(key, new Map([...old].map(([entry, amount]) => [entry, -amount])), rows);
      toRollupDeltas(key, contributionsOf(ticket, change.after), rows);
      addChannelRows(channels, channelRowsOf(ticket, channel, change.before), -1);
      addChannelRows(channels, channelRowsOf(ticket, channel, change.after), 1);
      tickets += 1;
    }
  }
  const changed = [...rows.values()].filter((row) =>
    Object.values(row.amounts).some((amount) => amount !== 0),
  );
  await createRollupsRepository(db).add(changed);
  await createChannelRollupsRepository(db).add(channels.values());
  return { tickets, rows: changed.length };
}

/** Differences between the maintained rollups and a rebuild from events (empty when they agree). */
export async function compareRollups(db: Executor, directory: UnitDirectory): Promise<string[]> {
  const { rows, channels } = await rollupsFromEvents(db, directory);
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
  const maintained = new Map(
    (await createChannelRollupsRepository(db).all()).map((row) => [channelRowId(row), row.tickets]),
  );
  for (const [id, row] of channels) {
    if (row.tickets !== 0 && maintained.get(id) !== row.tickets)
      differences.push(
        `channel ${id}: maintained ${maintained.get(id) ?? 'none'}, from events ${row.tickets}`,
      );
  }
  for (const [id, tickets] of maintained)
    if ((channels.get(id)?.tickets ?? 0) === 0)
      differences.push(`channel ${id}: maintained ${tickets}, from events none`);
  return [...differences, ...(await createRollupsRepository(db).monthlyDisagreements())];
}
