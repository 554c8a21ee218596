import { z } from 'zod';
import { CategoryCode, Pagination, UnitCode } from './common.schemas.ts';
import { TicketSummary } from './tickets.schemas.ts';

/**
 * What the supervision board (督办看板) counts per unit and per category, over open tickets. A yellow card (黄牌)
 * is a ticket within one working day of its deadline, a red card (红牌) one past it (DESIGN §5): 即将超时 and
 * 已超时 are those cards.
 */
export const SUPERVISION_MEASURES = ['dueSoon', 'overdue', 'supervised'] as const;
export type SupervisionMeasure = (typeof SUPERVISION_MEASURES)[number];

export const SUPERVISION_MEASURE_LABELS: Record<SupervisionMeasure, string> = {
  dueSoon: '即将超时（黄牌）',
  overdue: '已超时（红牌）',
  supervised: '督办中',
};

export const SupervisionCounts = z.object({
  dueSoon: z.number(),
  overdue: z.number(),
  supervised: z.number(),
});
export type SupervisionCounts = z.infer<typeof SupervisionCounts>;

export const SupervisionBoardQuery = z.object({
  /** The unit whose subtree the board shows, one row per unit below it; default: the whole city, or a unit user's own unit */
  unitCode: UnitCode.optional(),
});

export const SupervisionUnitRow = z.object({
  unitCode: z.string(),
  unitName: z.string(),
  /** 本级: tickets held by this unit itself, not by the units below it */
  own: z.boolean(),
  /** Whether the row can be opened into the units below it */
  hasChildren: z.boolean(),
  counts: SupervisionCounts,
});

export const SupervisionCategoryRow = z.object({
  /** 一级分类编码 */
  code: z.string(),
  name: z.string(),
  counts: SupervisionCounts,
});

export const SupervisionBoard = z.object({
  /** The unit whose subtree is shown; `wholeCity` when it is the city seen from the centre */
  scope: z.object({ code: z.string(), name: z.string(), wholeCity: z.boolean() }),
  /** The units above the scope, from the highest the viewer may see down to the scope's parent (the way back) */
  trail: z.array(z.object({ code: z.string(), name: z.string() })),
  /** Every open ticket of the scope; for the whole city also those at the centre's own stages (待派单, 待审核) */
  total: SupervisionCounts,
  units: z.array(SupervisionUnitRow),
  categories: z.array(SupervisionCategoryRow),
  /** The bulk actions this viewer may take on the board's tickets */
  bulkActions: z.array(z.enum(['urge', 'supervise'])),
  countedAt: z.string(),
});
export type SupervisionBoard = z.infer<typeof SupervisionBoard>;

/** One number of the board: a measure within the board's scope, narrowed to a unit row or a category row. */
export const SupervisionCell = z.object({
  measure: z.enum(SUPERVISION_MEASURES),
  /** The scope of the board the tickets are counted in (as in GET /api/supervision) */
  scope: UnitCode.optional(),
  /** One row of the board: this unit's subtree, or with own=true the unit alone */
  unitCode: UnitCode.optional(),
  own: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true'),
  /** A level-1 category code: the tickets of that category and below */
  categoryCode: CategoryCode.optional(),
});
export type SupervisionCell = z.output<typeof SupervisionCell>;

export const SupervisionTicketsQuery = SupervisionCell.extend(Pagination.shape);
export type SupervisionTicketsQuery = z.output<typeof SupervisionTicketsQuery>;

export const SupervisionTicketPage = z.object({
  items: z.array(TicketSummary),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type SupervisionTicketPage = z.infer<typeof SupervisionTicketPage>;

/** The most tickets one bulk 催办 or 督办 takes from the board. */
export const SUPERVISION_BULK_LIMIT = 500;

export const SupervisionBulkInput = z
  .object({
    action: z.enum(['urge', 'supervise']),
    /** The tickets chosen in the list; or leave out and give `cell` */
    ticketIds: z.array(z.number().int().positive()).min(1).max(SUPERVISION_BULK_LIMIT).optional(),
    /** Every ticket behind one number of the board (at most 500), as GET /api/supervision/tickets selects them */
    cell: SupervisionCell.optional(),
    /** 催办内容 (may be empty) or 督办意见 (required) */
    note: z.string().trim().max(2000).nullable().default(null),
  })
  .superRefine((input, ctx) => {
    if ((input.ticketIds === undefined) === (input.cell === undefined))
      ctx.addIssue({ code: 'custom', path: ['ticketIds'], message: 'ticketIds 与 cell 须且只能给出一个' });
    if (input.action === 'supervise' && !input.note)
      ctx.addIssue({ code: 'custom', path: ['note'], message: '督办须填写督办意见' });
  });
export type SupervisionBulkInput = z.output<typeof SupervisionBulkInput>;

export const SupervisionBulkResult = z.object({
  done: z.array(z.object({ ticketId: z.number(), number: z.string() })),
  refused: z.array(
    z.object({ ticketId: z.number(), number: z.string(), code: z.string(), message: z.string() }),
  ),
});
export type SupervisionBulkResult = z.infer<typeof SupervisionBulkResult>;
