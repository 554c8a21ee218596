import dayjs, { type Dayjs } from 'dayjs';

/** The last whole month: the period a bulletin is most often about. */
export function lastMonth(today: Dayjs = dayjs()): [Dayjs, Dayjs] {
  const start = today.subtract(1, 'month').startOf('month');
  return [start, start.endOf('month')];
}

export const day = (value: Dayjs) => value.format('YYYY-MM-DD');
export const localTime = (value: Dayjs) => value.format('YYYY-MM-DD HH:mm:ss');
