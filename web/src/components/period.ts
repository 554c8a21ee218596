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
