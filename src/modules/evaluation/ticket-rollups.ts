import type { Executor } from '../../db/executor.ts';
import {
  contributionDelta,
  ticketContributions,
  ticketKey,
  type Contributions,
} from '../../domain/metrics/contributions.ts';
import type { Ticket } from '../../domain/lifecycle/index.ts';
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

export interface TicketChange {
  before: Ticket | null;
  after: Ticket;
  directory: UnitDirectory;
}

/** Keeps the rollups in step with every ticket change, inside the transaction that made the change. */
export function createTicketRollupRecorder(sink: RollupSink) {
  return async (db: Executor, change: TicketChange): Promise<void> => {
    const after = contributionsOf(change.after, change.directory);
    const before = change.before
      ? contributionsOf(change.before, change.directory)
      : new Map<string, number>();
    // The key (registration day, appeal type, category) never changes after intake.
    await sink.record(db, ticketKey(change.after), contributionDelta(before, after));
  };
}

export type TicketRollupRecorder = ReturnType<typeof createTicketRollupRecorder>;
