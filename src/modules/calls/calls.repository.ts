import { sql } from 'kysely';
import type { Executor } from '../../db/executor.ts';
import type { CallsTable } from '../../db/schema.ts';
import { toIso, toNumber } from '../../db/dialect.ts';
import type { Selectable } from 'kysely';
import { localDate, localTimeOfDayMillis } from '../../domain/time.ts';
import {
  PROMPT_ANSWER_MS,
  talkMillis,
  waitMillis,
  type CtiEventFacts,
  type FoldedCall,
} from '../../domain/calls/cti-events.ts';

/** One telephone call (话务) as the switch recorded it. */
export interface NewCall {
  /** 呼叫编号: unique; a call already stored is not imported again. */
  callNumber: string;
  offeredAt: Date;
  /** null: the caller hung up before an agent answered. */
  answeredAt: Date | null;
  endedAt: Date | null;
  agentNumber: string | null;
  callerNumber: string | null;
}

/** A local day's call counts (DESIGN §6: 话务接通率 = answered / offered; 15秒接通率 = within 15 s / answered). */
export interface CallDay {
  day: string;
  offered: number;
  answered: number;
  answeredWithin15s: number;
}

export type CallRow = Selectable<CallsTable>;

/** Sums of one bucket of calls (an hour, a day, an agent). */
export interface CallBucketSums {
  key: string;
  offered: number;
  answered: number;
  abandoned: number;
  answeredWithin15s: number;
  waitMsTotal: number;
  talkMsTotal: number;
  talked: number;
}

export interface CallListFilter {
  fromIso: string;
  toIso: string;
  callerNumber?: string;
  agentNumber?: string;
  status?: 'answered' | 'abandoned' | 'inProgress';
}

const ROWS_PER_INSERT = 500;
const HOUR_MS = 3_600_000;

/** The columns a call's times decide, the same for a CDR row and a row rebuilt from events. */
function measuredColumns(call: {
  offeredAt: Date;
  answeredAt: Date | null;
  endedAt: Date | null;
  abandoned: boolean;
}) {
  return {
    offered_at: toIso(call.offeredAt),
    answered_at: call.answeredAt ? toIso(call.answeredAt) : null,
    ended_at: call.endedAt ? toIso(call.endedAt) : null,
    abandoned: call.abandoned ? 1 : 0,
    offered_on: localDate(call.offeredAt),
    offered_hour: Math.floor(localTimeOfDayMillis(call.offeredAt) / HOUR_MS),
    wait_ms: waitMillis(call),
    talk_ms: talkMillis(call),
  };
}

function eventFromRow(row: { event_id: string; type: string; at: string; data: string }): CtiEventFacts {
  const data = JSON.parse(row.data) as Partial<Record<string, unknown>>;
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
  const to = data.to as { kind: 'agent' | 'queue' | 'line'; id: string } | undefined;
  return {
    eventId: row.event_id,
    type: row.type as CtiEventFacts['type'],
    at: new Date(row.at),
    caller: text(data.caller),
    agent: text(data.agent),
    transferTo: to ? { kind: to.kind, id: to.id } : null,
    number: text(data.number),
  };
}

export function createCallsRepository(db: Executor) {
  return {
    async storedNumbers(numbers: readonly string[]): Promise<Set<string>> {
      const stored = new Set<string>();
      for (let start = 0; start < numbers.length; start += ROWS_PER_INSERT) {
        const rows = await db
          .selectFrom('calls')
          .select('call_number')
          .where('call_number', 'in', numbers.slice(start, start + ROWS_PER_INSERT))
          .execute();
        for (const row of rows) stored.add(row.call_number);
      }
      return stored;
    },

    async insertMany(calls: readonly NewCall[]): Promise<void> {
      for (let start = 0; start < calls.length; start += ROWS_PER_INSERT) {
        const rows = calls.slice(start, start + ROWS_PER_INSERT).map((call) => ({
          call_number: call.callNumber,
          // DESIGN §7: a CDR row without 应答时间 is an abandoned call.
          ...measuredColumns({ ...call, abandoned: call.answeredAt === null }),
          agent_number: call.agentNumber,
          caller_number: call.callerNumber,
        }));
        await db.insertInto('calls').values(rows).execute();
      }
    },

    /** Adds each day's counts to its row (negative counts take a call's old contribution away). */
    async addToDays(days: readonly CallDay[]): Promise<void> {
      for (const day of days) {
        await db
          .insertInto('call_rollups')
          .values({
            day: day.day,
            offered: day.offered,
            answered: day.answered,
            answered_within_15s: day.answeredWithin15s,
          })
          .onConflict((conflict) =>
            conflict.column('day').doUpdateSet({
              offered: sql`call_rollups.offered + excluded.offered`,
              answered: sql`call_rollups.answered + excluded.answered`,
              answered_within_15s: sql`call_rollups.answered_within_15s + excluded.answered_within_15s`,
            }),
          )
          .execute();
      }
    },

    async listDays(from: string, to: string): Promise<CallDay[]> {
      const rows = await db
        .selectFrom('call_rollups')
        .selectAll()
        .where('day', '>=', from)
        .where('day', '<=', to)
        .orderBy('day')
        .execute();
      return rows.map((row) => ({
        day: row.day,
        offered: toNumber(row.offered),
        answered: toNumber(row.answered),
        answeredWithin15s: toNumber(row.answered_within_15s),
      }));
    },

    /** Stores an event unless one with its id is stored already; true when stored now. */
    async insertEvent(event: {
      eventId: string;
      callId: string;
      type: string;
      at: Date;
      data: string;
      receivedAt: Date;
    }): Promise<boolean> {
      const inserted = await db
        .insertInto('cti_events')
        .values({
          event_id: event.eventId,
          call_id: event.callId,
          type: event.type,
          at: toIso(event.at),
          data: event.data,
          received_at: toIso(event.receivedAt),
        })
        .onConflict((conflict) => conflict.column('event_id').doNothing())
        .returning('id')
        .executeTakeFirst();
      return inserted !== undefined;
    },

    async eventsOfCall(callId: string): Promise<CtiEventFacts[]> {
      const rows = await db
        .selectFrom('cti_events')
        .select(['event_id', 'type', 'at', 'data'])
        .where('call_id', '=', callId)
        .execute();
      return rows.map(eventFromRow);
    },

    /**
     * The call's row, locked for this transaction: created as a placeholder (source 'pending') when new. On
     * PostgreSQL the upsert holds the row until commit, so two events of one call rebuild it one after the
     * other and the second sees the first's event; SQLite has one writer at a time anyway.
     */
    async claimCall(callNumber: string, at: Date): Promise<CallRow> {
      await db
        .insertInto('calls')
        .values({ call_number: callNumber, offered_at: toIso(at), source: 'pending' })
        .onConflict((conflict) =>
          conflict.column('call_number').doUpdateSet({ call_number: sql`excluded.call_number` }),
        )
        .execute();
      return db
        .selectFrom('calls')
        .selectAll()
        .where('call_number', '=', callNumber)
        .executeTakeFirstOrThrow();
    },

    async writeFoldedCall(id: number, call: FoldedCall): Promise<void> {
      await db
        .updateTable('calls')
        .set({
          ...measuredColumns(call),
          agent_number: call.agentNumber,
          caller_number: call.callerNumber,
          transfer_count: call.transferCount,
          transferred_to: call.transferredTo,
          source: 'cti',
        })
        .where('id', '=', id)
        .execute();
    },

    async findCallByNumber(callNumber: string): Promise<CallRow | undefined> {
      return db.selectFrom('calls').selectAll().where('call_number', '=', callNumber).executeTakeFirst();
    },

    async findCall(id: number): Promise<CallRow | undefined> {
      return db.selectFrom('calls').selectAll().where('id', '=', id).executeTakeFirst();
    },

    /** Sums per local hour, local day or agent of the calls offered in [fromIso, toIso). */
    async bucketSums(
      by: 'hour' | 'day' | 'agent',
      fromIso: string,
      toIso: string,
    ): Promise<CallBucketSums[]> {
      const key = by === 'hour' ? 'offered_hour' : by === 'day' ? 'offered_on' : 'agent_number';
      const rows = await db
        .selectFrom('calls')
        .select([
          sql<string | number | null>`${sql.ref(key)}`.as('key'),
          (eb) => eb.fn.countAll<string | number>().as('offered'),
          (eb) => eb.fn.count<string | number>('answered_at').as('answered'),
          (eb) => eb.fn.sum<string | number | null>('abandoned').as('abandoned'),
          sql<string | number | null>`sum(case when wait_ms <= ${PROMPT_ANSWER_MS} then 1 else 0 end)`.as(
            'within15s',
          ),
          (eb) => eb.fn.sum<string | number | null>('wait_ms').as('waitMs'),
          (eb) => eb.fn.sum<string | number | null>('talk_ms').as('talkMs'),
          (eb) => eb.fn.count<string | number>('talk_ms').as('talked'),
        ])
        .where('offered_at', '>=', fromIso)
        .where('offered_at', '<', toIso)
        .groupBy(key)
        .execute();
      return rows.map((row) => ({
        key: row.key === null ? '' : String(row.key),
        offered: toNumber(row.offered),
        answered: toNumber(row.answered),
        abandoned: toNumber(row.abandoned),
        answeredWithin15s: toNumber(row.within15s),
        waitMsTotal: toNumber(row.waitMs),
        talkMsTotal: toNumber(row.talkMs),
        talked: toNumber(row.talked),
      }));
    },

    async listCalls(
      filter: CallListFilter,
      page: { offset: number; limit: number },
    ): Promise<{ rows: CallRow[]; total: number }> {
      let query = db
        .selectFrom('calls')
        .where('offered_at', '>=', filter.fromIso)
        .where('offered_at', '<', filter.toIso);
      if (filter.callerNumber) query = query.where('caller_number', '=', filter.callerNumber);
      if (filter.agentNumber) query = query.where('agent_number', '=', filter.agentNumber);
      if (filter.status === 'answered') query = query.where('answered_at', 'is not', null);
      if (filter.status === 'abandoned') query = query.where('abandoned', '=', 1);
      if (filter.status === 'inProgress')
        query = query.where('answered_at', 'is', null).where('abandoned', '=', 0);
      const [rows, total] = await Promise.all([
        query
          .selectAll()
          .orderBy('offered_at', 'desc')
          .orderBy('id', 'desc')
          .offset(page.offset)
          .limit(page.limit)
          .execute(),
        query.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst(),
      ]);
      return { rows, total: toNumber(total?.n) };
    },

    /** Calls from this number whose ticket window may hold `at` (offered within a day before it). */
    async callsAround(callerNumber: string, fromIso: string, toIso: string): Promise<CallRow[]> {
      return db
        .selectFrom('calls')
        .selectAll()
        .where('caller_number', '=', callerNumber)
        .where('offered_at', '>=', fromIso)
        .where('offered_at', '<=', toIso)
        .orderBy('offered_at')
        .execute();
    },

    /**
     * Abandoned calls offered since `sinceIso` still owed a callback: no later answered call from the number,
     * no callback to it at or after the call. Newest first.
     */
    async missed(
      sinceIso: string,
      page: { offset: number; limit: number },
    ): Promise<{ rows: CallRow[]; total: number }> {
      const query = db
        .selectFrom('calls as c')
        .where('c.abandoned', '=', 1)
        .where('c.offered_at', '>=', sinceIso)
        .where('c.caller_number', 'is not', null)
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('calls as later')
                .select(sql<number>`1`.as('one'))
                .whereRef('later.caller_number', '=', 'c.caller_number')
                .whereRef('later.offered_at', '>', 'c.offered_at')
                .where('later.answered_at', 'is not', null),
            ),
          ),
        )
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('call_callbacks as b')
                .select(sql<number>`1`.as('one'))
                .whereRef('b.number', '=', 'c.caller_number')
                .whereRef('b.at', '>=', 'c.offered_at'),
            ),
          ),
        );
      const [rows, total] = await Promise.all([
        query
          .selectAll('c')
          .orderBy('c.offered_at', 'desc')
          .orderBy('c.id', 'desc')
          .offset(page.offset)
          .limit(page.limit)
          .execute(),
        query.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst(),
      ]);
      return { rows, total: toNumber(total?.n) };
    },

    /** Whether the number was called back, or called in and answered, after this call. */
    async settled(call: { id: number; caller_number: string | null; offered_at: string }): Promise<boolean> {
      if (!call.caller_number) return true;
      const [callback, answered] = await Promise.all([
        db
          .selectFrom('call_callbacks')
          .select('id')
          .where('number', '=', call.caller_number)
          .where('at', '>=', call.offered_at)
          .executeTakeFirst(),
        db
          .selectFrom('calls')
          .select('id')
          .where('caller_number', '=', call.caller_number)
          .where('offered_at', '>', call.offered_at)
          .where('answered_at', 'is not', null)
          .executeTakeFirst(),
      ]);
      return callback !== undefined || answered !== undefined;
    },

    /** The attempts recorded for these calls: how many, and when the latest was. */
    async attemptsOf(callIds: readonly number[]): Promise<Map<number, { attempts: number; lastAt: string }>> {
      const out = new Map<number, { attempts: number; lastAt: string }>();
      if (callIds.length === 0) return out;
      const rows = await db
        .selectFrom('call_callback_attempts')
        .select((eb) => ['call_id', eb.fn.max('attempt').as('attempts'), eb.fn.max('at').as('last_at')])
        .where('call_id', 'in', [...callIds])
        .groupBy('call_id')
        .execute();
      for (const row of rows)
        out.set(Number(row.call_id), { attempts: toNumber(row.attempts), lastAt: String(row.last_at) });
      return out;
    },

    /** One callback attempt, numbered after the call's earlier ones; a unique violation when another won it. */
    async insertAttempt(attempt: {
      callId: number;
      attempt: number;
      at: Date;
      outcome: string;
      note: string | null;
      userId: number | null;
    }): Promise<number> {
      const row = await db
        .insertInto('call_callback_attempts')
        .values({
          call_id: attempt.callId,
          attempt: attempt.attempt,
          at: toIso(attempt.at),
          outcome: attempt.outcome,
          note: attempt.note,
          user_id: attempt.userId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return Number(row.id);
    },

    async insertCallback(callback: {
      number: string;
      at: Date;
      callId?: number;
      eventId?: string;
      outcome?: string;
      note?: string | null;
      ticketId?: number | null;
      userId?: number | null;
    }): Promise<number> {
      const row = await db
        .insertInto('call_callbacks')
        .values({
          number: callback.number,
          at: toIso(callback.at),
          call_id: callback.callId ?? null,
          event_id: callback.eventId ?? null,
          outcome: callback.outcome ?? null,
          note: callback.note ?? null,
          ticket_id: callback.ticketId ?? null,
          user_id: callback.userId ?? null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return Number(row.id);
    },
  };
}

export type CallsRepository = ReturnType<typeof createCallsRepository>;
