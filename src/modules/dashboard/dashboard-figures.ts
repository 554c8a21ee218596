import type { ScoringScheme } from '../../domain/scoring/index.ts';
import type { Counter } from '../../domain/metrics/counters.ts';
import type { DashboardKpi, DrillTarget, UnitFigureRow } from '../../contracts/dashboard.schemas.ts';
import {
  rankByPeerGroup,
  ratio,
  unitRow,
  type IndicatorName,
  type PeriodFigures,
  type ScoredUnit,
  type UnitFigureSet,
} from '../evaluation/index.ts';
import type { UnitDirectory, UnitRecord } from '../units/index.ts';

// The dashboard's tables from the evaluation's period figures (the bulletin's): rows are the bulletin's unit
// rows (`unitRow`), leagues its peer-group rankings (`rankByPeerGroup`); nothing here computes a rate.

const drill = (counters: Counter[], indicator: IndicatorName | null = null): DrillTarget => ({
  counters,
  indicator,
});

const EMPTY = { numerator: 0, denominator: 0, value: null };

/**
 * The KPI strip. At the centre: 受理量 = 直接答复量 + 转办量 and 直接答复率 as the bulletin's headline counts them,
 * 话务接通率 from the calls; below it the subtree's 交办量. 办结率, 按时办结率 and 满意率 everywhere.
 */
export function dashboardKpis(
  unitCode: string,
  isCentre: boolean,
  figures: PeriodFigures,
  /** The unit's figures of the previous period (calls are not compared) */
  before: UnitFigureSet | undefined,
): DashboardKpi[] {
  const now = figures.units.get(unitCode);
  const kpis: DashboardKpi[] = [];
  const count = (
    key: DashboardKpi['key'],
    label: string,
    value: number,
    previousValue: number,
    target: DrillTarget,
  ): DashboardKpi => ({
    key,
    label,
    kind: 'count',
    value,
    numerator: value,
    denominator: 0,
    numeratorLabel: label,
    denominatorLabel: '',
    numeratorDrill: target,
    denominatorDrill: null,
    previousValue,
  });
  const rate = (
    key: DashboardKpi['key'],
    label: string,
    r: { numerator: number; denominator: number; value: number | null },
    previousValue: number | null,
    labels: [string, string],
    drills: [DrillTarget | null, DrillTarget | null],
  ): DashboardKpi => ({
    key,
    label,
    kind: 'rate',
    value: r.value,
    numerator: r.numerator,
    denominator: r.denominator,
    numeratorLabel: labels[0],
    denominatorLabel: labels[1],
    numeratorDrill: drills[0],
    denominatorDrill: drills[1],
    previousValue,
  });

  if (isCentre) {
    const received = (f: typeof now) => (f ? f.totals.answered + f.totals.dispatched : 0);
    kpis.push(
      count('received', '受理量', received(now), received(before), drill(['answered', 'dispatched'])),
    );
    kpis.push(
      rate(
        'callAnswer',
        '话务接通率',
        figures.calls.answer,
        // Calls are compared in the bulletin, not here: the previous period reads one unit's rollups only.
        null,
        ['接通', '呼入'],
        [null, null],
      ),
    );
    const direct = ratio(now?.totals.answered ?? 0, received(now));
    const directBefore = ratio(before?.totals.answered ?? 0, received(before));
    kpis.push(
      rate(
        'directAnswer',
        '直接答复率',
        direct,
        directBefore.value,
        ['直接答复', '受理'],
        [drill(['answered']), drill(['answered', 'dispatched'])],
      ),
    );
    kpis.push(
      count(
        'dispatched',
        '转办量',
        now?.totals.dispatched ?? 0,
        before?.totals.dispatched ?? 0,
        drill(['dispatched']),
      ),
    );
  } else {
    kpis.push(count('assigned', '交办量', now?.assigned ?? 0, before?.assigned ?? 0, drill(['assigned'])));
  }
  kpis.push(
    rate(
      'completion',
      '办结率',
      now?.completion ?? EMPTY,
      before?.completion.value ?? null,
      ['办结', '交办'],
      [drill(['completed'], 'completion'), drill(['assigned'], 'completion')],
    ),
  );
  kpis.push(
    rate(
      'onTimeCompletion',
      '按时办结率',
      now?.onTimeCompletion ?? EMPTY,
      before?.onTimeCompletion.value ?? null,
      ['按时办结', '办结'],
      [drill(['completedOnTime'], 'onTimeCompletion'), drill(['completed'], 'onTimeCompletion')],
    ),
  );
  const satisfaction = rate(
    'satisfaction',
    '满意率',
    now?.satisfaction ?? EMPTY,
    before?.satisfaction.value ?? null,
    ['加权满意', '评价'],
    [null, drill(['rated'], 'satisfaction')],
  );
  const counts = now?.satisfactionCounts ?? { satisfied: 0, basic: 0, dissatisfied: 0 };
  satisfaction.parts = (
    [
      ['satisfied', '满意'],
      ['basic', '基本满意'],
      ['dissatisfied', '不满意'],
    ] as const
  ).map(([key, label]) => ({ key, label, count: counts[key], drill: drill([key], 'satisfaction') }));
  kpis.push(satisfaction);
  return kpis;
}

function figureRow(row: ScoredUnit, rank: number, figures: PeriodFigures): UnitFigureRow {
  return {
    rank,
    unitCode: row.unitCode,
    unitName: row.unitName,
    assigned: row.assigned,
    completion: row.completion,
    onTimeCompletion: row.onTimeCompletion,
    onTimeFeedback: row.onTimeFeedback,
    effectiveRevisit: row.effectiveRevisit,
    satisfaction: row.satisfaction,
    dissatisfied: figures.units.get(row.unitCode)?.satisfactionCounts.dissatisfied ?? 0,
    score: row.score,
  };
}

/**
 * The heat table: at the centre the districts and zones (the bulletin's first table), below it the units just
 * under the chosen one, in the organisation's order.
 */
export function districtRows(
  directory: UnitDirectory,
  unit: UnitRecord,
  isCentre: boolean,
  figures: PeriodFigures,
  scheme: ScoringScheme,
): UnitFigureRow[] {
  const units = isCentre
    ? directory.all().filter((u) => u.kind === 'district' || u.kind === 'zone')
    : directory.children(unit.code);
  return units.map((u, index) => figureRow(unitRow(u, figures, scheme), index + 1, figures));
}

/** Each peer group ranked as the bulletin ranks it, keeping the units inside the chosen subtree. */
export function leagueTables(
  directory: UnitDirectory,
  unit: UnitRecord,
  figures: PeriodFigures,
  scheme: ScoringScheme,
): { key: string; label: string; rows: UnitFigureRow[] }[] {
  return rankByPeerGroup(directory.all(), figures, scheme)
    .map((group) => ({
      key: group.key,
      label: group.label,
      rows: group.rows
        .filter((row) => directory.isWithin(row.unitCode, unit.code))
        .map((row) => figureRow(row, row.rank, figures)),
    }))
    .filter((group) => group.rows.length > 0);
}
