import { z } from 'zod';
import { APPEAL_TYPES, CHANNELS, URGENCIES } from '../domain/lifecycle/index.ts';
import { formatLocalTime } from '../domain/time.ts';
import { CategoryCode, LocalTime, NonEmptyText, UnitCode } from './common.schemas.ts';
import { TicketSummary } from './tickets.schemas.ts';

/** The console's built-in work queues (工作台视图); which roles see which is decided by the server. */
export const QUEUE_VIEWS = [
  'toDispatch',
  'toAcknowledge',
  'inProgress',
  'dueSoon',
  'overdue',
  'pendingRulings',
  'toReview',
  'toRevisit',
  'supervised',
] as const;
export type QueueViewKey = (typeof QUEUE_VIEWS)[number];

export const QUEUE_VIEW_LABELS: Record<QueueViewKey, string> = {
  toDispatch: '待派单',
  toAcknowledge: '待签收',
  inProgress: '我的在办',
  dueSoon: '即将超时',
  overdue: '已超时',
  pendingRulings: '退回/延期待审',
  toReview: '待审核',
  toRevisit: '待回访',
  supervised: '督办中',
};

export const QUEUE_SORT_KEYS = ['receivedAt', 'dueAt', 'urgency', 'number'] as const;
export type QueueSortKey = (typeof QUEUE_SORT_KEYS)[number];
export interface QueueSort {
  key: QueueSortKey;
  direction: 'asc' | 'desc';
}

/** The largest selection one bulk action takes, and the most rows one export writes. */
export const BULK_LIMIT = 5000;
export const EXPORT_LIMIT = 50_000;

const commaList = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .optional()
    .transform((text) => (text ? text.split(',').map((part) => part.trim()) : undefined))
    .pipe(z.array(z.enum(values)).min(1).optional());

/**
 * What narrows a queue: the same fields in a URL, in a saved filter and in a bulk action's `filter`, so that a
 * filter saved from the console's address bar means the same everywhere.
 */
export const QueueFilter = z.object({
  /** 诉求分类编码; a level-1 or level-2 code includes the categories below it */
  categoryCode: CategoryCode.optional(),
  /** 所属区县 (unit code of a district or zone) */
  district: UnitCode.optional(),
  /** Tickets assigned to this unit or below it (in any round) */
  unitCode: UnitCode.optional(),
  /** One or more of normal, urgent, critical, comma-separated */
  urgency: commaList(URGENCIES),
  channel: z.enum(CHANNELS).optional(),
  appealType: z.enum(APPEAL_TYPES).optional(),
  receivedFrom: LocalTime.optional(),
  receivedTo: LocalTime.optional(),
  /** yellow: due within one working day; red: overdue */
  flag: z.enum(['yellow', 'red']).optional(),
  /** 工单编号, the caller's phone number, or words of the title */
  q: z.string().trim().min(1).max(100).optional(),
  /** 待回访 only: the revisits assigned to me, or those assigned to nobody */
  assignee: z.enum(['me', 'unassigned']).optional(),
  /** `key:direction`, e.g. dueAt:asc; each view has its own default */
  sort: z
    .string()
    .regex(
      new RegExp(`^(${QUEUE_SORT_KEYS.join('|')}):(asc|desc)$`),
      `排序应为 ${QUEUE_SORT_KEYS.join('/')} 加 :asc 或 :desc，如 dueAt:asc`,
    )
    .transform((text): QueueSort => {
      const [key, direction] = text.split(':') as [QueueSortKey, 'asc' | 'desc'];
      return { key, direction };
    })
    .optional(),
});
export type QueueFilter = z.output<typeof QueueFilter>;

/** A filter as typed in a URL: what a saved filter stores and gives back. */
export const QueueFilterText = z.object(
  Object.fromEntries(Object.keys(QueueFilter.shape).map((key) => [key, z.string().optional()])) as Record<
    keyof typeof QueueFilter.shape,
    z.ZodOptional<z.ZodString>
  >,
);
export type QueueFilterText = z.infer<typeof QueueFilterText>;

/** The parsed filter written back as URL text (times in Asia/Shanghai), the stored form of a saved filter. */
export function queueFilterText(filter: QueueFilter): QueueFilterText {
  const text: QueueFilterText = {};
  for (const [key, value] of Object.entries(filter) as [keyof QueueFilter, unknown][]) {
    if (value === undefined) continue;
    if (value instanceof Date) text[key] = formatLocalTime(value);
    else if (Array.isArray(value)) text[key] = value.join(',');
    else if (typeof value === 'object' && value !== null) {
      const sort = value as QueueSort;
      text[key] = `${sort.key}:${sort.direction}`;
    } else text[key] = String(value);
  }
  return text;
}

export const QueueQuery = QueueFilter.extend({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type QueueQuery = z.output<typeof QueueQuery>;

export const QueueViewParams = z.object({ view: z.enum(QUEUE_VIEWS) });

export const QueueExportQuery = QueueFilter.extend({ format: z.enum(['csv', 'xlsx']).default('xlsx') });
export type QueueExportQuery = z.output<typeof QueueExportQuery>;

export const QueueCounts = z.object({
  views: z.array(z.object({ key: z.enum(QUEUE_VIEWS), label: z.string(), count: z.number() })),
});
export type QueueCounts = z.infer<typeof QueueCounts>;

export const QueueItem = TicketSummary.extend({
  /** Unit users: the next deadline of their own unit's open assignment (签收 or 反馈), which may differ from the lead unit's */
  unitDueAt: z.string().nullable(),
  /** 待回访: the reviewer the revisit is assigned to */
  revisitAssignee: z.object({ userId: z.number(), name: z.string() }).nullable(),
});
export type QueueItem = z.infer<typeof QueueItem>;

export const QueuePage = z.object({
  items: z.array(QueueItem),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type QueuePage = z.infer<typeof QueuePage>;

export const SavedFilterInput = z.object({
  name: NonEmptyText(50),
  view: z.enum(QUEUE_VIEWS),
  filter: QueueFilter,
});
export type SavedFilterInput = z.output<typeof SavedFilterInput>;

export const SavedFilterView = z.object({
  id: z.number(),
  name: z.string(),
  view: z.enum(QUEUE_VIEWS),
  filter: QueueFilterText,
  createdAt: z.string(),
});
export type SavedFilterView = z.infer<typeof SavedFilterView>;

export const SavedFilterIdParams = z.object({ id: z.coerce.number().int().positive() });

export const BULK_ACTIONS = ['dispatch', 'urge', 'assignRevisit'] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

export const BulkInput = z
  .object({
    action: z.enum(BULK_ACTIONS),
    /** The tickets chosen in the list; or leave out and give `filter` */
    ticketIds: z.array(z.number().int().positive()).min(1).max(BULK_LIMIT).optional(),
    /** Every ticket of the view matching this filter (at most 5,000) */
    filter: QueueFilter.optional(),
    params: z
      .object({
        /** dispatch: 主办单位 */
        leadUnitCode: UnitCode.optional(),
        /** dispatch: 协办单位 */
        supportUnitCodes: z.array(UnitCode).max(20).default([]),
        /** dispatch and urge: 派单意见 / 催办内容 */
        note: z.string().trim().max(2000).nullable().default(null),
        /** assignRevisit: the reviewer who makes the 回访 */
        assigneeUserId: z.number().int().positive().optional(),
      })
      .default({ supportUnitCodes: [], note: null }),
  })
  .superRefine((input, ctx) => {
    if ((input.ticketIds === undefined) === (input.filter === undefined))
      ctx.addIssue({ code: 'custom', path: ['ticketIds'], message: 'ticketIds 与 filter 须且只能给出一个' });
    if (input.action === 'dispatch' && !input.params.leadUnitCode)
      ctx.addIssue({ code: 'custom', path: ['params', 'leadUnitCode'], message: '派单须指定主办单位' });
    if (input.action === 'assignRevisit' && !input.params.assigneeUserId)
      ctx.addIssue({ code: 'custom', path: ['params', 'assigneeUserId'], message: '须指定回访人员' });
  });
export type BulkInput = z.output<typeof BulkInput>;

export const BulkResult = z.object({
  succeeded: z.array(z.number()),
  failed: z.array(
    z.object({ ticketId: z.number(), number: z.string(), code: z.string(), message: z.string() }),
  ),
});
export type BulkResult = z.infer<typeof BulkResult>;
