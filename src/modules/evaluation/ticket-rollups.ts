import type { Executor } from '../../db/executor.ts';
import {
  contributionDelta,
  ticketContributions,
  ticketKey,
  type Contributions,
} from '../../domain/metrics/contributions.ts';
import type { Ticket } from '../../domain/lifecycle/index.ts';
import { channelUnitDelta, channelUnits } from '../../domain/metrics/channel-presence.ts';
import type { ChannelDelta } from './channel-rollups.repository.ts';
import type { UnitDirectory } from '../units/index.ts';
import type { RollupSink } from './rollup-sink.ts';

/** A unit and every unit above it, from its materialised path ('/PJ/PJ-DW/PJ-DW-SW/'). */
export function ancestryOf(directory: UnitDirectory): (unitCode: string) => readonly string[] {
  const cache = new Map<string, readonly string[]>();
  return (unitCode) => {
    let codes = cache.get(unitCode);
    if (!codes) {
      const path = directory.get(unitCode)?.path;
      codes = path ? path.split('/').filter(Boolean) : [unitCode];
      cache.set(unitCode, codes);
    }
    return codes;
  };
}

export function contributionsOf(ticket: Ticket, directory: UnitDirectory): Contributions {
  const root = directory.root()?.code ?? '';
  return ticketContributions(ticket, root, ancestryOf(directory));
}

/** The 来源渠道 rows a ticket adds to (the centre and every unit subtree it was assigned within). */
export function channelRowsOf(ticket: Ticket, channel: string, directory: UnitDirectory): ChannelDelta[] {
  const root = directory.root()?.code ?? '';
  const registeredOn = ticketKey(ticket).registeredOn;
  return [...channelUnits(ticket, root, ancestryOf(directory))].map((unitCode) => ({
    unitCode,
    registeredOn,
    channel,
    tickets: 1,
  }));
}

export interface TicketChange {
  before: Ticket | null;
  after: Ticket;
  /** 来源渠道: fixed at intake */
  channel: string;
  directory: UnitDirectory;
}

/** Keeps the rollups in step with every ticket change, inside the transaction that made the change. */
export function createTicketRollupRecorder(sink: RollupSink) {
  return async (db: Executor, change: TicketChange): Promise<void> => {
    const after = contributionsOf(change.after, change.directory);
    const before = change.before
      ? contributionsOf(change.before, change.directory)
      : new Map<string, number>();
    // The key (registration day, appeal type, category) never changes after intake; nor does the channel.
    const key = ticketKey(change.after);
    await sink.record(db, key, contributionDelta(before, after));
    const root = change.directory.root()?.code ?? '';
    const ancestry = ancestryOf(change.directory);
    const units = channelUnitDelta(
      change.before ? channelUnits(change.before, root, ancestry) : new Set(),
      channelUnits(change.after, root, ancestry),
    );
    if (units.size > 0)
      await sink.recordChannels(
        db,
        [...units].map(([unitCode, tickets]) => ({
          unitCode,
          registeredOn: key.registeredOn,
          channel: change.channel,
          tickets,
        })),
      );
  };
}

export type TicketRollupRecorder = ReturnType<typeof createTicketRollupRecorder>;
