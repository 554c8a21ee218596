import { z } from 'zod';
import { TRANSFER_TARGETS } from '../domain/lifecycle/index.ts';
import { LocalTime, Pagination } from './common.schemas.ts';
import { IntakeInput } from './tickets.schemas.ts';

// The other lines (110, 119, 120, 122, others): orders they put to the hotline and appeals the hotline put
// through to them (转接). docs/lines.md.

export const LINES = TRANSFER_TARGETS;
export const Line = z.enum(LINES).meta({ description: "对方热线：'110'、'119'、'120'、'122' 或 'other'" });

export const TRANSFER_OUTCOMES = ['accepted', 'returned', 'completed'] as const;
export type TransferOutcome = (typeof TRANSFER_OUTCOMES)[number];
export const TRANSFER_OUTCOME_LABELS: Record<TransferOutcome, string> = {
  accepted: '已接收',
  returned: '已退回',
  completed: '已办结',
};

/** Where incoming work came from: another line, or a higher platform's file (上级交办, the exchange module). */
export const ORDER_SOURCES = [...LINES, 'upper'] as const;
export const OrderSource = z
  .enum(ORDER_SOURCES)
  .meta({ description: "来源：'110'、'119'、'120'、'122'、'other' 或上级平台 'upper'" });

const OrderNumber = z.string().trim().min(1, '不能为空').max(64, '不能超过 64 个字符');

/** An order another line puts to the hotline: the fields of an intake (DESIGN §7) but the channel, set by the line. */
export const LineOrderInput = IntakeInput.omit({ channel: true, disposition: true }).extend({
  line: Line,
  /** The other line's own order number: with the line, it names the order (a second POST is answered, not registered). */
  orderNumber: OrderNumber,
});
export type LineOrderInput = z.output<typeof LineOrderInput>;

export const LineOrderParams = z.object({ line: OrderSource, orderNumber: OrderNumber });

export const LineOrderRegistered = z.object({
  line: z.string(),
  orderNumber: z.string(),
  ticketId: z.number(),
  ticketNumber: z.string(),
  state: z.string(),
  /** false: the order was registered before; nothing new was written */
  created: z.boolean(),
});

/** What the line reads back: the ticket's state and its 办理结果. */
export const LineOrderView = z.object({
  line: z.string(),
  orderNumber: z.string(),
  ticketId: z.number(),
  ticketNumber: z.string(),
  receivedAt: z.string(),
  state: z.string(),
  stateLabel: z.string(),
  /** 直接答复 of the centre, if it answered itself */
  answer: z.string().nullable(),
  rejectReason: z.string().nullable(),
  /** the lead unit's 办理结果 (its latest feedback) */
  feedback: z
    .object({ unitCode: z.string(), text: z.string().nullable(), at: z.string().nullable() })
    .nullable(),
  completedAt: z.string().nullable(),
});

export const LineOrderListQuery = Pagination.extend({
  line: OrderSource.optional(),
  from: LocalTime.optional(),
  to: LocalTime.optional(),
});
export const LineOrderList = z.object({
  items: z.array(
    z.object({
      line: z.string(),
      orderNumber: z.string(),
      ticketId: z.number(),
      ticketNumber: z.string(),
      receivedAt: z.string(),
    }),
  ),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const TransferListQuery = Pagination.extend({
  from: LocalTime.optional(),
  to: LocalTime.optional(),
  line: Line.optional(),
  /** 'pending': no outcome yet */
  outcome: z.enum([...TRANSFER_OUTCOMES, 'pending']).optional(),
});

export const TransferView = z.object({
  id: z.number(),
  ticketId: z.number(),
  ticketNumber: z.string(),
  line: z.string(),
  note: z.string().nullable(),
  transferredAt: z.string(),
  otherOrderNumber: z.string().nullable(),
  outcome: z.enum(TRANSFER_OUTCOMES).nullable(),
  outcomeNote: z.string().nullable(),
  outcomeAt: z.string().nullable(),
});
export type TransferView = z.output<typeof TransferView>;

export const TransferList = z.object({
  items: z.array(TransferView),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const TransferIdParams = z.object({ id: z.coerce.number().int().positive() });

export const TransferOutcomeInput = z.object({
  outcome: z.enum(TRANSFER_OUTCOMES),
  note: z.string().trim().max(1000, '不能超过 1000 个字符').nullable().default(null),
  /** when the receiving line acted; defaults to now */
  at: LocalTime.optional(),
  otherOrderNumber: OrderNumber.nullable().optional(),
});
export type TransferOutcomeInput = z.output<typeof TransferOutcomeInput>;

/** 转出 per line and outcome, and 转入 per line: what the dashboard and the bulletin count. */
export const LineFigures = z.object({
  from: z.string(),
  to: z.string(),
  transfersOut: z.array(
    z.object({
      line: z.string(),
      total: z.number(),
      pending: z.number(),
      accepted: z.number(),
      returned: z.number(),
      completed: z.number(),
    }),
  ),
  ordersIn: z.array(z.object({ line: z.string(), total: z.number() })),
});
export type LineFigures = z.output<typeof LineFigures>;
export const LineFiguresQuery = z.object({ from: LocalTime, to: LocalTime });
