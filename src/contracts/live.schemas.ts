import { z } from 'zod';
import { TICKET_STATES } from '../domain/lifecycle/states.ts';

// Live updates (GET /api/live, text/event-stream) and presence on a ticket page. Events say only what changed
// and where to look: the console refetches through the ordinary routes, which mask callers' data.

/** `retry:` sent at the start of every stream: how long a browser waits before reconnecting (ms). */
export const LIVE_RETRY_MS = 3000;
/** A comment line at this interval keeps proxies from closing a quiet stream. */
export const LIVE_HEARTBEAT_MS = 15_000;
/** A ticket page announces itself at this interval… */
export const PRESENCE_HEARTBEAT_MS = 10_000;
/** …and a viewer not heard from for this long has left. */
export const PRESENCE_TTL_MS = 30_000;

/** An EventSource sends `Accept: text/event-stream`; anything else would hold a connection it cannot read. */
export const LiveStreamHeaders = z.object({
  accept: z
    .string({ error: '请以 Accept: text/event-stream 请求实时更新' })
    .refine((value) => value.toLowerCase().includes('text/event-stream'), {
      message: '请以 Accept: text/event-stream 请求实时更新',
    }),
});

/** `event: ticket` — a ticket within the reader's scope changed; refetch it (and any queue it may be in). */
export const LiveTicketEvent = z.object({
  id: z.number().int().positive(),
  /** 工单编号 */
  number: z.string(),
  state: z.enum(TICKET_STATES),
  /** The ticket's version after the change: an event at or below the version shown is old news. */
  version: z.number().int().positive(),
  /** Every unit the ticket has been assigned to (codes only) */
  unitCodes: z.array(z.string()),
  /** When the change was made (ISO 8601) */
  at: z.string(),
});
export type LiveTicketEvent = z.infer<typeof LiveTicketEvent>;

export const Viewer = z.object({
  username: z.string(),
  displayName: z.string(),
});
export type Viewer = z.infer<typeof Viewer>;

/** `event: presence` — who has the ticket open now (the reader included), in the order they arrived. */
export const LivePresenceEvent = z.object({
  ticketId: z.number().int().positive(),
  viewers: z.array(Viewer),
});
export type LivePresenceEvent = z.infer<typeof LivePresenceEvent>;

/** `event: ready` — the stream is open: refetch what is shown, since events sent while disconnected are lost. */
export const LiveReadyEvent = z.object({
  at: z.string(),
  heartbeatMs: z.number().int(),
  presenceHeartbeatMs: z.number().int(),
});
export type LiveReadyEvent = z.infer<typeof LiveReadyEvent>;

// `event: resync` (data `{}`): this server lost its link to the other servers for a while; refetch everything.

export const PresenceInput = z.object({
  /** true when the page closes: the viewer leaves at once rather than after the timeout */
  leaving: z.boolean().default(false),
});
export type PresenceInput = z.output<typeof PresenceInput>;

export const PresenceView = z.object({
  viewers: z.array(Viewer),
});
export type PresenceView = z.infer<typeof PresenceView>;

/** The API document's description of the stream; the events themselves are the schemas above. */
export const LiveStream = z.unknown().meta({
  description:
    'text/event-stream：`retry:` 重连间隔；`event: ready`（连接建立，应重新拉取当前页面数据）；' +
    '`event: ticket`（权限范围内的工单有变化：id、number、state、version、unitCodes、at）；' +
    '`event: presence`（正在查看同一工单的用户：ticketId、viewers）；`event: resync`（与其他服务器的联系曾中断，' +
    '应全部重新拉取）；每 15 秒一行注释（: ping）保持连接。',
});
