import { parseContributionKey, ticketKey } from '../../domain/metrics/contributions.ts';
import type { Counter } from '../../domain/metrics/counters.ts';
import { localDate } from '../../domain/time.ts';
import { contributionsOf, type FigureRules, type IndicatorName } from '../evaluation/index.ts';
import type { ListedTicket } from '../tickets/index.ts';
import type { UnitDirectory } from '../units/index.ts';

/** What a figure counts: a unit subtree's counters for tickets of a period, as the rollups sum them. */
export interface FigureSelection {
  unitCode: string;
  counters: readonly Counter[];
  /** Tickets registered on these local days, both included */
  from: string;
  to: string;
  /** Events after this local day are not counted yet */
  asOfDay: string;
  /** The rate the figure belongs to: tickets the scheme leaves out of it are not counted */
  indicator: IndicatorName | null;
  appealType: string | null;
  /** First-level category code */
  categoryL1: string | null;
}

const REVISIT_COUNTERS: readonly Counter[] = [
  'revisits',
  'revisitsReached',
  'rated',
  'satisfied',
  'basic',
  'dissatisfied',
  'solved',
  'partlySolved',
];

/**
 * Conditions the ticket store can apply before the exact test: a figure made only of revisit counters needs a
 * recorded revisit, one of completion counters a completion time. They only ever narrow to a superset.
 */
export function candidateHints(counters: readonly Counter[]): { revisited: boolean; completed: boolean } {
  return {
    revisited: counters.every((c) => REVISIT_COUNTERS.includes(c)),
    completed: counters.every((c) => c === 'completed' || c === 'completedOnTime'),
  };
}

/**
 * How much one ticket adds to the figure: the sum of its rollup contributions (the very function the rollups
 * add up, `ticketContributions`) to the figure's counters for the unit, by the as-of day. A ticket counted in
 * the figure is listed by the drill-down, and only such a ticket: the two totals agree by construction.
 */
export function amountInFigure(
  listed: ListedTicket,
  selection: FigureSelection,
  directory: UnitDirectory,
  rules: FigureRules,
): number {
  const key = ticketKey(listed.ticket);
  if (key.registeredOn < selection.from || key.registeredOn > selection.to) return 0;
  if (selection.appealType && key.appealType !== selection.appealType) return 0;
  if (selection.categoryL1 && key.categoryL1 !== selection.categoryL1) return 0;
  if (selection.indicator && rules.excludes(selection.indicator, key.appealType, key.categoryL1)) return 0;
  let amount = 0;
  for (const [contribution, value] of contributionsOf(listed.ticket, directory)) {
    const { unitCode, day, counter } = parseContributionKey(contribution);
    if (unitCode === selection.unitCode && day <= selection.asOfDay && selection.counters.includes(counter))
      amount += value;
  }
  return amount;
}

/** The local day an as-of moment falls on: rollups know the day of each event, not its hour. */
export const asOfDayOf = (asOf: Date) => localDate(asOf);
