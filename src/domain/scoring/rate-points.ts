import type { RateToPoints } from './scheme.ts';

/**
 * Points an indicator of the given weight earns at a rate (a fraction), before any re-weighting.
 * Full precision: nothing is rounded here.
 */
export function pointsForRate(rule: RateToPoints, rate: number, weight: number): number {
  switch (rule.kind) {
    case 'linear':
      return rate * weight;
    case 'floor':
      return rate < rule.minRate ? 0 : rate * weight;
    case 'piecewise':
      return interpolate(rule.breakpoints, rate);
  }
}

type Breakpoint = { rate: number; points: number };

// Breakpoints are validated ascending by rate (parseScheme); outside their span the nearest one holds.
function interpolate(breakpoints: readonly Breakpoint[], rate: number): number {
  const first = breakpoints[0];
  const last = breakpoints[breakpoints.length - 1];
  if (!first || !last) return 0;
  if (rate <= first.rate) return first.points;
  if (rate >= last.rate) return last.points;
  for (let index = 1; index < breakpoints.length; index++) {
    const upper = breakpoints[index];
    const lower = breakpoints[index - 1];
    if (!upper || !lower || rate > upper.rate) continue;
    const share = (rate - lower.rate) / (upper.rate - lower.rate);
    return lower.points + share * (upper.points - lower.points);
  }
  return last.points;
}
