import type { Viewer } from '../../contracts/live.schemas.ts';

interface Seen {
  viewer: Viewer;
  expiresAt: number;
}

/**
 * Who has which ticket open, as this process has heard (every process hears every announcement through the
 * bus, so each holds the same board). One entry per user and ticket: a second tab is the same viewer.
 */
export function createPresenceBoard(ttlMs: number) {
  const tickets = new Map<number, Map<string, Seen>>();

  return {
    /** Records a heartbeat or a departure at `now` (ms); true when the ticket's list of viewers changed. */
    apply(ticketId: number, viewer: Viewer, leaving: boolean, now: number): boolean {
      const seen = tickets.get(ticketId);
      if (leaving) {
        const was = seen?.get(viewer.username);
        if (!seen || !was) return false;
        seen.delete(viewer.username);
        if (seen.size === 0) tickets.delete(ticketId);
        return was.expiresAt > now;
      }
      const entries = seen ?? new Map<string, Seen>();
      if (!seen) tickets.set(ticketId, entries);
      const was = entries.get(viewer.username);
      entries.set(viewer.username, { viewer, expiresAt: now + ttlMs });
      return !was || was.expiresAt <= now || was.viewer.displayName !== viewer.displayName;
    },

    /** The ticket's viewers at `now`, in the order they arrived. */
    viewers(ticketId: number, now: number): Viewer[] {
      const seen = tickets.get(ticketId);
      if (!seen) return [];
      return [...seen.values()].filter((entry) => entry.expiresAt > now).map((entry) => entry.viewer);
    },

    /** Forgets viewers not heard from within the time-out; answers the tickets whose lists changed. */
    expire(now: number): number[] {
      const changed: number[] = [];
      for (const [ticketId, seen] of tickets) {
        let dropped = false;
        for (const [username, entry] of seen) {
          if (entry.expiresAt > now) continue;
          seen.delete(username);
          dropped = true;
        }
        if (seen.size === 0) tickets.delete(ticketId);
        if (dropped) changed.push(ticketId);
      }
      return changed;
    },
  };
}

export type PresenceBoard = ReturnType<typeof createPresenceBoard>;
