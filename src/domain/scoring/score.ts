import { pointsForRate } from './rate-points.ts';
import { formatPercent, formatPoints } from './rounding.ts';
import type { Adjustment, ScoringScheme } from './scheme.ts';
import { DEDUCTION_LABELS, INDICATOR_LABELS, type DeductionKey, type IndicatorKey } from './vocabulary.ts';

export { rankUnits } from './rank.ts';

export interface Ratio {
  numerator: number;
  denominator: number;
}

/** What the metrics engine supplies for one unit and period, after the scheme's exclusions. */
export interface UnitIndicators {
  /** 交办总量 */
  assigned: number;
  completion: Ratio;
  onTimeFeedback: Ratio;
  effectiveRevisit: Ratio;
  onTimeAcknowledge: Ratio;
  onTimeCompletion: Ratio;
  /** Rated return visits by level; the scheme's satisfaction weights turn them into 满意率 */
  satisfactionCounts: { satisfied: number; basic: number; dissatisfied: number };
  resolution: Ratio;
  response: Ratio;
  /** Occurrences of the events deductions and bonuses count; a missing key counts 0 */
  events: Partial<Record<DeductionKey, number>>;
}

export interface IndicatorScore {
  key: IndicatorKey;
  label: string;
  /** The rate as a fraction, null when there was nothing to count */
  rate: number | null;
  /** Points the indicator was worth for this unit: its weight, scaled up when empty indicators re-weight */
  weight: number;
  points: number;
  /** weight − points */
  lost: number;
}

export interface ScoreBreakdown {
  /** Full precision (round with roundScore to print); null when below the scheme's minimum volume */
  score: number | null;
  indicators: IndicatorScore[];
  /** Every configured deduction and bonus; points are negative for deductions */
  adjustments: { key: string; label: string; count: number; points: number }[];
  /** Chinese sentences explaining what cost points: "满意率 93.00%（…），失 2.10 分" */
  notes: string[];
}

type Measured = Ratio & { value: number | null };
type IndicatorDefinition = ScoringScheme['indicators'][number];

/**
 * 满意率 = Σ weight(level) / rated revisits (DESIGN §6). The denominator is the revisits that gave a
 * rating, not 交办总量: the reference's 表一 #4 prints 99.23% = 129/130 for a unit with 152 tickets.
 */
export function satisfactionRate(
  scheme: ScoringScheme,
  counts: UnitIndicators['satisfactionCounts'],
): Ratio & { value: number | null } {
  const weights = scheme.satisfactionWeights;
  assertCount(counts.satisfied, '满意回访');
  assertCount(counts.basic, '基本满意回访');
  assertCount(counts.dissatisfied, '不满意回访');
  const numerator =
    counts.satisfied * weights.satisfied +
    counts.basic * weights.basic +
    counts.dissatisfied * weights.dissatisfied;
  const denominator = counts.satisfied + counts.basic + counts.dissatisfied;
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
}

function measure(scheme: ScoringScheme, indicators: UnitIndicators, key: IndicatorKey): Measured {
  if (key === 'satisfaction') return satisfactionRate(scheme, indicators.satisfactionCounts);
  const { numerator, denominator } = indicators[key];
  const label = INDICATOR_LABELS[key];
  assertCount(numerator, label);
  assertCount(denominator, label);
  if (numerator > denominator) throw new RangeError(`${label}的分子 ${numerator} 大于分母 ${denominator}`);
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
}

function assertCount(count: number, what: string): void {
  if (!Number.isFinite(count) || count < 0) throw new RangeError(`${what}的计数无效：${count}`);
}

/**
 * Scores one unit under a scheme: each indicator's rate becomes points by its rule, empty indicators are
 * worth what the scheme says (full, zero, or their weight spread over the others in proportion), then
 * deductions and bonuses apply, each within its cap. A score never goes below 0 (扣完为止).
 */
export function scoreUnit(scheme: ScoringScheme, indicators: UnitIndicators): ScoreBreakdown {
  const notes: string[] = [];
  const measured = scheme.indicators.map((definition) => ({
    definition,
    ratio: measure(scheme, indicators, definition.key),
  }));
  const totalWeight = measured.reduce((sum, { definition }) => sum + definition.weight, 0);
  const droppedWeight = measured
    .filter(({ definition, ratio }) => ratio.value === null && definition.whenEmpty === 'reweight')
    .reduce((sum, { definition }) => sum + definition.weight, 0);
  const keptWeight = totalWeight - droppedWeight;
  const scale = keptWeight > 0 ? totalWeight / keptWeight : 0;

  const indicatorScores = measured.map(({ definition, ratio }): IndicatorScore => {
    const label = INDICATOR_LABELS[definition.key];
    const dropped = ratio.value === null && definition.whenEmpty === 'reweight';
    const weight = dropped ? 0 : definition.weight * scale;
    const points =
      ratio.value !== null
        ? pointsForRate(definition.scoring, ratio.value, definition.weight) * scale
        : definition.whenEmpty === 'full'
          ? weight
          : 0;
    const lost = weight - points;
    const note = indicatorNote(definition, ratio, lost, indicators);
    if (note) notes.push(note);
    return { key: definition.key, label, rate: ratio.value, weight, points, lost };
  });

  const adjustments = [
    ...scheme.deductions.map((rule) => adjust(rule, -1, indicators.events, notes)),
    ...scheme.bonuses.map((rule) => adjust(rule, 1, indicators.events, notes)),
  ];

  const minimum = scheme.minimumAssigned.toBeScored;
  if (indicators.assigned < minimum) {
    notes.unshift(`交办总量 ${indicators.assigned} 件，少于考核方案要求的 ${minimum} 件，不参与评分`);
    return { score: null, indicators: indicatorScores, adjustments, notes };
  }
  if (keptWeight <= 0) {
    notes.unshift('各项考核指标均无可统计工单，不予评分');
    return { score: null, indicators: indicatorScores, adjustments, notes };
  }
  const total =
    indicatorScores.reduce((sum, indicator) => sum + indicator.points, 0) +
    adjustments.reduce((sum, adjustment) => sum + adjustment.points, 0);
  if (total < 0) notes.push(`扣分超过所得分数，按 0 分计`);
  return { score: Math.max(0, total), indicators: indicatorScores, adjustments, notes };
}

// Notes show a loss only when it would print as at least 0.01 points.
const VISIBLE_POINTS = 0.005;

function indicatorNote(
  definition: IndicatorDefinition,
  ratio: Measured,
  lost: number,
  indicators: UnitIndicators,
): string | null {
  const label = INDICATOR_LABELS[definition.key];
  if (ratio.value === null) {
    switch (definition.whenEmpty) {
      case 'zero':
        return `${label} 无可统计工单，按零分计，失 ${formatPoints(lost)} 分`;
      case 'reweight':
        return `${label} 无可统计工单，其 ${formatPoints(definition.weight)} 分权重按比例计入其他指标`;
      case 'full':
        return null;
    }
  }
  if (lost < VISIBLE_POINTS) return null;
  const { satisfied, basic, dissatisfied } = indicators.satisfactionCounts;
  const counts =
    definition.key === 'satisfaction'
      ? `满意 ${satisfied}、基本满意 ${basic}、不满意 ${dissatisfied} 件`
      : `${ratio.numerator}/${ratio.denominator}`;
  const rule = definition.scoring;
  const belowFloor = rule.kind === 'floor' && ratio.value < rule.minRate;
  const floor = belowFloor ? `，低于 ${formatPercent(rule.minRate)} 不得分` : '';
  return `${label} ${formatPercent(ratio.value)}（${counts}）${floor}，失 ${formatPoints(lost)} 分`;
}

function adjust(
  rule: Adjustment,
  sign: 1 | -1,
  events: UnitIndicators['events'],
  notes: string[],
): ScoreBreakdown['adjustments'][number] {
  const label = rule.label ?? DEDUCTION_LABELS[rule.event];
  const count = events[rule.event] ?? 0;
  assertCount(count, label);
  const uncapped = count * rule.pointsEach;
  const capped = rule.maxPoints !== undefined && uncapped > rule.maxPoints;
  const magnitude = capped && rule.maxPoints !== undefined ? rule.maxPoints : uncapped;
  if (count > 0) {
    const verb = sign < 0 ? '扣' : '加';
    const cap = capped ? `（已达上限 ${formatPoints(magnitude)} 分）` : '';
    notes.push(`${label} ${count} 次，${verb} ${formatPoints(magnitude)} 分${cap}`);
  }
  // No −0 for an event that did not occur.
  return { key: rule.event, label, count, points: magnitude === 0 ? 0 : sign * magnitude };
}
