import { addCalendarDays, weekdayOf } from '../../domain/time.ts';

// Periods and trend buckets of the dashboard, on local (Asia/Shanghai) calendar days.

/** Days from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/**
 * The period compared with: the previous calendar month(s) for whole months (3月 → 2月, Q2 → Q1, a year → the
 * year before), otherwise the same number of days just before.
 */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  if (from.endsWith('-01') && addCalendarDays(to, 1).endsWith('-01')) {
    const months = monthIndex(addCalendarDays(to, 1)) - monthIndex(from);
    const start = monthStart(monthIndex(from) - months);
    return { from: start, to: addCalendarDays(from, -1) };
  }
  const length = daysBetween(from, to);
  return { from: addCalendarDays(from, -length), to: addCalendarDays(from, -1) };
}

const monthIndex = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
const monthStart = (index: number) =>
  `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`;

export type Granularity = 'day' | 'week' | 'month';

/** The longest period each granularity draws (a year by day would be 365 points nobody reads). */
export const MAX_DAYS: Record<Granularity, number> = { day: 92, week: 371, month: 3660 };

/** The first day of the bucket a day falls in: itself, its week's Monday, or its month's first day. */
export function bucketOf(day: string, granularity: Granularity): string {
  if (granularity === 'day') return day;
  if (granularity === 'month') return `${day.slice(0, 7)}-01`;
  return addCalendarDays(day, -((weekdayOf(day) + 6) % 7));
}

/** Every bucket of the period in order, the first and last possibly partial. */
export function bucketsOf(from: string, to: string, granularity: Granularity): string[] {
  const buckets: string[] = [];
  for (let day = from; day <= to; day = addCalendarDays(day, 1)) {
    const bucket = bucketOf(day, granularity);
    if (buckets[buckets.length - 1] !== bucket) buckets.push(bucket);
  }
  return buckets;
}

export function bucketLabel(bucket: string, granularity: Granularity): string {
  const [, month, day] = bucket.split('-').map(Number) as [number, number, number];
  if (granularity === 'month') return `${bucket.slice(0, 4)}年${month}月`;
  if (granularity === 'week') return `${month}月${day}日起`;
  return `${month}月${day}日`;
}
