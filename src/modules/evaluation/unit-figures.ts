import type { CounterValues } from '../../domain/metrics/counters.ts';
import { zeroCounters, COUNTERS } from '../../domain/metrics/counters.ts';
import type { RollupSums } from './rollups.repository.ts';

/** What the figures need to know of a scoring scheme: how to weigh ratings, and what to leave out of what. */
export interface FigureRules {
  /** True when some tickets are left out of some indicators: the figures then need the daily rollups' detail. */
  hasExclusions: boolean;
  satisfactionWeights: { satisfied: number; basic: number; dissatisfied: number };
  /** True when tickets of this appeal type and first-level category do not count toward the indicator. */
  excludes(indicator: IndicatorName, appealType: string, categoryL1: string): boolean;
}

export type IndicatorName =
  | 'completion'
  | 'satisfaction'
  | 'onTimeFeedback'
  | 'effectiveRevisit'
  | 'onTimeAcknowledge'
  | 'onTimeCompletion'
  | 'resolution'
  | 'response';

export interface Ratio {
  numerator: number;
  denominator: number;
  value: number | null;
}

export function ratio(numerator: number, denominator: number): Ratio {
  return { numerator, denominator, value: denominator > 0 ? numerator / denominator : null };
}

/** One unit subtree's figures for a period: every rate with the counts behind it (DESIGN §6). */
export interface UnitFigureSet {
  unitCode: string;
  /** 交办总量 */
  assigned: number;
  completion: Ratio;
  onTimeCompletion: Ratio;
  onTimeAcknowledge: Ratio;
  onTimeFeedback: Ratio;
  effectiveRevisit: Ratio;
  satisfaction: Ratio;
  satisfactionCounts: { satisfied: number; basic: number; dissatisfied: number };
  resolution: Ratio;
  response: Ratio;
  /** Occurrences schemes may deduct for */
  events: {
    lateAcknowledge: number;
    lateFeedback: number;
    urged: number;
    supervised: number;
    reopened: number;
    dissatisfied: number;
  };
  /** The unit's counters with nothing excluded, for the centre's headline and for tracing */
  totals: CounterValues;
}

function sumWhere(rows: readonly RollupSums[], keep: (row: RollupSums) => boolean): CounterValues {
  const sum = zeroCounters();
  for (const row of rows) {
    if (!keep(row)) continue;
    for (const c of COUNTERS) sum[c] += row.counters[c];
  }
  return sum;
}

/**
 * Every metric as an explicit numerator and denominator (DESIGN §6):
 * 办结率 = completed / assigned; 按时办结率 = completed on time / completed; 按时签收率 = acknowledged on time /
 * acknowledgements due; 按时反馈率 = feedback on time / feedback due; 有效回访率 = revisits that reached the caller /
 * revisits made; 满意率 = Σ weight(level) / rated revisits; 解决率 = 已解决 / rated revisits; 响应率 = revisits in which the
 * caller was reached / revisits made.
 */
export function unitFigures(
  unitCode: string,
  rows: readonly RollupSums[],
  rules: FigureRules,
): UnitFigureSet {
  const counted = (indicator: IndicatorName) =>
    sumWhere(rows, (row) => !rules.excludes(indicator, row.appealType, row.categoryL1));
  const totals = sumWhere(rows, () => true);
  const completion = counted('completion');
  const onTimeCompletion = counted('onTimeCompletion');
  const acknowledge = counted('onTimeAcknowledge');
  const feedback = counted('onTimeFeedback');
  const revisit = counted('effectiveRevisit');
  const rated = counted('satisfaction');
  const resolution = counted('resolution');
  const response = counted('response');
  const w = rules.satisfactionWeights;
  const weighted =
    rated.satisfied * w.satisfied + rated.basic * w.basic + rated.dissatisfied * w.dissatisfied;
  return {
    unitCode,
    assigned: totals.assigned,
    completion: ratio(completion.completed, completion.assigned),
    onTimeCompletion: ratio(onTimeCompletion.completedOnTime, onTimeCompletion.completed),
    onTimeAcknowledge: ratio(acknowledge.acknowledgedOnTime, acknowledge.acknowledgeDue),
    onTimeFeedback: ratio(feedback.feedbackOnTime, feedback.feedbackDue),
    effectiveRevisit: ratio(revisit.revisitsReached, revisit.revisits),
    satisfaction: ratio(weighted, rated.rated),
    satisfactionCounts: { satisfied: rated.satisfied, basic: rated.basic, dissatisfied: rated.dissatisfied },
    resolution: ratio(resolution.solved, resolution.rated),
    response: ratio(response.revisitsReached, response.revisits),
    events: {
      lateAcknowledge: totals.acknowledgeDue - totals.acknowledgedOnTime,
      lateFeedback: totals.feedbackDue - totals.feedbackOnTime,
      urged: totals.urged,
      supervised: totals.supervised,
      reopened: totals.reopened,
      dissatisfied: totals.dissatisfied,
    },
    totals,
  };
}
