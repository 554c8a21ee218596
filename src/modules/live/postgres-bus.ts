import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { createLocalFanout, LiveMessage, type BusLogger, type LiveBus } from './live-bus.ts';

export interface PostgresBusOptions {
  /** The database every server process of the platform uses. */
  url: string;
  /** The schema worked in: processes on other schemas of the same database are other platforms. */
  schema?: string;
  /** First wait before reconnecting after the link is lost; it doubles up to `maxReconnectMs`. */
  reconnectMs?: number;
  maxReconnectMs?: number;
  /** How often the idle link is checked with a query: a silently dropped connection delivers nothing. */
  pingMs?: number;
}

// PostgreSQL refuses a NOTIFY payload of 8,000 bytes or more (the default build's limit).
const MAX_PAYLOAD_BYTES = 7900;
// A message waiting while the link is down: beyond this many, the oldest go (the others get `resync` anyway).
const MAX_OUTBOX = 10_000;
const PING_TIMEOUT_MS = 10_000;

/** NOTIFY channels are per database, so the schema is part of the name; identifiers stop at 63 bytes. */
export function channelFor(schema?: string): string {
  const suffix = schema ? `_${schema.toLowerCase().replace(/[^a-z0-9_]/g, '_')}` : '';
  return `hotline_live${suffix}`.slice(0, 63);
}

/**
 * Several server processes on one PostgreSQL: a dedicated connection LISTENs on the platform's channel and
 * sends this process's messages with pg_notify. Messages are delivered here at once and skipped when their
 * echo comes back; messages published while the link is down wait in a bounded outbox, and the process's
 * readers get `resync` once it is back, since what the others sent meanwhile is lost.
 */
export function createPostgresBus(options: PostgresBusOptions): LiveBus {
  const fanout = createLocalFanout();
  const origin = randomUUID();
  const channel = channelFor(options.schema);
  const firstDelay = options.reconnectMs ?? 1000;
  const maxDelay = options.maxReconnectMs ?? 30_000;
  const outbox: string[] = [];
  let client: pg.Client | null = null;
  let stopped = true;
  let delay = firstDelay;
  let retryTimer: NodeJS.Timeout | null = null;
  let pingTimer: NodeJS.Timeout | null = null;
  let flushing = false;
  let log: BusLogger | undefined;

  async function connect(): Promise<void> {
    if (stopped) return;
    const candidate = new pg.Client({
      connectionString: options.url,
      application_name: `hotline-live:${channel}`,
      connectionTimeoutMillis: 10_000,
      keepAlive: true,
    });
    candidate.on('notification', (note) => {
      if (note.channel === channel && note.payload) receive(note.payload);
    });
    candidate.on('error', (error) => lost(candidate, error));
    candidate.on('end', () => lost(candidate));
    try {
      await candidate.connect();
      await candidate.query(`LISTEN "${channel}"`);
    } catch (error) {
      void candidate.end().catch(() => {});
      log?.warn({ err: error, channel }, 'live updates: cannot listen on PostgreSQL, retrying');
      scheduleReconnect();
      return;
    }
    if (stopped) {
      await candidate.end().catch(() => {});
      return;
    }
    client = candidate;
    delay = firstDelay;
    // Whatever the others sent while this process was not listening is gone: its readers refetch.
    fanout.emit({ type: 'resync' });
    void flush();
  }

  function lost(candidate: pg.Client, error?: Error): void {
    if (candidate !== client) return;
    client = null;
    candidate.removeAllListeners('notification');
    void candidate.end().catch(() => {});
    if (stopped) return;
    log?.warn({ err: error, channel }, 'live updates: PostgreSQL link lost, reconnecting');
    scheduleReconnect();
  }

  function scheduleReconnect(): void {
    if (stopped || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void connect();
    }, delay);
    retryTimer.unref();
    delay = Math.min(delay * 2, maxDelay);
  }

  function receive(payload: string): void {
    let envelope: { o?: unknown; m?: unknown };
    try {
      envelope = JSON.parse(payload) as { o?: unknown; m?: unknown };
    } catch {
      log?.warn({ channel }, 'live updates: unreadable notification ignored');
      return;
    }
    if (envelope.o === origin || !Array.isArray(envelope.m)) return;
    for (const item of envelope.m) {
      const parsed = LiveMessage.safeParse(item);
      if (parsed.success) fanout.emit(parsed.data);
      else log?.warn({ channel }, 'live updates: malformed message ignored');
    }
  }

  /** Sends waiting messages, as many per NOTIFY as fit: a burst of commands costs few round trips. */
  async function flush(): Promise<void> {
    if (flushing) return;
    flushing = true;
    try {
      while (outbox.length > 0 && client) {
        const batch = takeBatch();
        try {
          await client.query('SELECT pg_notify($1, $2)', [
            channel,
            `{"o":"${origin}","m":[${batch.join(',')}]}`,
          ]);
        } catch (error) {
          outbox.unshift(...batch);
          log?.warn({ err: error, channel }, 'live updates: NOTIFY failed, will retry');
          break;
        }
      }
    } finally {
      flushing = false;
    }
  }

  function takeBatch(): string[] {
    const batch: string[] = [];
    let bytes = 64; // the envelope around the messages
    while (outbox.length > 0) {
      const size = Buffer.byteLength(outbox[0]!) + 1;
      if (batch.length > 0 && bytes + size > MAX_PAYLOAD_BYTES) break;
      batch.push(outbox.shift()!);
      bytes += size;
    }
    return batch;
  }

  /** A connection dropped by a firewall says nothing: a periodic query finds out, and the link is remade. */
  async function ping(): Promise<void> {
    const current = client;
    if (!current || flushing) return;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error('ping timed out')), PING_TIMEOUT_MS);
    });
    try {
      await Promise.race([current.query('SELECT 1'), timeout]);
    } catch (error) {
      lost(current, error as Error);
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    kind: 'postgres',
    publish(message) {
      fanout.emit(message);
      // A process that does not serve (a CLI import, the simulator) has no link: the others are not told.
      if (stopped) return;
      const text = JSON.stringify(message);
      if (Buffer.byteLength(text) + 64 > MAX_PAYLOAD_BYTES) {
        log?.warn({ channel, type: message.type }, 'live updates: message too large for NOTIFY, kept local');
        return;
      }
      if (outbox.length >= MAX_OUTBOX) outbox.shift();
      outbox.push(text);
      void flush();
    },
    subscribe: (listener) => fanout.subscribe(listener),
    async start(logger) {
      if (!stopped) return;
      log = logger;
      fanout.setLogger(logger);
      stopped = false;
      pingTimer = setInterval(() => void ping(), options.pingMs ?? 30_000);
      pingTimer.unref();
      await connect();
    },
    async stop() {
      stopped = true;
      if (retryTimer) clearTimeout(retryTimer);
      if (pingTimer) clearInterval(pingTimer);
      retryTimer = pingTimer = null;
      const current = client;
      client = null;
      if (current) {
        current.removeAllListeners('notification');
        await current.end().catch(() => {});
      }
    },
  };
}
