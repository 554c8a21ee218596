import { z } from 'zod';
import { CTI_EVENT_TYPES, TRANSFER_KINDS } from '../domain/calls/cti-events.ts';
import { LocalTime, Pagination } from './common.schemas.ts';

// Telephone calls (话务): CTI events from the switch, the calls rebuilt from them, their figures and the
// missed-call callback list (docs/calls.md).

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const PhoneNumber = z.string().trim().min(1, '不能为空').max(32, '不能超过 32 个字符');

/** One event a CTI system reports (POST /api/cti/events); unknown fields are ignored. */
export const CtiEvent = z
  .object({
    /** Unique per event: the same id again is a replay and changes nothing */
    eventId: z.string().trim().min(1, '不能为空').max(128, '不能超过 128 个字符'),
    /** 呼叫编号: every event of one call carries it */
    callId: z.string().trim().min(1, '不能为空').max(64, '不能超过 64 个字符'),
    type: z.enum(CTI_EVENT_TYPES),
    /** When it happened at the switch: ISO 8601 with Z or an offset */
    at: z.iso.datetime({ offset: true, message: '应为带时区的 ISO 8601 时间，如 2023-03-01T09:00:00+08:00' }),
    /** 主叫号码 */
    caller: PhoneNumber.optional(),
    /** 座席工号: required for answered */
    agent: PhoneNumber.optional(),
    /** Where a transferred call went: required for transferred */
    to: z
      .object({ kind: z.enum(TRANSFER_KINDS), id: z.string().trim().min(1, '不能为空').max(64) })
      .optional(),
    /** The number an outbound callback dialled: required for callback */
    number: PhoneNumber.optional(),
  })
  .superRefine((event, ctx) => {
    const need = (field: 'agent' | 'to' | 'number', label: string) => {
      if (event[field] === undefined)
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `${event.type} 事件须有${label}（${field}）`,
        });
    };
    if (event.type === 'answered') need('agent', '座席工号');
    if (event.type === 'transferred') need('to', '转接目标');
    if (event.type === 'callback') need('number', '回拨号码');
  });
export type CtiEvent = z.infer<typeof CtiEvent>;

export const CALL_STATUSES = ['answered', 'abandoned', 'inProgress'] as const;

/** A ticket registered while the caller was on the line or soon after (offered − 2 min … ended + 30 min). */
export const LinkedTicket = z.object({ id: z.number(), number: z.string(), title: z.string() });

export const CallView = z.object({
  id: z.number(),
  /** 呼叫编号 */
  callNumber: z.string(),
  offeredAt: z.string(),
  answeredAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  agentNumber: z.string().nullable(),
  /** Masked (138****0001) for roles that do not see citizens' numbers */
  callerNumber: z.string().nullable(),
  status: z.enum(CALL_STATUSES),
  waitSeconds: z.number().nullable(),
  talkSeconds: z.number().nullable(),
  transferCount: z.number(),
  transferredTo: z.string().nullable(),
  /** import: a CDR file; cti: the switch's events */
  source: z.string(),
  /** Empty for roles that do not see citizens' numbers */
  tickets: z.array(LinkedTicket),
});
export type CallView = z.infer<typeof CallView>;

export const CallListQuery = Pagination.extend({
  /** First local day of the offer, YYYY-MM-DD */
  from: Day,
  /** Last local day, inclusive */
  to: Day,
  caller: z.string().trim().max(32).optional(),
  agent: z.string().trim().max(32).optional(),
  status: z.enum(CALL_STATUSES).optional(),
});
export type CallListQuery = z.output<typeof CallListQuery>;

export const CallList = z.object({
  items: z.array(CallView),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const CtiEventResult = z.object({
  /** false: an event with this id was stored before (a replay); nothing changed */
  stored: z.boolean(),
  callId: z.string(),
  /** The call as rebuilt (null for a callback, which is not an inbound call) */
  call: z
    .object({
      offeredAt: z.string(),
      answeredAt: z.string().nullable(),
      endedAt: z.string().nullable(),
      status: z.enum(CALL_STATUSES),
    })
    .nullable(),
});

export const FIGURE_BUCKETS = ['hour', 'day', 'agent'] as const;

export const CallFiguresQuery = z.object({
  from: Day,
  to: Day,
  /** hour: 0–23 summed over the days; day: each local day; agent: each 座席工号 ('' = never answered) */
  by: z.enum(FIGURE_BUCKETS).default('day'),
});

export const CallFigures = z.object({
  /** The hour ('09'), day ('2023-03-01') or agent number; '' for calls no agent answered */
  key: z.string(),
  offered: z.number(),
  answered: z.number(),
  abandoned: z.number(),
  /** 话务接通率 = answered / offered (DESIGN §6); null without calls */
  answerRate: z.number().nullable(),
  answeredWithin15s: z.number(),
  /** 15秒接通率 = answered within 15 s / answered; null without answered calls */
  promptRate: z.number().nullable(),
  /** Mean seconds from offer to answer, over answered calls */
  averageWaitSeconds: z.number().nullable(),
  /** Mean seconds from answer to hang-up, over answered and ended calls */
  averageTalkSeconds: z.number().nullable(),
});
export type CallFigures = z.infer<typeof CallFigures>;

export const CallFiguresResult = z.object({
  by: z.enum(FIGURE_BUCKETS),
  from: z.string(),
  to: z.string(),
  buckets: z.array(CallFigures),
  total: CallFigures,
});
export type CallFiguresResult = z.infer<typeof CallFiguresResult>;

export const MissedCallsQuery = Pagination.extend({
  /** How many days back to look (today included) */
  days: z.coerce.number().int().min(1).max(31).default(7),
});

export const MissedCall = z.object({
  id: z.number(),
  callNumber: z.string(),
  offeredAt: z.string(),
  endedAt: z.string().nullable(),
  /** Masked for roles that do not see citizens' numbers */
  callerNumber: z.string(),
  /** Seconds the caller waited before hanging up */
  waitedSeconds: z.number().nullable(),
  /** Callbacks tried so far that found no one (the call stays listed until maxAttempts) */
  attempts: z.number(),
  lastAttemptAt: z.string().nullable(),
});
export type MissedCall = z.infer<typeof MissedCall>;

export const MissedCallList = z.object({
  items: z.array(MissedCall),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  /** Whether this person may record callbacks */
  canRecord: z.boolean(),
  /** Unanswered callbacks after which a call leaves the list */
  maxAttempts: z.number(),
});

export const CALLBACK_OUTCOMES = ['reached', 'unreachable', 'noNeed'] as const;

export const CallIdParams = z.object({ id: z.coerce.number().int().positive() });

export const CallbackInput = z.object({
  /** reached: spoke with the caller; unreachable: no answer; noNeed: the caller needs nothing more */
  outcome: z.enum(CALLBACK_OUTCOMES),
  note: z.string().trim().max(500, '不能超过 500 个字符').optional(),
  /** The ticket registered from the callback, if any */
  ticketId: z.number().int().positive().optional(),
});
export type CallbackInput = z.infer<typeof CallbackInput>;

export const CallbackRecorded = z.object({
  /** The attempt's id */
  id: z.number(),
  callId: z.number(),
  outcome: z.enum(CALLBACK_OUTCOMES),
  at: z.string(),
  /** 1 for the first callback of this call, then 2, 3 … */
  attempt: z.number(),
  /** Whether the call left the missed-call list (reached, no need, or the last unanswered attempt) */
  settled: z.boolean(),
});

export const LinkedCallsQuery = z.object({
  /** The ticket's caller phone */
  phone: z.string().trim().min(1).max(32),
  /** The ticket's receipt time */
  receivedAt: LocalTime,
});

export const LinkedCalls = z.object({ items: z.array(CallView) });
