/**
 * Wall-clock times of Asia/Shanghai held as numbers: the milliseconds of a UTC date whose fields are the
 * local fields. The files only ever show local `YYYY-MM-DD HH:mm:ss`, so no zone
 * arithmetic is needed and the output does not depend on the machine's time zone.
 */
export type LocalTime = number;

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export function localTime(text: string): LocalTime {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}):(\d{2}))?$/.exec(text);
  if (!match) throw new Error(`not a local time: ${text}`);
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = match;
  return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
}

const datesByDay = new Map<number, string>();
const pad2 = (value: number) => String(value).padStart(2, '0');

/** `YYYY-MM-DD HH:mm:ss` of a time in whole seconds; the date part is cached (a million calls per build). */
export function formatLocal(time: LocalTime): string {
  const dayStart = Math.floor(time / DAY) * DAY;
  let date = datesByDay.get(dayStart);
  if (date === undefined) {
    date = new Date(dayStart).toISOString().slice(0, 10);
    datesByDay.set(dayStart, date);
  }
  const seconds = Math.floor((time - dayStart) / 1000);
  return `${date} ${pad2(Math.floor(seconds / 3600))}:${pad2(Math.floor(seconds / 60) % 60)}:${pad2(seconds % 60)}`;
}

/** `YYYYMMDD` of a local time, for numbering. */
export function compactDate(time: LocalTime): string {
  return new Date(time).toISOString().slice(0, 10).replaceAll('-', '');
}
