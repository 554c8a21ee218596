import { isUniqueViolation } from '../../db/dialect.ts';
import type { Executor } from '../../db/executor.ts';
import { inTransaction } from '../../db/executor.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { CENTRE_ROLES, roleSeesContacts, type Role } from '../../domain/access/roles.ts';
import { maskPhone } from '../../domain/access/masking.ts';
import {
  answeredPromptly,
  foldCallEvents,
  ticketWindow,
  type FoldedCall,
} from '../../domain/calls/cti-events.ts';
import { CALLBACK_ATTEMPTS, callbackSettles } from '../../domain/calls/callback-attempts.ts';
import { localDate } from '../../domain/time.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import type { CallbackInput, CallView, CtiEvent, MissedCall } from '../../contracts/calls.schemas.ts';
import type { AuditRecorder } from '../audit/index.ts';
import type { TicketQueriesService } from '../tickets/index.ts';
import { createCallsRepository, type CallDay, type CallRow, type NewCall } from './calls.repository.ts';
import { figuresOf, periodOf } from './call-figures.ts';
import { parseCtiEvent } from './cti-event-input.ts';
import { verifyCtiSignature } from './cti-signature.ts';

/** The day rows a set of new calls adds to: each call counts on the local (Shanghai) day it was offered. */
export function callDaysOf(calls: readonly Pick<NewCall, 'offeredAt' | 'answeredAt'>[]): CallDay[] {
  const days = new Map<string, CallDay>();
  for (const call of calls) {
    const day = localDate(call.offeredAt);
    let counts = days.get(day);
    if (!counts) days.set(day, (counts = { day, offered: 0, answered: 0, answeredWithin15s: 0 }));
    counts.offered += 1;
    if (!call.answeredAt) continue;
    counts.answered += 1;
    if (answeredPromptly(call)) counts.answeredWithin15s += 1;
  }
  return [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
}

/** What a rebuilt call changes in the day rows: its new contribution less its old one (zero rows left out). */
export function callDayChanges(
  before: Pick<NewCall, 'offeredAt' | 'answeredAt'> | null,
  after: Pick<NewCall, 'offeredAt' | 'answeredAt'>,
): CallDay[] {
  const changes = new Map(callDaysOf([after]).map((day) => [day.day, { ...day }]));
  for (const old of before ? callDaysOf([before]) : []) {
    const day = changes.get(old.day) ?? { day: old.day, offered: 0, answered: 0, answeredWithin15s: 0 };
    day.offered -= old.offered;
    day.answered -= old.answered;
    day.answeredWithin15s -= old.answeredWithin15s;
    changes.set(old.day, day);
  }
  // In day order: two calls moving between the same days lock the day rows in one order (no deadlock).
  return [...changes.values()]
    .sort((a, b) => a.day.localeCompare(b.day))
    .filter((d) => d.offered !== 0 || d.answered !== 0 || d.answeredWithin15s !== 0);
}

/** Agents call back; reviewers, who call citizens back for 回访 anyway, may too. */
const CALLBACK_ROLES: readonly Role[] = ['agent', 'reviewer'];
const DAY_MS = 24 * 60 * 60 * 1000;
const LINKED_TICKETS_SHOWN = 5;

export interface CallsDeps {
  db: Executor;
  clock: Clock;
  /** The CTI webhook's shared secret (HOTLINE_CTI_SECRET); without one the webhook is refused. */
  ctiSecret?: string | undefined;
  audit?: AuditRecorder;
  /** The tickets module: which tickets a caller registered around a call, and whether a ticket is visible. */
  tickets?: Pick<TicketQueriesService, 'listTickets' | 'assertVisible'>;
}

function requireRole(actor: Actor, roles: readonly Role[], what: string): void {
  if (!roles.includes(actor.role)) throw new AppError('FORBIDDEN', `当前角色不能${what}`);
}

const secondsOf = (ms: number | null) => (ms === null ? null : Math.round(ms / 100) / 10);

export function createCallsService(deps: CallsDeps) {
  function callView(row: CallRow, viewer: Actor, tickets: CallView['tickets'] = []): CallView {
    return {
      id: Number(row.id),
      callNumber: row.call_number,
      offeredAt: row.offered_at,
      answeredAt: row.answered_at,
      endedAt: row.ended_at,
      agentNumber: row.agent_number,
      callerNumber:
        row.caller_number && !roleSeesContacts(viewer.role)
          ? maskPhone(row.caller_number)
          : row.caller_number,
      status: statusOf(row),
      waitSeconds: secondsOf(row.wait_ms),
      talkSeconds: secondsOf(row.talk_ms),
      transferCount: Number(row.transfer_count),
      transferredTo: row.transferred_to,
      source: row.source,
      tickets,
    };
  }

  /** Tickets the caller registered from 2 minutes before the call to 30 minutes after it (DESIGN: 来电关联). */
  async function linkedTickets(actor: Actor, row: CallRow): Promise<CallView['tickets']> {
    if (!deps.tickets || !row.caller_number || !roleSeesContacts(actor.role)) return [];
    const window = ticketWindow(callTimes(row));
    const found = await deps.tickets.listTickets(actor, {
      q: row.caller_number,
      receivedFrom: window.from,
      // The list's upper bound is exclusive; the window's is not.
      receivedTo: new Date(window.to.getTime() + 1),
      page: 1,
      pageSize: LINKED_TICKETS_SHOWN,
    });
    return found.items.map((ticket) => ({ id: ticket.id, number: ticket.number, title: ticket.title }));
  }

  /** Rebuilds the call from all its events and moves its counts in the day rows, in the caller's transaction. */
  async function rebuildCall(trx: Executor, callId: string, at: Date): Promise<FoldedCall> {
    const repository = createCallsRepository(trx);
    const before = await repository.claimCall(callId, at);
    const folded = foldCallEvents(await repository.eventsOfCall(callId));
    // The event just stored is an inbound one, so the fold has a call to return.
    if (!folded) throw new Error(`call ${callId} has no inbound event`);
    await repository.writeFoldedCall(Number(before.id), folded);
    const old = before.source === 'pending' ? null : callTimes(before);
    await repository.addToDays(callDayChanges(old, folded));
    return folded;
  }

  return {
    /**
     * One CTI event, as the switch sent it: signature and timestamp first (nothing is read before), then the
     * event is stored once per eventId and its call rebuilt from all its events, with the day counts that
     * 话务接通率 is read from, in one transaction.
     */
    async receiveCtiEvent(input: {
      body: Buffer;
      signature?: string | undefined;
      timestamp?: string | undefined;
    }) {
      // Unsigned requests are refused before anything else, configured or not: deny by default.
      if (!input.signature) throw new AppError('CTI_SIGNATURE_INVALID', 'CTI 事件签名无效或缺失');
      if (!deps.ctiSecret)
        throw new AppError('CTI_NOT_CONFIGURED', '未配置 CTI 共享密钥（HOTLINE_CTI_SECRET），不接收话务事件');
      const now = deps.clock.now();
      const verdict = verifyCtiSignature({ secret: deps.ctiSecret, ...input, now });
      if (verdict === 'forged') throw new AppError('CTI_SIGNATURE_INVALID', 'CTI 事件签名无效或缺失');
      if (verdict === 'stale')
        throw new AppError('CTI_TIMESTAMP_STALE', 'CTI 事件时间戳缺失或与服务器时间相差超过 5 分钟');
      const event: CtiEvent = parseCtiEvent(input.body);
      const at = new Date(event.at);
      return inTransaction(deps.db, async (trx) => {
        const repository = createCallsRepository(trx);
        const stored = await repository.insertEvent({
          eventId: event.eventId,
          callId: event.callId,
          type: event.type,
          at,
          data: JSON.stringify(event),
          receivedAt: now,
        });
        if (event.type === 'callback') {
          // 国办函〔2025〕66号 asks centres to call missed callers back: an outbound callback settles the
          // number's earlier missed calls.
          if (stored) await repository.insertCallback({ number: event.number!, at, eventId: event.eventId });
          return { stored, callId: event.callId, call: null };
        }
        const call = stored ? await rebuildCall(trx, event.callId, at) : null;
        const row = call ? null : await repository.findCallByNumber(event.callId);
        const times = call ?? (row ? callTimes(row) : null);
        return {
          stored,
          callId: event.callId,
          call: times && {
            offeredAt: times.offeredAt.toISOString(),
            answeredAt: times.answeredAt?.toISOString() ?? null,
            endedAt: times.endedAt?.toISOString() ?? null,
            status: times.answeredAt
              ? ('answered' as const)
              : times.abandoned
                ? ('abandoned' as const)
                : ('inProgress' as const),
          },
        };
      });
    },

    /** Stores the calls not stored yet (by 呼叫编号) and their day counts, in one transaction. */
    async importCalls(calls: readonly NewCall[]): Promise<{ imported: number; skipped: number }> {
      try {
        return await store(calls);
      } catch (error) {
        // Another import of the same calls committed first: this attempt rolled back, and the next skips them.
        if (isUniqueViolation(error)) return store(calls);
        throw error;
      }
    },

    /** Day counts for local dates from..to (inclusive). */
    listDays(from: string, to: string): Promise<CallDay[]> {
      return createCallsRepository(deps.db).listDays(from, to);
    },

    async figures(actor: Actor, query: { from: string; to: string; by: 'hour' | 'day' | 'agent' }) {
      requireRole(actor, CENTRE_ROLES, '查看话务指标');
      const period = periodOf(query.from, query.to);
      const sums = await createCallsRepository(deps.db).bucketSums(query.by, period.fromIso, period.toIso);
      return { by: query.by, from: query.from, to: query.to, ...figuresOf(query.by, sums, period.days) };
    },

    async listCalls(
      actor: Actor,
      query: {
        from: string;
        to: string;
        caller?: string | undefined;
        agent?: string | undefined;
        status?: CallView['status'] | undefined;
        page: number;
        pageSize: number;
      },
    ) {
      requireRole(actor, CENTRE_ROLES, '查看来电');
      const period = periodOf(query.from, query.to);
      const { rows, total } = await createCallsRepository(deps.db).listCalls(
        {
          fromIso: period.fromIso,
          toIso: period.toIso,
          ...(query.caller ? { callerNumber: query.caller } : {}),
          ...(query.agent ? { agentNumber: query.agent } : {}),
          ...(query.status ? { status: query.status } : {}),
        },
        { offset: (query.page - 1) * query.pageSize, limit: query.pageSize },
      );
      const items = await Promise.all(
        rows.map(async (row) => callView(row, actor, await linkedTickets(actor, row))),
      );
      return { items, total, page: query.page, pageSize: query.pageSize };
    },

    /** The calls a ticket was registered during or soon after: same number, receipt inside the call's window. */
    async linkedCalls(actor: Actor, query: { phone: string; receivedAt: Date }) {
      if (!roleSeesContacts(actor.role)) throw new AppError('FORBIDDEN', '当前角色不能查看来电号码');
      const at = query.receivedAt.getTime();
      const rows = await createCallsRepository(deps.db).callsAround(
        query.phone,
        new Date(at - DAY_MS).toISOString(),
        new Date(at + DAY_MS).toISOString(),
      );
      const items = rows
        .filter((row) => {
          const window = ticketWindow(callTimes(row));
          return window.from.getTime() <= at && at <= window.to.getTime();
        })
        .map((row) => callView(row, actor));
      return { items };
    },

    /**
     * Missed calls still owed a callback, newest first: abandoned, with a number, and neither called back
     * nor followed by an answered call from that number (国办函〔2025〕66号: 未接来电应及时回拨).
     */
    async missed(actor: Actor, query: { days: number; page: number; pageSize: number }) {
      requireRole(actor, CENTRE_ROLES, '查看未接来电');
      const today = localDate(deps.clock.now());
      const since = periodOf(today, today, query.days - 1).fromIso;
      const { rows, total } = await createCallsRepository(deps.db).missed(since, {
        offset: (query.page - 1) * query.pageSize,
        limit: query.pageSize,
      });
      const attempts = await createCallsRepository(deps.db).attemptsOf(rows.map((row) => Number(row.id)));
      const items: MissedCall[] = rows.map((row) => ({
        id: Number(row.id),
        callNumber: row.call_number,
        offeredAt: row.offered_at,
        endedAt: row.ended_at,
        callerNumber: roleSeesContacts(actor.role) ? row.caller_number! : maskPhone(row.caller_number!),
        waitedSeconds: row.ended_at
          ? secondsOf(Math.max(0, Date.parse(row.ended_at) - Date.parse(row.offered_at)))
          : null,
        attempts: attempts.get(Number(row.id))?.attempts ?? 0,
        lastAttemptAt: attempts.get(Number(row.id))?.lastAt ?? null,
      }));
      return {
        items,
        maxAttempts: CALLBACK_ATTEMPTS,
        total,
        page: query.page,
        pageSize: query.pageSize,
        canRecord: CALLBACK_ROLES.includes(actor.role),
      };
    },

    /**
     * An agent's callback attempt on one missed call. Reached, no need, or the last allowed attempt without an
     * answer settles it, and with it the number's earlier misses; an earlier unanswered attempt is counted and
     * the call stays on the list (CALLBACK_ATTEMPTS).
     */
    async recordCallback(actor: Actor, id: number, input: CallbackInput) {
      requireRole(actor, CALLBACK_ROLES, '登记回拨');
      const at = deps.clock.now();
      if (input.ticketId !== undefined && deps.tickets)
        await deps.tickets.assertVisible(actor, input.ticketId);
      try {
        return await inTransaction(deps.db, async (trx) => {
          const repository = createCallsRepository(trx);
          const call = await repository.findCall(id);
          if (!call) throw new AppError('CALL_NOT_FOUND', `来电 ${id} 不存在`, { callId: id });
          if (call.abandoned !== 1 || !call.caller_number)
            throw new AppError('CALL_NOT_MISSED', '该来电已接通或没有来电号码，无需回拨', { callId: id });
          if (await repository.settled(call)) throw alreadyCalledBack(id);
          const attempt = ((await repository.attemptsOf([id])).get(id)?.attempts ?? 0) + 1;
          const settled = callbackSettles(input.outcome, attempt);
          const attemptId = await repository.insertAttempt({
            callId: id,
            attempt,
            at,
            outcome: input.outcome,
            note: input.note ?? null,
            userId: actor.userId,
          });
          if (settled)
            await repository.insertCallback({
              number: call.caller_number,
              at,
              callId: id,
              outcome: input.outcome,
              note: input.note ?? null,
              ticketId: input.ticketId ?? null,
              userId: actor.userId,
            });
          await deps.audit?.record(trx, actor, {
            action: 'call.calledBack',
            targetType: 'call',
            targetId: id,
            details: {
              outcome: input.outcome,
              attempt,
              settled,
              ...(input.ticketId ? { ticketId: input.ticketId } : {}),
            },
          });
          return {
            id: attemptId,
            callId: id,
            outcome: input.outcome,
            at: at.toISOString(),
            attempt,
            settled,
          };
        });
      } catch (error) {
        // Two agents recorded the same call at once: the second is told to look again.
        if (isUniqueViolation(error))
          throw new AppError('CALL_CALLBACK_CONFLICT', '另一位座席刚登记了这通来电的回拨，请刷新后再看', {
            callId: id,
          });
        throw error;
      }
    },
  };

  function store(calls: readonly NewCall[]): Promise<{ imported: number; skipped: number }> {
    return inTransaction(deps.db, async (trx) => {
      const repository = createCallsRepository(trx);
      const stored = await repository.storedNumbers(calls.map((call) => call.callNumber));
      const seen = new Set<string>();
      const fresh = calls.filter((call) => {
        if (stored.has(call.callNumber) || seen.has(call.callNumber)) return false;
        seen.add(call.callNumber);
        return true;
      });
      await repository.insertMany(fresh);
      await repository.addToDays(callDaysOf(fresh));
      return { imported: fresh.length, skipped: calls.length - fresh.length };
    });
  }
}

function alreadyCalledBack(id: number): AppError {
  return new AppError('CALL_ALREADY_CALLED_BACK', '该号码在这次来电之后已回拨或已再次来电接通', {
    callId: id,
  });
}

function callTimes(row: CallRow) {
  return {
    offeredAt: new Date(row.offered_at),
    answeredAt: row.answered_at ? new Date(row.answered_at) : null,
    endedAt: row.ended_at ? new Date(row.ended_at) : null,
    abandoned: row.abandoned === 1,
  };
}

function statusOf(row: CallRow): CallView['status'] {
  if (row.answered_at) return 'answered';
  return Number(row.abandoned) === 1 ? 'abandoned' : 'inProgress';
}

export type CallsService = ReturnType<typeof createCallsService>;
