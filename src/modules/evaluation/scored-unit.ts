import {
  roundScore,
  scoreUnit,
  type ScoringScheme,
  type UnitIndicators,
} from '../../domain/scoring/index.ts';
import type { UnitRecord } from '../units/index.ts';
import type { PeriodFigures } from './period-figures.ts';
import type { Ratio, UnitFigureSet } from './unit-figures.ts';

/** A unit's printed row: every rate with its counts, and its score under the scheme (rounded to 2 decimals). */
export interface ScoredUnit {
  unitCode: string;
  unitName: string;
  assigned: number;
  completion: Ratio;
  satisfaction: Ratio;
  onTimeFeedback: Ratio;
  effectiveRevisit: Ratio;
  onTimeAcknowledge: Ratio;
  onTimeCompletion: Ratio;
  resolution: Ratio;
  response: Ratio;
  kbUpdates: number;
  score: number | null;
}

const rate = (r: Ratio): Ratio => ({ numerator: r.numerator, denominator: r.denominator, value: r.value });

export function indicatorsOf(figure: UnitFigureSet, kbUpdates: number): UnitIndicators {
  return {
    assigned: figure.assigned,
    completion: figure.completion,
    onTimeFeedback: figure.onTimeFeedback,
    effectiveRevisit: figure.effectiveRevisit,
    onTimeAcknowledge: figure.onTimeAcknowledge,
    onTimeCompletion: figure.onTimeCompletion,
    satisfactionCounts: figure.satisfactionCounts,
    resolution: figure.resolution,
    response: figure.response,
    events: {
      ...figure.events,
      lateCompletion: figure.completion.numerator - figure.onTimeCompletion.numerator,
      kbUpdate: kbUpdates,
    },
  };
}

/** A unit's row: every printed rate with its counts, and its score under the scheme. */
export function unitRow(unit: UnitRecord, figures: PeriodFigures, scheme: ScoringScheme): ScoredUnit {
  const figure = figures.units.get(unit.code);
  const kbUpdates = figures.kbUpdates.get(unit.code) ?? 0;
  const empty: Ratio = { numerator: 0, denominator: 0, value: null };
  if (!figure) {
    return {
      unitCode: unit.code,
      unitName: unit.name,
      assigned: 0,
      completion: empty,
      satisfaction: empty,
      onTimeFeedback: empty,
      effectiveRevisit: empty,
      onTimeAcknowledge: empty,
      onTimeCompletion: empty,
      resolution: empty,
      response: empty,
      kbUpdates,
      score: null,
    };
  }
  const breakdown = scoreUnit(scheme, indicatorsOf(figure, kbUpdates));
  return {
    unitCode: unit.code,
    unitName: unit.name,
    assigned: figure.assigned,
    completion: rate(figure.completion),
    satisfaction: rate(figure.satisfaction),
    onTimeFeedback: rate(figure.onTimeFeedback),
    effectiveRevisit: rate(figure.effectiveRevisit),
    onTimeAcknowledge: rate(figure.onTimeAcknowledge),
    onTimeCompletion: rate(figure.onTimeCompletion),
    resolution: rate(figure.resolution),
    response: rate(figure.response),
    kbUpdates,
    score: breakdown.score === null ? null : roundScore(breakdown.score),
  };
}
