import { useEffect, useState } from 'react';
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { liveContract } from '../../../src/contracts/live.contract.ts';
import type {
  LivePresenceEvent,
  LiveTicketEvent,
  PRESENCE_HEARTBEAT_MS,
  PresenceView,
  Viewer,
} from '../../../src/contracts/live.schemas.ts';
import { ApiError, sendJson } from '../api/client.ts';
import { queryKeys } from '../api/query-keys.ts';
import { sessionGate } from '../api/session-gate.ts';

// Live updates (docs/live.md): one EventSource per tab on GET /api/live. Events carry no personal data, only
// which ticket changed; the matching queries are invalidated and refetched through the ordinary (masking) API.

// Typed by the live contract (its values included) without loading its schemas into the shell.
const STREAM_PATH: (typeof liveContract.stream)['path'] = '/api/live';
const PRESENCE_PATH: (typeof liveContract.presence)['path'] = '/api/tickets/:id/presence';
const HEARTBEAT_MS: typeof PRESENCE_HEARTBEAT_MS = 10_000;

/** Queue lists and counts change with almost every event: refetch them at most this often. */
const QUEUE_REFRESH_MS = 2000;
const RECONNECT_MIN_MS = 5000;
const RECONNECT_MAX_MS = 60_000;

const presencePath = (ticketId: number) => PRESENCE_PATH.replace(':id', String(ticketId));

function parse<T>(event: MessageEvent): T | null {
  try {
    return JSON.parse(String(event.data)) as T;
  } catch {
    return null;
  }
}

function connect(queryClient: QueryClient, onState: (connected: boolean) => void): () => void {
  let source: EventSource | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let queueTimer: ReturnType<typeof setTimeout> | undefined;
  let delay = RECONNECT_MIN_MS;
  let stopped = false;
  let opened = false;

  const refreshQueues = () => {
    if (queueTimer) return;
    queueTimer = setTimeout(() => {
      queueTimer = undefined;
      void queryClient.invalidateQueries({ queryKey: queryKeys.queues });
    }, QUEUE_REFRESH_MS);
  };
  const refreshAll = () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.tickets });
    void queryClient.invalidateQueries({ queryKey: queryKeys.queues });
  };

  const open = () => {
    if (stopped) return;
    source = new EventSource(STREAM_PATH, { withCredentials: true });
    source.addEventListener('ready', () => {
      delay = RECONNECT_MIN_MS;
      onState(true);
      // Events sent while the stream was down are lost: after a reconnection what is on screen may be old.
      if (opened) refreshAll();
      opened = true;
    });
    source.addEventListener('resync', refreshAll);
    source.addEventListener('ticket', (event) => {
      const change = parse<LiveTicketEvent>(event as MessageEvent);
      if (!change) return;
      void queryClient.invalidateQueries({ queryKey: queryKeys.ticket(change.number) });
      void queryClient.invalidateQueries({ queryKey: ['tickets', 'search'] });
      refreshQueues();
    });
    source.addEventListener('presence', (event) => {
      const presence = parse<LivePresenceEvent>(event as MessageEvent);
      if (presence) queryClient.setQueryData(queryKeys.presence(presence.ticketId), presence.viewers);
    });
    source.onerror = () => {
      // The browser reconnects by itself after a dropped stream; a refused one (401, 404) it gives up on.
      if (source?.readyState !== EventSource.CLOSED) return;
      onState(false);
      source = null;
      retryTimer = setTimeout(open, delay);
      delay = Math.min(delay * 2, RECONNECT_MAX_MS);
    };
  };

  open();
  const unsubscribe = sessionGate.subscribe(() => {
    // After a re-login the stream comes back at once rather than after its back-off.
    if (sessionGate.status() === 'active' && !source && !stopped) {
      clearTimeout(retryTimer);
      delay = RECONNECT_MIN_MS;
      open();
    }
  });
  return () => {
    stopped = true;
    unsubscribe();
    clearTimeout(retryTimer);
    clearTimeout(queueTimer);
    source?.close();
  };
}

/** Mounted once by the shell. Answers whether the stream is open (the top bar shows it). */
export function useLive(enabled = true): boolean {
  const queryClient = useQueryClient();
  const [connected, setConnected] = useState(false);
  useEffect(() => (enabled ? connect(queryClient, setConnected) : undefined), [queryClient, enabled]);
  return connected;
}

/**
 * Announces that this user has the ticket open (every 10 s, and on leaving) and answers who else has: the
 * viewers come from the heartbeat's answer and from `presence` events.
 */
export function usePresence(ticketId: number | undefined, me: string | undefined): Viewer[] {
  const queryClient = useQueryClient();
  const { data } = useQuery({
    queryKey: queryKeys.presence(ticketId ?? 0),
    queryFn: () => [] as Viewer[],
    enabled: false,
    initialData: [] as Viewer[],
  });
  useEffect(() => {
    if (!ticketId) return undefined;
    let unavailable = false;
    const beat = async () => {
      if (unavailable || document.visibilityState === 'hidden') return;
      try {
        const { viewers } = await sendJson<PresenceView>(
          'POST',
          presencePath(ticketId),
          {},
          { leaving: false },
        );
        queryClient.setQueryData(queryKeys.presence(ticketId), viewers);
      } catch (error) {
        // Without the live module (404) there is no one to tell.
        if (error instanceof ApiError && error.status === 404) unavailable = true;
      }
    };
    void beat();
    const timer = setInterval(beat, HEARTBEAT_MS);
    return () => {
      clearInterval(timer);
      if (unavailable) return;
      // keepalive: the page may be closing.
      void fetch(presencePath(ticketId), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ leaving: true }),
        credentials: 'same-origin',
        keepalive: true,
      }).catch(() => undefined);
    };
  }, [ticketId, queryClient]);
  return (data ?? []).filter((viewer) => viewer.username !== me);
}
