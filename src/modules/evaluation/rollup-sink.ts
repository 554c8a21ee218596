import type { Executor } from '../../db/executor.ts';
import {
  parseContributionKey,
  type Contributions,
  type TicketKey,
} from '../../domain/metrics/contributions.ts';
import type { Counter } from '../../domain/metrics/counters.ts';
import { createChannelRollupsRepository, type ChannelDelta } from './channel-rollups.repository.ts';
import { createRollupsRepository, type RollupDelta } from './rollups.repository.ts';

/** Where a ticket's change in contributions goes: straight into the rollup rows, or a buffer flushed later. */
export interface RollupSink {
  record(db: Executor, key: TicketKey, delta: Contributions): Promise<void>;
  /** Changes to the 来源渠道 rollups (migration 0015) */
  recordChannels(db: Executor, deltas: readonly ChannelDelta[]): Promise<void>;
}

function rowKey(key: TicketKey, unitCode: string, day: string): string {
  return `${key.registeredOn}|${unitCode}|${day}|${key.appealType}|${key.categoryL1}`;
}

/** Groups one ticket's deltas into rollup rows. */
export function toRollupDeltas(
  key: TicketKey,
  delta: Contributions,
  into = new Map<string, RollupDelta>(),
): Map<string, RollupDelta> {
  for (const [entry, amount] of delta) {
    const { unitCode, day, counter } = parseContributionKey(entry);
    const id = rowKey(key, unitCode, day);
    let row = into.get(id);
    if (!row) {
      row = {
        registeredOn: key.registeredOn,
        unitCode,
        eventOn: day,
        appealType: key.appealType,
        categoryL1: key.categoryL1,
        amounts: {},
      };
      into.set(id, row);
    }
    row.amounts[counter as Counter] = (row.amounts[counter as Counter] ?? 0) + amount;
  }
  return into;
}

/** Writes every change in the same transaction as the ticket's own change. */
export const immediateSink: RollupSink = {
  async record(db, key, delta) {
    if (delta.size > 0) await createRollupsRepository(db).add([...toRollupDeltas(key, delta).values()]);
  },
  async recordChannels(db, deltas) {
    await createChannelRollupsRepository(db).add(deltas);
  },
};

/**
 * Collects changes in memory and writes each row once at `flush`: a bulk load (the demo simulator, imports)
 * flushes inside the same transaction as the tickets it wrote, so the rollups never disagree with them.
 */
export function createBufferedSink(): RollupSink & { flush(db: Executor): Promise<void> } {
  let rows = new Map<string, RollupDelta>();
  let channels = new Map<string, ChannelDelta>();
  return {
    async record(_db, key, delta) {
      toRollupDeltas(key, delta, rows);
    },
    async recordChannels(_db, deltas) {
      for (const delta of deltas) {
        const id = `${delta.unitCode}|${delta.registeredOn}|${delta.channel}`;
        const row = channels.get(id);
        if (row) row.tickets += delta.tickets;
        else channels.set(id, { ...delta });
      }
    },
    async flush(db) {
      const pending = [...rows.values()];
      const pendingChannels = [...channels.values()];
      rows = new Map();
      channels = new Map();
      await createRollupsRepository(db).add(pending);
      await createChannelRollupsRepository(db).add(pendingChannels);
    },
  };
}
