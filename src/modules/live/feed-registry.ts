import type { LivePresenceEvent, LiveReadyEvent, LiveTicketEvent } from '../../contracts/live.schemas.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { isUnitRole } from '../../domain/access/roles.ts';
import type { UnitDirectory } from '../units/index.ts';

/** What a reader is told; the transport (src/modules/live/sse-stream.ts) frames it. */
export type LiveEvent =
  | { type: 'ready'; data: LiveReadyEvent }
  | { type: 'ticket'; data: LiveTicketEvent }
  | { type: 'presence'; data: LivePresenceEvent }
  | { type: 'resync'; data: Record<string, never> };

/** One open stream of one person. */
export interface LiveFeed {
  send(event: LiveEvent): void;
  /** Says nothing, so that proxies keep a quiet connection open. */
  ping(): void;
  /** Ends the stream from the server's side (shutdown, lifetime reached, too many streams). */
  close(): void;
}

interface Entry {
  feed: LiveFeed;
  actor: Actor;
  closeAt: number;
}

/**
 * The open streams of this process, indexed so that an event finds its readers without testing every stream:
 * centre roles read every ticket; a unit's staff, the tickets assigned to their unit or below it (DESIGN §2,
 * the same rule as the tickets module's ticket-scope.ts); a person, the presence of tickets they have open.
 */
export function createFeedRegistry() {
  const centre = new Set<Entry>();
  const byUnit = new Map<string, Set<Entry>>();
  const byUser = new Map<string, Set<Entry>>();

  const add = <K>(index: Map<K, Set<Entry>>, key: K, entry: Entry) => {
    const set = index.get(key) ?? new Set<Entry>();
    set.add(entry);
    index.set(key, set);
  };
  const remove = <K>(index: Map<K, Set<Entry>>, key: K, entry: Entry) => {
    const set = index.get(key);
    if (!set) return;
    set.delete(entry);
    if (set.size === 0) index.delete(key);
  };

  function unregister(entry: Entry): void {
    centre.delete(entry);
    remove(byUnit, entry.actor.unitCode, entry);
    remove(byUser, entry.actor.username, entry);
  }

  return {
    /** Adds a stream; answers the function that removes it (idempotent). */
    register(feed: LiveFeed, actor: Actor, closeAt: number): { entry: Entry; release: () => void } {
      const entry: Entry = { feed, actor, closeAt };
      if (isUnitRole(actor.role)) add(byUnit, actor.unitCode, entry);
      else centre.add(entry);
      add(byUser, actor.username, entry);
      return { entry, release: () => unregister(entry) };
    },

    /** The person's streams, oldest first. */
    streamsOf(username: string): Entry[] {
      return [...(byUser.get(username) ?? [])];
    },

    /** Streams allowed to read a ticket assigned to these units: the centre's, and those of each unit above. */
    readersOf(unitCodes: readonly string[], directory: UnitDirectory): Set<Entry> {
      const readers = new Set(centre);
      const visited = new Set<string>();
      for (const code of unitCodes) {
        for (let unit = directory.get(code); unit && !visited.has(unit.code);) {
          visited.add(unit.code);
          for (const entry of byUnit.get(unit.code) ?? []) readers.add(entry);
          unit = unit.parentCode ? directory.get(unit.parentCode) : undefined;
        }
      }
      return readers;
    },

    all(): Entry[] {
      return [...byUser.values()].flatMap((set) => [...set]);
    },

    size(): number {
      let count = 0;
      for (const set of byUser.values()) count += set.size;
      return count;
    },
  };
}

export type FeedRegistry = ReturnType<typeof createFeedRegistry>;
