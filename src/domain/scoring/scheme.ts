import { isCategoryCode } from '../categories/category-code.ts';
import { z } from 'zod';
import { AppError } from '../../shared/errors.ts';
import { APPEAL_TYPES } from '../lifecycle/states.ts';
import { UNIT_KINDS, type UnitKind } from '../organisation/unit-kind.ts';
import { DEDUCTION_KEYS, INDICATOR_KEYS } from './vocabulary.ts';

export { DEDUCTION_KEYS, DEDUCTION_LABELS, INDICATOR_KEYS, INDICATOR_LABELS } from './vocabulary.ts';
export type { DeductionKey, IndicatorKey } from './vocabulary.ts';

// A scoring scheme (考核方案) is data an administrator edits and versions, never a formula in code: the
// reference city's notice changes its weights from year to year, and other cities weigh other indicators
// (DESIGN §6). Every rate in a scheme is a fraction (0.6 means 60%); every number of points is on the
// scale of the indicator weights, which add up to 100. Objects are strict so a misspelt key is reported
// rather than silently ignored.

const TOTAL_WEIGHT = 100;
// Weights such as 33.3 + 33.3 + 33.4 do not add up exactly in binary floating point.
const WEIGHT_TOLERANCE = 1e-9;

const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '应为小写字母、数字和连字符组成的标识，如 panjin-2023');
const Rate = z.number().min(0).max(1);
const NonEmptyText = z.string().trim().min(1);

const Breakpoint = z.strictObject({
  /** Rate at which the points are given, as a fraction (0.9 = 90%) */
  rate: Rate,
  /** Points given at exactly that rate, between 0 and the indicator's weight */
  points: z.number().min(0),
});

/** How a rate becomes points. */
const RateToPoints = z.discriminatedUnion('kind', [
  /** rate × weight: 98.06% of a 20-point indicator is 19.61 points */
  z.strictObject({ kind: z.literal('linear') }),
  /**
   * Points given at rate breakpoints, linear between two breakpoints; below the first and above the last
   * the nearest breakpoint's points apply.
   */
  z.strictObject({ kind: z.literal('piecewise'), breakpoints: z.array(Breakpoint).min(2) }),
  /** Below minRate the indicator scores 0 (满意率 under 60% scores nothing); from minRate on, rate × weight */
  z.strictObject({ kind: z.literal('floor'), minRate: Rate }),
]);
export type RateToPoints = z.infer<typeof RateToPoints>;

const Indicator = z
  .strictObject({
    /** Which measured rate this is (DESIGN §6): completion 办结率, satisfaction 满意率, … */
    key: z.enum(INDICATOR_KEYS),
    /** Points the indicator is worth at a perfect rate; the weights of a scheme add up to 100 */
    weight: z.number().positive(),
    /** How the rate becomes points */
    scoring: RateToPoints,
    /**
     * What the indicator is worth when there is nothing to count (denominator 0, e.g. no revisit made):
     * 'full' all its points, 'zero' none, 'reweight' it drops out and the other indicators' weights are
     * scaled up in proportion so the score stays out of 100.
     */
    whenEmpty: z.enum(['full', 'zero', 'reweight']),
  })
  .superRefine((indicator, ctx) => {
    if (indicator.scoring.kind !== 'piecewise') return;
    indicator.scoring.breakpoints.forEach((point, index, all) => {
      const path = ['scoring', 'breakpoints', index];
      const previous = all[index - 1];
      if (previous && point.rate <= previous.rate)
        ctx.addIssue({ code: 'custom', path: [...path, 'rate'], message: '折点的达标率应严格递增' });
      if (previous && point.points < previous.points)
        ctx.addIssue({ code: 'custom', path: [...path, 'points'], message: '达标率越高，得分不应越低' });
      if (point.points > indicator.weight)
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'points'],
          message: `折点得分不应超过该指标的权重 ${indicator.weight} 分`,
        });
    });
  });

const Adjustment = z.strictObject({
  /** The counted event: urged 被催办, lateAcknowledge 超时签收, kbUpdate 知识库更新, … */
  event: z.enum(DEDUCTION_KEYS),
  /** Wording in notes and tables; defaults to the event's standard label */
  label: NonEmptyText.optional(),
  /** Points per occurrence, always positive: deductions subtract them, bonuses add them */
  pointsEach: z.number().positive(),
  /** At most this many points in total for the event in one period; omit for no cap */
  maxPoints: z.number().positive().optional(),
});
export type Adjustment = z.infer<typeof Adjustment>;

const CategoryCode = z
  .string()
  .refine((code) => isCategoryCode(code), '应为六位分类编码，每级两位，如 050000（一级）、050100（二级）');

const Exclusion = z
  .strictObject({
    /** Why, in the notice's words: 公安执法类诉求不纳入满意率考核 */
    reason: NonEmptyText,
    /** The indicators these tickets do not count toward */
    indicators: z.array(z.enum(INDICATOR_KEYS)).min(1),
    /**
     * Category codes of the code list (GB/T 39666 style); a ticket matches when its category is one of them or
     * lies below it. Codes, not names: renaming a category never changes what a scheme counts.
     */
    categoryCodes: z.array(CategoryCode).optional(),
    /** Appeal types (consult, help, complaint, report, suggestion, praise, other) */
    appealTypes: z.array(z.enum(APPEAL_TYPES)).optional(),
  })
  .superRefine((exclusion, ctx) => {
    if (!exclusion.categoryCodes?.length && !exclusion.appealTypes?.length)
      ctx.addIssue({ code: 'custom', path: [], message: '排除规则至少应列出一个分类编码或诉求类型' });
  });
export type Exclusion = z.infer<typeof Exclusion>;

const PeerGroup = z.strictObject({
  /** Stable identifier: districts, departments, grassroots */
  key: Slug,
  /** Heading as printed: 县区/经济区 */
  label: NonEmptyText,
  /** Unit kinds ranked in this group; a kind belongs to at most one group */
  unitKinds: z.array(z.enum(UNIT_KINDS)).min(1),
  /** How many best units to name (十佳: 10); 0 names none */
  best: z.number().int().min(0),
  /** How many worst units to name (较差: 5); 0 names none */
  worst: z.number().int().min(0),
});
export type PeerGroup = z.infer<typeof PeerGroup>;

export const ScoringScheme = z
  .strictObject({
    /** Stable identifier shared by every version: panjin-2023 */
    id: Slug,
    /** Increases by one with every published change; a bulletin records the version it used */
    version: z.number().int().min(1),
    /** Name as shown to people: 盘锦市12345热线承办单位考核评分办法 */
    name: NonEmptyText,
    /** What the scheme is for and what it leaves out */
    description: z.string(),
    /** The notice the scheme follows, free text (title, issuer, date) */
    basedOn: z.string(),
    /** What one rated revisit counts toward 满意率, by level (基本满意 0.75 in the reference city) */
    satisfactionWeights: z.strictObject({
      /** 满意, normally 1 */
      satisfied: Rate,
      /** 基本满意 */
      basic: Rate,
      /** 不满意, normally 0 */
      dissatisfied: Rate,
    }),
    /** Indicators with their weights in points; each key at most once, weights adding up to 100 */
    indicators: z.array(Indicator).min(1),
    /** Points taken off per counted event (扣分) */
    deductions: z.array(Adjustment),
    /** Points added per counted event (加分) */
    bonuses: z.array(Adjustment),
    /** Tickets that do not count toward some indicators (e.g. law enforcement out of 满意率) */
    exclusions: z.array(Exclusion),
    /** Minimum 交办总量 (tickets assigned in the period) */
    minimumAssigned: z.strictObject({
      /** To be scored and ranked at all; units below it are listed without a score */
      toBeScored: z.number().int().min(0),
      /** To enter the satisfaction top list (诉求量100件以上 in the reference city's 市直部门 list) */
      forSatisfactionRanking: z.number().int().min(0),
    }),
    /** Groups of units ranked separately (县区/经济区, 市直部门, 基层承办单位) */
    peerGroups: z.array(PeerGroup).min(1),
  })
  .superRefine((scheme, ctx) => {
    const total = scheme.indicators.reduce((sum, indicator) => sum + indicator.weight, 0);
    if (Math.abs(total - TOTAL_WEIGHT) > WEIGHT_TOLERANCE)
      ctx.addIssue({
        code: 'custom',
        path: ['indicators'],
        message: `各指标权重之和应为 ${TOTAL_WEIGHT}，现为 ${total}`,
      });
    reportDuplicates(ctx, scheme.indicators, (indicator) => indicator.key, ['indicators'], 'key', '指标');
    reportDuplicates(ctx, scheme.deductions, (rule) => rule.event, ['deductions'], 'event', '扣分事项');
    reportDuplicates(ctx, scheme.bonuses, (rule) => rule.event, ['bonuses'], 'event', '加分事项');
    reportDuplicates(ctx, scheme.peerGroups, (group) => group.key, ['peerGroups'], 'key', '分组');
    const kindOwner = new Map<string, string>();
    scheme.peerGroups.forEach((group, groupIndex) =>
      group.unitKinds.forEach((kind, kindIndex) => {
        const owner = kindOwner.get(kind);
        if (owner !== undefined && owner !== group.key)
          ctx.addIssue({
            code: 'custom',
            path: ['peerGroups', groupIndex, 'unitKinds', kindIndex],
            message: `单位类型 ${kind} 已属于分组 ${owner}`,
          });
        kindOwner.set(kind, group.key);
      }),
    );
  });
export type ScoringScheme = z.infer<typeof ScoringScheme>;

function reportDuplicates<T>(
  ctx: z.RefinementCtx,
  items: readonly T[],
  keyOf: (item: T) => string,
  path: (string | number)[],
  field: string,
  noun: string,
): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const key = keyOf(item);
    if (seen.has(key))
      ctx.addIssue({ code: 'custom', path: [...path, index, field], message: `${noun} ${key} 重复` });
    seen.add(key);
  });
}

export interface SchemeIssue {
  /** Where in the JSON: indicators[2].weight */
  path: string;
  message: string;
}

/** A scheme document that does not follow the format; names every offending place in the JSON. */
export class SchemeInvalidError extends AppError {
  constructor(readonly issues: readonly z.core.$ZodIssue[]) {
    const located: SchemeIssue[] = issues.map((issue) => ({
      path: formatJsonPath(issue.path),
      message: issue.message,
    }));
    const summary = located.map((issue) => `${issue.path}：${issue.message}`).join('；');
    super('VALIDATION_FAILED', `考核方案格式有误：${summary}`, { issues: located });
    this.name = 'SchemeInvalidError';
  }
}

/** ['indicators', 2, 'weight'] → "indicators[2].weight"; the root is "（方案）". */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  const text = path
    .map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${String(segment)}`))
    .join('')
    .replace(/^\./, '');
  return text === '' ? '（方案）' : text;
}

/** Validates a scheme document (parsed JSON); throws SchemeInvalidError with every issue, in Chinese. */
export function parseScheme(json: unknown): ScoringScheme {
  const result = ScoringScheme.safeParse(json, { error: z.locales.zhCN().localeError });
  if (!result.success) throw new SchemeInvalidError(result.error.issues);
  return result.data;
}

/** The peer group a unit kind is ranked in, or null when the scheme ranks that kind nowhere. */
export function peerGroupOf(scheme: ScoringScheme, kind: UnitKind): PeerGroup | null {
  return scheme.peerGroups.find((group) => group.unitKinds.includes(kind)) ?? null;
}
