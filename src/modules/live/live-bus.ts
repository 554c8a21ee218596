import { EventEmitter } from 'node:events';
import { z } from 'zod';
import { LiveTicketEvent, Viewer } from '../../contracts/live.schemas.ts';

/**
 * What one server process tells every other (and itself): a ticket changed, or someone is looking at one.
 * Kept small: on PostgreSQL a batch of these travels in one NOTIFY payload (under 8,000 bytes).
 */
export const LiveMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ticket'), ticket: LiveTicketEvent }),
  z.object({
    type: z.literal('presence'),
    ticketId: z.number().int().positive(),
    viewer: Viewer,
    leaving: z.boolean(),
  }),
]);
export type LiveMessage = z.infer<typeof LiveMessage>;

/** A message, or `resync`: this process missed messages (its link to the others was down) and cannot say which. */
export type BusSignal = LiveMessage | { type: 'resync' };

export interface BusLogger {
  warn(object: object, message: string): void;
}

/**
 * Carries messages to every subscriber in every server process, this one included (synchronously here, so a
 * presence announcement is in this process's map before its request answers).
 */
export interface LiveBus {
  readonly kind: 'memory' | 'postgres';
  publish(message: LiveMessage): void;
  subscribe(listener: (signal: BusSignal) => void): () => void;
  /** Begins listening to the other processes; resolves after the first attempt, reconnecting in the background. */
  start(log?: BusLogger): Promise<void>;
  stop(): Promise<void>;
}

/** Delivery inside one process; a listener that throws is logged and the others still hear the message. */
export function createLocalFanout() {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  let log: BusLogger | undefined;
  return {
    setLogger(logger: BusLogger | undefined) {
      log = logger;
    },
    emit(signal: BusSignal): void {
      for (const listener of emitter.listeners('signal') as ((signal: BusSignal) => void)[]) {
        try {
          listener(signal);
        } catch (error) {
          log?.warn({ err: error, signal: signal.type }, 'live update listener failed');
        }
      }
    },
    subscribe(listener: (signal: BusSignal) => void): () => void {
      emitter.on('signal', listener);
      return () => emitter.off('signal', listener);
    },
  };
}

/** One process (SQLite, or a single PostgreSQL server): an in-process fan-out is the whole bus. */
export function createMemoryBus(): LiveBus {
  const fanout = createLocalFanout();
  return {
    kind: 'memory',
    publish: (message) => fanout.emit(message),
    subscribe: (listener) => fanout.subscribe(listener),
    start: async (log) => fanout.setLogger(log),
    stop: async () => {},
  };
}
