// What a telephone switch (CTI) reports about one call, and what the call record is made of. Pure: no I/O.

/** The events a CTI system sends to POST /api/cti/events. */
export const CTI_EVENT_TYPES = [
  'offered',
  'queued',
  'answered',
  'abandoned',
  'transferred',
  'ended',
  'callback',
] as const;
export type CtiEventType = (typeof CTI_EVENT_TYPES)[number];

/** Where a transferred call went. */
export const TRANSFER_KINDS = ['agent', 'queue', 'line'] as const;
export type TransferKind = (typeof TRANSFER_KINDS)[number];

/** One stored CTI event, as the fold reads it. */
export interface CtiEventFacts {
  /** Unique per event: a replayed event carries the same id. */
  eventId: string;
  type: CtiEventType;
  at: Date;
  /** 主叫号码 */
  caller: string | null;
  /** 座席工号 of `answered` */
  agent: string | null;
  /** Target of `transferred` */
  transferTo: { kind: TransferKind; id: string } | null;
  /** The number an outbound `callback` dialled */
  number: string | null;
}

/** A call's row, rebuilt from its events. */
export interface FoldedCall {
  offeredAt: Date;
  answeredAt: Date | null;
  endedAt: Date | null;
  agentNumber: string | null;
  callerNumber: string | null;
  /** The caller hung up (or was cut off) before any agent answered. */
  abandoned: boolean;
  transferCount: number;
  /** The last transfer's target, e.g. 'queue:投诉'. */
  transferredTo: string | null;
}

// Events of one instant are folded in the order a call lives through them, then by id: a total order, so
// any arrival order sorts the same.
const LIFE_ORDER: Record<CtiEventType, number> = {
  offered: 0,
  queued: 1,
  answered: 2,
  transferred: 3,
  abandoned: 4,
  ended: 5,
  callback: 6,
};

export function compareEvents(a: CtiEventFacts, b: CtiEventFacts): number {
  return (
    a.at.getTime() - b.at.getTime() ||
    LIFE_ORDER[a.type] - LIFE_ORDER[b.type] ||
    (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0)
  );
}

/**
 * The call record as a pure fold over every event of the call, sorted by time: replayed events (same id,
 * stored once) and events arriving out of order give the same record. Earliest offered/queued is the
 * 呼入时间, earliest answered the 应答时间 and its agent the 座席工号; the latest ended is the 挂机时间.
 * `callback` events are outbound calls: they make no inbound record (null when a call has nothing else).
 */
export function foldCallEvents(events: readonly CtiEventFacts[]): FoldedCall | null {
  // One event per id: storage keeps the first copy, and the fold is as forgiving of replays.
  const unique = [...new Map(events.map((event) => [event.eventId, event])).values()];
  const inbound = unique.filter((event) => event.type !== 'callback').sort(compareEvents);
  if (inbound.length === 0) return null;
  const first = (...types: CtiEventType[]) => inbound.find((event) => types.includes(event.type));
  const last = (...types: CtiEventType[]) => inbound.findLast((event) => types.includes(event.type));

  // A switch that lost the offered event still saw the call come in no later than its first event.
  const offered = first('offered', 'queued') ?? inbound[0]!;
  const answered = first('answered');
  const ended = last('ended') ?? last('abandoned');
  const transfers = inbound.filter((event) => event.type === 'transferred');
  const lastTransfer = transfers.at(-1)?.transferTo;
  return {
    offeredAt: offered.at,
    answeredAt: answered?.at ?? null,
    endedAt: ended?.at ?? null,
    agentNumber: answered?.agent ?? null,
    callerNumber: inbound.find((event) => event.caller)?.caller ?? null,
    abandoned: !answered && ended !== undefined,
    transferCount: transfers.length,
    transferredTo: lastTransfer ? `${lastTransfer.kind}:${lastTransfer.id}` : null,
  };
}

// 15秒接通率 counts a call answered at most 15 seconds after it was offered (DESIGN §6).
export const PROMPT_ANSWER_MS = 15_000;

/** How long the caller waited for an agent (null: never answered); a switch's clock skew never makes it negative. */
export function waitMillis(call: { offeredAt: Date; answeredAt: Date | null }): number | null {
  if (!call.answeredAt) return null;
  return Math.max(0, call.answeredAt.getTime() - call.offeredAt.getTime());
}

/** How long the caller spoke with agents (null: not answered, or not ended yet). */
export function talkMillis(call: { answeredAt: Date | null; endedAt: Date | null }): number | null {
  if (!call.answeredAt || !call.endedAt) return null;
  return Math.max(0, call.endedAt.getTime() - call.answeredAt.getTime());
}

/** Whether the call counts for 15秒接通率. */
export function answeredPromptly(call: { offeredAt: Date; answeredAt: Date | null }): boolean {
  const wait = waitMillis(call);
  return wait !== null && wait <= PROMPT_ANSWER_MS;
}

// A ticket belongs to a call when it was registered while the caller was on the line or soon after: agents
// open the form a little before answering and finish writing up after hanging up.
const LINK_BEFORE_MS = 2 * 60_000;
const LINK_AFTER_MS = 30 * 60_000;

/** The receipt times [from, to] of tickets linked to the call (offered − 2 min … ended + 30 min). */
export function ticketWindow(call: { offeredAt: Date; answeredAt: Date | null; endedAt: Date | null }): {
  from: Date;
  to: Date;
} {
  const end = call.endedAt ?? call.answeredAt ?? call.offeredAt;
  return {
    from: new Date(call.offeredAt.getTime() - LINK_BEFORE_MS),
    to: new Date(end.getTime() + LINK_AFTER_MS),
  };
}
