import { z } from 'zod';
import { LineFigures } from './lines.schemas.ts';
import { COUNTERS } from '../domain/metrics/counters.ts';
import { INDICATOR_KEYS } from '../domain/scoring/vocabulary.ts';
import { LocalTime, Pagination, UnitCode } from './common.schemas.ts';

// The leaders' dashboard: the bulletin's figures for any period and unit subtree, each with the counts behind
// it and the address of the tickets behind those counts (docs/dashboard.md).

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

export const TREND_GRANULARITIES = ['day', 'week', 'month'] as const;

/** The tables of the dashboard that export to XLSX, and the drill-down list. */
export const DASHBOARD_TABLES = [
  'kpis',
  'trend',
  'appealTypes',
  'channels',
  'hotspots',
  'districts',
  'leagues',
  'tickets',
] as const;

const periodFields = {
  /** First day of registration, YYYY-MM-DD */
  from: Day,
  /** Last day of registration, YYYY-MM-DD */
  to: Day,
  /** Figures as of this moment; defaults to now */
  asOf: LocalTime.optional(),
  /** The unit whose subtree is shown; defaults to the centre (a unit's people: their own unit) */
  unit: UnitCode.optional(),
  /** Scoring scheme id (weights of 满意率, peer groups); defaults to the platform's */
  scheme: z.string().trim().min(1).max(64).optional(),
};

export const DashboardQuery = z.object({
  ...periodFields,
  /** Buckets of the trend chart */
  granularity: z.enum(TREND_GRANULARITIES).default('day'),
});

/** Counter names separated by commas: a figure that is a sum of counters (受理量 = 直接答复量 + 转办量). */
const CounterList = z
  .string()
  .transform((text) => text.split(',').filter(Boolean))
  .pipe(z.array(z.enum(COUNTERS)).min(1, '至少指定一个计数项').max(4));

export const DrillQuery = Pagination.extend({
  ...periodFields,
  /** The counters whose tickets are listed (rollup counter names, comma-separated) */
  counters: CounterList,
  /** The indicator the figure belongs to: tickets the scheme leaves out of it are not listed */
  indicator: z.enum(INDICATOR_KEYS).optional(),
  /** Only tickets of this appeal type (a slice of the appeal-type mix) */
  appealType: z.string().trim().min(1).max(32).optional(),
  /** Only tickets of this first-level category (its code, e.g. 010000: a hot spot) */
  category: z.string().trim().min(1).max(64).optional(),
});

export const ChannelQuery = z.object(periodFields);

export const DashboardExportQuery = DashboardQuery.extend({
  table: z.enum(DASHBOARD_TABLES),
  /** For `tickets`: the drill-down to export */
  counters: CounterList.optional(),
  indicator: z.enum(INDICATOR_KEYS).optional(),
});

export const Rate = z.object({
  numerator: z.number(),
  denominator: z.number(),
  /** numerator / denominator, null when nothing was counted */
  value: z.number().nullable(),
});

/** Where the tickets behind one count are: GET /api/dashboard/tickets with these parameters. */
export const DrillTarget = z.object({
  counters: z.array(z.enum(COUNTERS)),
  indicator: z.enum(INDICATOR_KEYS).nullable(),
  appealType: z.string().optional(),
  category: z.string().optional(),
});

export const KPI_KEYS = [
  'received',
  'callAnswer',
  'directAnswer',
  'dispatched',
  'assigned',
  'completion',
  'onTimeCompletion',
  'satisfaction',
] as const;

export const DashboardKpi = z.object({
  key: z.enum(KPI_KEYS),
  label: z.string(),
  kind: z.enum(['count', 'rate']),
  /** A count's value, or a rate's fraction */
  value: z.number().nullable(),
  numerator: z.number(),
  denominator: z.number(),
  numeratorLabel: z.string(),
  denominatorLabel: z.string(),
  /** null: the figure is not made of tickets (calls) */
  numeratorDrill: DrillTarget.nullable(),
  denominatorDrill: DrillTarget.nullable(),
  /** The same figure for the previous period of equal length */
  previousValue: z.number().nullable(),
  /** 满意率's counts by level, each drillable */
  parts: z
    .array(z.object({ key: z.string(), label: z.string(), count: z.number(), drill: DrillTarget }))
    .optional(),
});

export const TrendPoint = z.object({
  /** The bucket's first day (YYYY-MM-DD) */
  bucket: z.string(),
  label: z.string(),
  received: z.number(),
  completion: Rate,
  satisfaction: Rate,
});

export const MixItem = z.object({
  key: z.string(),
  label: z.string(),
  count: z.number(),
  /** Share of the whole, 0…1 */
  share: z.number().nullable(),
  /** The tickets behind the count; null when the mix is not drawn from the rollups (channels) */
  drill: DrillTarget.nullable(),
});

export const Hotspot = z.object({
  /** First-level category code (rollups keep the first level) */
  categoryCode: z.string(),
  name: z.string(),
  count: z.number(),
  previous: z.number(),
  /** (count − previous) / previous; null when the previous period had none */
  change: z.number().nullable(),
  drill: DrillTarget,
});

export const UnitFigureRow = z.object({
  rank: z.number().int(),
  unitCode: z.string(),
  unitName: z.string(),
  assigned: z.number(),
  completion: Rate,
  onTimeCompletion: Rate,
  onTimeFeedback: Rate,
  effectiveRevisit: Rate,
  satisfaction: Rate,
  dissatisfied: z.number(),
  score: z.number().nullable(),
});

export const DashboardView = z.object({
  period: z.object({
    from: z.string(),
    to: z.string(),
    asOf: z.string(),
    previous: z.object({ from: z.string(), to: z.string() }),
  }),
  unit: z.object({ code: z.string(), name: z.string(), isCentre: z.boolean() }),
  scheme: z.object({ id: z.string(), version: z.number() }),
  kpis: z.array(DashboardKpi),
  trend: z.object({ granularity: z.enum(TREND_GRANULARITIES), points: z.array(TrendPoint) }),
  appealTypes: z.array(MixItem),
  hotspots: z.array(Hotspot),
  /** The districts (at the centre) or the units just below the chosen one, every rate with its counts */
  districts: z.array(UnitFigureRow),
  /** The bulletin's peer groups, each ranked by score */
  leagues: z.array(z.object({ key: z.string(), label: z.string(), rows: z.array(UnitFigureRow) })),
  /** At the centre: 转出 to the other lines per line and outcome, 转入 per line (docs/lines.md) */
  lines: LineFigures.optional(),
});

export const ChannelMix = z.object({ total: z.number(), channels: z.array(MixItem) });

export const DrillTicket = z.object({
  id: z.number(),
  number: z.string(),
  title: z.string(),
  state: z.string(),
  channel: z.string(),
  appealType: z.string(),
  category: z.string(),
  receivedAt: z.string(),
  completedAt: z.string().nullable(),
  satisfaction: z.string().nullable(),
  /** How much this ticket adds to the figure (a ticket with two assignments in the subtree counts twice) */
  amount: z.number(),
});

export const DrillPage = z.object({
  /** Σ amount of every listed ticket: equals the figure */
  total: z.number(),
  /** How many tickets */
  tickets: z.number(),
  page: z.number(),
  pageSize: z.number(),
  rows: z.array(DrillTicket),
});

export type DashboardQuery = z.infer<typeof DashboardQuery>;
export type DrillQuery = z.infer<typeof DrillQuery>;
export type ChannelQuery = z.infer<typeof ChannelQuery>;
export type DashboardExportQuery = z.infer<typeof DashboardExportQuery>;
export type DashboardView = z.infer<typeof DashboardView>;
export type DashboardKpi = z.infer<typeof DashboardKpi>;
export type DrillTarget = z.infer<typeof DrillTarget>;
export type DrillPage = z.infer<typeof DrillPage>;
export type DrillTicket = z.infer<typeof DrillTicket>;
export type UnitFigureRow = z.infer<typeof UnitFigureRow>;
export type ChannelMix = z.infer<typeof ChannelMix>;
export type MixItem = z.infer<typeof MixItem>;
export type Hotspot = z.infer<typeof Hotspot>;
export type TrendPoint = z.infer<typeof TrendPoint>;
