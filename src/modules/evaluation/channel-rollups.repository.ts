import { sql } from 'kysely';
import type { Executor } from '../../db/executor.ts';
import { toNumber } from '../../db/dialect.ts';
import { preparedQuery } from '../../db/prepared.ts';

/** One row of the 来源渠道 rollups and the number of tickets to add to it (negative: taken out). */
export interface ChannelDelta {
  unitCode: string;
  registeredOn: string;
  channel: string;
  tickets: number;
}

const addStatement = preparedQuery(
  (db, _shape, unitCode: string, registeredOn: string, channel: string, tickets: number) =>
    db
      .insertInto('ticket_channel_rollups')
      .values({ unit_code: unitCode, registered_on: registeredOn, channel, tickets })
      .onConflict((conflict) =>
        conflict
          .columns(['unit_code', 'registered_on', 'channel'])
          .doUpdateSet({ tickets: sql`ticket_channel_rollups.tickets + excluded.tickets` }),
      ),
);

/** The 来源渠道 rollups (migration 0015): tickets by day of registration and channel, per unit subtree. */
export function createChannelRollupsRepository(db: Executor) {
  return {
    async add(deltas: Iterable<ChannelDelta>): Promise<void> {
      for (const d of deltas)
        if (d.tickets !== 0) await addStatement(db, 'add', d.unitCode, d.registeredOn, d.channel, d.tickets);
    },

    /** One unit subtree's tickets per channel, registered in [from, to] (local dates). */
    async sums(
      unitCode: string,
      range: { from: string; to: string },
    ): Promise<{ channel: string; count: number }[]> {
      const rows = await db
        .selectFrom('ticket_channel_rollups')
        .select(['channel', sql<number>`sum(tickets)`.as('n')])
        .where('unit_code', '=', unitCode)
        .where('registered_on', '>=', range.from)
        .where('registered_on', '<=', range.to)
        .groupBy('channel')
        .execute();
      return rows
        .map((row) => ({ channel: row.channel, count: toNumber(row.n) }))
        .filter((row) => row.count !== 0);
    },

    async all(): Promise<ChannelDelta[]> {
      const rows = await db
        .selectFrom('ticket_channel_rollups')
        .selectAll()
        .where('tickets', '!=', 0)
        .execute();
      return rows.map((row) => ({
        unitCode: row.unit_code,
        registeredOn: row.registered_on,
        channel: row.channel,
        tickets: toNumber(row.tickets),
      }));
    },

    async clear(): Promise<void> {
      await db.deleteFrom('ticket_channel_rollups').execute();
    },
  };
}
