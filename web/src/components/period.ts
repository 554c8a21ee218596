import dayjs, { type Dayjs } from 'dayjs';

/** The last whole month: the period a bulletin is most often about. */
export function lastMonth(today: Dayjs = dayjs()): [Dayjs, Dayjs] {
  const start = today.subtract(1, 'month').startOf('month');
  return [start, start.endOf('month')];
}

export const day = (value: Dayjs) => value.format('YYYY-MM-DD');
export const localTime = (value: Dayjs) => value.format('YYYY-MM-DD HH:mm:ss');

/** The same span one month earlier: the default period to compare with. */
export function monthBefore([from, to]: [Dayjs, Dayjs]): [Dayjs, Dayjs] {
  const start = from.subtract(1, 'month');
  const wholeMonth = from.date() === 1 && to.isSame(from.endOf('month'), 'day');
  return [start, wholeMonth ? start.endOf('month') : to.subtract(1, 'month')];
}

/**
 * Where a period screen opens: on last month (`lastMonth`, what bulletins are about) or on this month so far
 * (`thisMonth`, the dashboard) when that month has tickets; otherwise on the latest earlier month that has some
 * (a city that has loaded only its history, a demo of past months); on the default when none has.
 */
export function openingPeriod(
  months: readonly string[],
  kind: 'lastMonth' | 'thisMonth',
  today: Dayjs = dayjs(),
): [Dayjs, Dayjs] {
  const preferred: [Dayjs, Dayjs] =
    kind === 'lastMonth' ? lastMonth(today) : [today.startOf('month'), today.startOf('day')];
  const key = preferred[0].format('YYYY-MM');
  const latest = months.find((month) => month <= key); // latest first
  if (!latest || latest === key) return preferred;
  const start = dayjs(`${latest}-01`);
  return [start, start.endOf('month').startOf('day')];
}
