import { z } from 'zod';
import { ScoringScheme } from '../domain/scoring/scheme.ts';
import { INDICATOR_KEYS } from '../domain/scoring/vocabulary.ts';
import { UnitFigures } from './bulletin-document.ts';
import { LocalTime } from './common.schemas.ts';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

export const SchemeIdParams = z.object({ id: z.string().min(1).max(64) });

/** A scheme document as sent; the service validates it (parseScheme) to name every offending place. */
export const SchemeDocument = z.record(z.string(), z.unknown());

/** A scoring scheme version, as stored: the domain's own schema of the format (DESIGN §6). */
export const SchemeView = ScoringScheme;
export const SchemeList = z.array(SchemeView);

export const UnitScoreParams = z.object({ code: z.string().min(1).max(64) });

export const UnitScoreQuery = z.object({
  /** First day of registration, YYYY-MM-DD */
  from: Day,
  /** Last day of registration, YYYY-MM-DD */
  to: Day,
  /** Figures as of this moment; defaults to now */
  asOf: LocalTime.optional(),
  /** Scoring scheme id; defaults to the platform's default scheme */
  scheme: z.string().trim().min(1).max(64).optional(),
  /** How many of the tickets that cost points to list */
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

/** A unit's printed row: every rate with its counts, and its score rounded to 2 decimals (null: not scored). */
export const ScoredUnitView = UnitFigures.omit({ rank: true });

export const IndicatorScoreView = z.object({
  key: z.enum(INDICATOR_KEYS),
  label: z.string(),
  /** The rate as a fraction, null when there was nothing to count */
  rate: z.number().nullable(),
  /** Points the indicator was worth for this unit: its weight, scaled up when empty indicators re-weight */
  weight: z.number(),
  points: z.number(),
  /** weight − points */
  lost: z.number(),
});

export const ScoreBreakdownView = z.object({
  /** Full precision; null when below the scheme's minimum volume or with nothing to count */
  score: z.number().nullable(),
  indicators: z.array(IndicatorScoreView),
  /** Every configured deduction and bonus; points are negative for deductions */
  adjustments: z.array(
    z.object({ key: z.string(), label: z.string(), count: z.number(), points: z.number() }),
  ),
  /** Sentences explaining what cost points */
  notes: z.array(z.string()),
});

export const LostPointReason = z.enum([
  '未办结',
  '超时办结',
  '超时签收',
  '超时反馈',
  '回访未联系上',
  '基本满意',
  '不满意',
]);

export const CostlyTicketView = z.object({
  ticketId: z.number().int(),
  /** 工单编号 */
  number: z.string(),
  title: z.string(),
  unitCode: z.string(),
  /** Why the ticket cost its unit points, in the words of the indicators it lowered */
  reasons: z.array(LostPointReason),
});

/** 单位得分说明 */
export const ScoreExplanationView = z.object({
  unit: z.object({ code: z.string(), name: z.string() }),
  scheme: z.object({ id: z.string(), version: z.number().int() }),
  figures: ScoredUnitView,
  /** null when the unit had no tickets in the period */
  breakdown: ScoreBreakdownView.nullable(),
  /** The tickets that lost points, at most `limit` of them, and how many there are in all */
  tickets: z.object({ tickets: z.array(CostlyTicketView), total: z.number().int() }),
});

export const RankingsQuery = z.object({
  /** First day of registration, YYYY-MM-DD */
  from: Day,
  /** Last day of registration, YYYY-MM-DD */
  to: Day,
  /** Figures as of this moment; defaults to now */
  asOf: LocalTime.optional(),
  /** Scoring scheme id; defaults to the platform's default scheme (its version in force) */
  scheme: z.string().trim().min(1).max(64).optional(),
});

const SchemeName = z.object({ id: z.string(), version: z.number().int(), name: z.string() });

/** Every peer group ranked in full, as the bulletin ranks it (score, 交办总量, name; unscored last). */
export const RankingsView = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  /** ISO 8601 */
  asOf: z.string(),
  scheme: SchemeName,
  groups: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      /** How many best (十佳) and worst (较差) units the bulletin names from this group */
      best: z.number().int(),
      worst: z.number().int(),
      rows: z.array(UnitFigures),
    }),
  ),
});

export const SchemePreviewRequest = z.object({
  /** The draft scheme document, as it would be saved */
  scheme: SchemeDocument,
  from: Day,
  to: Day,
  asOf: LocalTime.optional(),
});

const Placing = z.object({ rank: z.number().int(), score: z.number().nullable(), group: z.string() });

export const SchemePreviewView = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  asOf: z.string(),
  /** The version in force of the draft's id (or the default scheme for a new id) */
  current: SchemeName,
  draft: SchemeName,
  /** The draft's peer groups, each unit with its place under both */
  groups: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      rows: z.array(
        z.object({
          unitCode: z.string(),
          unitName: z.string(),
          assigned: z.number().int(),
          current: Placing.nullable(),
          draft: Placing.nullable(),
          /** Places moved up under the draft (positive: better); null when not comparable */
          rankChange: z.number().int().nullable(),
          /** Draft score − current score, 2 decimals */
          scoreChange: z.number().nullable(),
        }),
      ),
    }),
  ),
});

/** The months in which tickets were registered, latest first: the period screens open on the latest. */
export const DataMonthsView = z.object({
  months: z.array(z.string().regex(/^\d{4}-\d{2}$/)).meta({ example: ['2023-04', '2023-03'] }),
});
export type DataMonthsView = z.infer<typeof DataMonthsView>;
