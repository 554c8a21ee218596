import type { TrendPoint } from '../../contracts/dashboard.schemas.ts';
import { splitIntoMonths, unitFigures, type FigureRules, type UnitFigureSet } from '../evaluation/index.ts';
import { bucketLabel, bucketOf, bucketsOf, type Granularity } from './dashboard-periods.ts';
import type { createRollupSlices, KeyedSums } from '../evaluation/index.ts';

type Rollups = ReturnType<typeof createRollupSlices>;

/**
 * The trend of one unit subtree: each bucket's rows go through the evaluation's `unitFigures`, the function the
 * bulletin's rates come from. Whole months are read from the monthly rollups (a year is 12 × a few rows); days,
 * weeks and the partial months at either end from the daily ones; a scheme with exclusions reads the daily
 * rows by appeal type and category, which the monthly table does not keep.
 */
/** One unit subtree's rows for a period: whole months from the monthly rollups, the days at either end from the daily. */
async function unitRows(
  rollups: Rollups,
  input: { unitCode: string; from: string; to: string; asOfDay: string; rules: FigureRules; byDay: boolean },
): Promise<KeyedSums[]> {
  const { unitCode, from, to, asOfDay, rules } = input;
  if (input.byDay || rules.hasExclusions)
    return rollups.byDay(unitCode, { from, to, asOfDay }, rules.hasExclusions);
  const rows: KeyedSums[] = [];
  const { months, days } = splitIntoMonths(from, to);
  if (months.length)
    rows.push(
      ...(await rollups.byMonth(unitCode, {
        fromMonth: months[0]!,
        toMonth: months[months.length - 1]!,
        asOfDay,
      })),
    );
  for (const [dayFrom, dayTo] of days)
    rows.push(...(await rollups.byDay(unitCode, { from: dayFrom, to: dayTo, asOfDay }, false)));
  return rows;
}

/**
 * The figures of one unit subtree alone (the previous period's KPIs): the evaluation's `unitFigures` over that
 * unit's rows, without reading every other unit's as `periodFigures` does.
 */
export async function unitPeriodFigures(
  rollups: Rollups,
  input: { unitCode: string; from: string; to: string; asOfDay: string; rules: FigureRules },
): Promise<UnitFigureSet> {
  return unitFigures(input.unitCode, await unitRows(rollups, { ...input, byDay: false }), input.rules);
}

export async function trendPoints(
  rollups: Rollups,
  input: {
    unitCode: string;
    isCentre: boolean;
    from: string;
    to: string;
    asOfDay: string;
    granularity: Granularity;
    rules: FigureRules;
  },
): Promise<TrendPoint[]> {
  const { unitCode, from, to, granularity, rules } = input;
  const rows = await unitRows(rollups, { ...input, byDay: granularity !== 'month' });
  const byBucket = new Map<string, KeyedSums[]>();
  for (const row of rows) {
    const day = row.registered.length === 7 ? `${row.registered}-01` : row.registered;
    const bucket = bucketOf(day, granularity);
    const list = byBucket.get(bucket) ?? [];
    list.push(row);
    byBucket.set(bucket, list);
  }
  return bucketsOf(from, to, granularity).map((bucket) => {
    const figures = unitFigures(unitCode, byBucket.get(bucket) ?? [], rules);
    return {
      bucket,
      label: bucketLabel(bucket, granularity),
      received: input.isCentre ? figures.totals.answered + figures.totals.dispatched : figures.assigned,
      completion: figures.completion,
      satisfaction: figures.satisfaction,
    };
  });
}
