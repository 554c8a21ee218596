// Number style of the reference bulletin (盘锦市12345热线 1-4月份通报): volumes in 万 with two decimals
// (9.67万), rates as percentages with two decimals (96.14%), scores with two decimals.

/** Printed when a figure is missing: nothing was counted, or the unit is below the ranking volume. */
export const MISSING_FIGURE = '—';

/**
 * Rounds half away from zero to `digits` decimals and prints exactly that many decimals.
 * The value is first read back at 12 significant digits so that binary noise does not flip a half:
 * 0.98065 * 100 is 98.06499999999999 in floating point but is meant as 98.065 and prints 98.07.
 */
export function formatFixed(value: number, digits: number): string {
  const sign = value < 0 ? '-' : '';
  const cleaned = Number(Math.abs(value).toPrecision(12));
  // The shift itself adds noise again (98.065 * 100 is 9806.499999999999): clean once more.
  const scaled = Math.round(Number((cleaned * 10 ** digits).toPrecision(12)));
  const text = String(scaled).padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits);
  const fraction = text.slice(text.length - digits);
  const printed = digits > 0 ? `${whole}.${fraction}` : whole;
  return scaled === 0 ? printed : sign + printed;
}

/** 96700 → '9.67万', 15552 → '1.56万', 8600 → '0.86万': the reference always prints two decimals. */
export function formatWan(count: number): string {
  return `${formatFixed(count / 10_000, 2)}万`;
}

/** 0.961449 → '96.14%' (a fraction in, two decimals half away from zero out); null → '—'. */
export function formatPercent(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return MISSING_FIGURE;
  return `${formatFixed(value * 100, 2)}%`;
}

/**
 * 99.3 → '99.30'. The reference prints district scores with one decimal (99.3) and the others with two
 * (99.88, 100.00); two decimals everywhere keeps the column aligned and loses nothing. null → '—'.
 */
export function formatScore(score: number | null): string {
  if (score === null || !Number.isFinite(score)) return MISSING_FIGURE;
  return formatFixed(score, 2);
}

/** Whole counts as the reference prints them in tables: no thousands separator (10330). */
export function formatCount(count: number): string {
  return formatFixed(count, 0);
}
