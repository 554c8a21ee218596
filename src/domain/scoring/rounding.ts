// Scores and rates keep full precision through every computation; they are rounded only when shown,
// so a printed 99.76 is always the rounding of the exact value and never of an already-rounded sum.

/**
 * Rounds half away from zero (四舍五入 as printed in bulletins: 2.345 → 2.35, −2.345 → −2.35).
 *
 * The scaled value is first cut to 15 significant digits, which drops binary floating-point noise
 * (1.005 is stored as 1.00499999999999989…; a person reading 1.005 expects 1.01, and gets it).
 */
export function roundHalfAwayFromZero(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded = Math.round(scaled) / factor;
  // No “-0.00” in print: a negative value that rounds to zero is zero.
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** A score as printed: two decimals, half away from zero (99.7575 → 99.76). */
export function roundScore(score: number): number {
  return roundHalfAwayFromZero(score, 2);
}

/** Points as written in a note: "2.10". */
export function formatPoints(points: number): string {
  return roundHalfAwayFromZero(points, 2).toFixed(2);
}

/** A rate (a fraction, 0.9806) as printed: "98.06%". */
export function formatPercent(rate: number): string {
  return `${roundHalfAwayFromZero(rate * 100, 2).toFixed(2)}%`;
}
