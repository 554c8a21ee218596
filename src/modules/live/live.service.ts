import {
  LIVE_HEARTBEAT_MS,
  PRESENCE_HEARTBEAT_MS,
  PRESENCE_TTL_MS,
  type LiveTicketEvent,
  type PresenceView,
} from '../../contracts/live.schemas.ts';
import type { Actor } from '../../domain/access/actor.ts';
import type { TicketState } from '../../domain/lifecycle/index.ts';
import type { Clock } from '../../shared/clock.ts';
import type { UnitsService } from '../units/index.ts';
import type { BusLogger, BusSignal, LiveBus } from './live-bus.ts';
import { createFeedRegistry, type LiveFeed } from './feed-registry.ts';
import { createPresenceBoard } from './presence-board.ts';

/** A committed ticket change, as the tickets command service reports it (after the commit). */
export interface TicketChangeNotice {
  id: number;
  number: string;
  state: TicketState;
  version: number;
  unitCodes: string[];
  at: Date;
}

export interface LiveTimings {
  /** A viewer not heard from for this long has left (default 30 s). */
  presenceTtlMs?: number;
  /** How often departed viewers are looked for (default 5 s). */
  sweepMs?: number;
  /** Comment lines keeping quiet streams open (default 15 s). */
  heartbeatMs?: number;
  /**
   * A stream ends after this long (default 15 min, ±10 %) and the browser reconnects, logging in again: a
   * revoked session or a changed role or unit stops reading within this time.
   */
  maxStreamMs?: number;
  /** Streams one person may hold in one process (tabs); the oldest is closed beyond it (default 8). */
  maxStreamsPerUser?: number;
}

export function createLiveService(deps: {
  clock: Clock;
  bus: LiveBus;
  units: Pick<UnitsService, 'directory'>;
  /** Refuses a ticket this person may not see (not found, out of scope): the tickets module's own rule. */
  assertVisible: (actor: Actor, ticketId: number) => Promise<unknown>;
  timings?: LiveTimings;
}) {
  const timings = {
    presenceTtlMs: PRESENCE_TTL_MS,
    sweepMs: 5000,
    heartbeatMs: LIVE_HEARTBEAT_MS,
    maxStreamMs: 15 * 60_000,
    maxStreamsPerUser: 8,
    ...deps.timings,
  };
  const feeds = createFeedRegistry();
  const board = createPresenceBoard(timings.presenceTtlMs);
  const timers: NodeJS.Timeout[] = [];
  let log: BusLogger | undefined;
  const now = () => deps.clock.now().getTime();

  deps.bus.subscribe(onSignal);

  function onSignal(signal: BusSignal): void {
    switch (signal.type) {
      case 'ticket':
        void deliverTicket(signal.ticket).catch((error: unknown) =>
          log?.warn({ err: error, ticketId: signal.ticket.id }, 'live update not delivered'),
        );
        return;
      case 'presence':
        if (board.apply(signal.ticketId, signal.viewer, signal.leaving, now())) showPresence(signal.ticketId);
        return;
      case 'resync':
        for (const entry of feeds.all()) entry.feed.send({ type: 'resync', data: {} });
        return;
    }
  }

  async function deliverTicket(event: LiveTicketEvent): Promise<void> {
    if (feeds.size() === 0) return;
    const readers = feeds.readersOf(event.unitCodes, await deps.units.directory());
    for (const entry of readers) entry.feed.send({ type: 'ticket', data: event });
  }

  /** Tells the ticket's viewers (and only them: nobody else asked) who is looking at it now. */
  function showPresence(ticketId: number): void {
    const viewers = board.viewers(ticketId, now());
    for (const viewer of viewers) {
      for (const entry of feeds.streamsOf(viewer.username)) {
        entry.feed.send({ type: 'presence', data: { ticketId, viewers } });
      }
    }
  }

  function expireViewers(): void {
    for (const ticketId of board.expire(now())) showPresence(ticketId);
  }

  function keepStreamsAlive(): void {
    const at = Date.now();
    for (const entry of feeds.all()) {
      if (at >= entry.closeAt) entry.feed.close();
      else entry.feed.ping();
    }
  }

  function closeStreams(): void {
    for (const entry of feeds.all()) entry.feed.close();
  }

  return {
    /** The tickets command service's after-commit listener; never throws. */
    ticketCommitted(change: TicketChangeNotice): void {
      const { id, number, state, version, unitCodes, at } = change;
      deps.bus.publish({
        type: 'ticket',
        ticket: { id, number, state, version, unitCodes, at: at.toISOString() },
      });
    },

    /**
     * Opens a reader's stream: it hears the tickets within their scope from now on. Answers the function the
     * transport calls when the stream ends, whoever ended it.
     */
    openFeed(actor: Actor, feed: LiveFeed): () => void {
      const lifetime = timings.maxStreamMs * (0.9 + Math.random() * 0.2);
      const { release } = feeds.register(feed, actor, Date.now() + lifetime);
      const own = feeds.streamsOf(actor.username);
      for (const extra of own.slice(0, Math.max(0, own.length - timings.maxStreamsPerUser)))
        extra.feed.close();
      feed.send({
        type: 'ready',
        data: {
          at: deps.clock.now().toISOString(),
          heartbeatMs: timings.heartbeatMs,
          presenceHeartbeatMs: PRESENCE_HEARTBEAT_MS,
        },
      });
      return release;
    },

    /** A ticket page's heartbeat (or its departure): answers who has the ticket open now, this person included. */
    async announcePresence(actor: Actor, ticketId: number, leaving: boolean): Promise<PresenceView> {
      await deps.assertVisible(actor, ticketId);
      const viewer = { username: actor.username, displayName: actor.displayName };
      deps.bus.publish({ type: 'presence', ticketId, viewer, leaving });
      return { viewers: board.viewers(ticketId, now()) };
    },

    /** Drops viewers whose heartbeats stopped and tells the others; also run by a timer once started. */
    expireViewers,

    /** Starts the bus and the timers; the HTTP server calls it when it is ready. */
    async start(logger?: BusLogger): Promise<void> {
      log = logger;
      if (timers.length === 0) {
        timers.push(
          setInterval(expireViewers, timings.sweepMs),
          setInterval(keepStreamsAlive, timings.heartbeatMs),
        );
        for (const timer of timers) timer.unref();
      }
      await deps.bus.start(logger);
    },

    /** Ends every open stream, so that the server can close (its connections would otherwise stay busy). */
    closeStreams,

    async stop(): Promise<void> {
      for (const timer of timers.splice(0)) clearInterval(timer);
      closeStreams();
      await deps.bus.stop();
    },

    /** Open streams in this process (for health pages and tests). */
    streamCount: () => feeds.size(),
  };
}

export type LiveService = ReturnType<typeof createLiveService>;
