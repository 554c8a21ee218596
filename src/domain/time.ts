import { AppError } from '../shared/errors.ts';

// Asia/Shanghai has been UTC+8 without daylight saving since 1991, so converting between an instant
// and Shanghai wall-clock time is a fixed shift: no time-zone database and no dependence on the
// time zone of the process. Instants are JS Dates; local dates are 'YYYY-MM-DD' strings.
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const MS_PER_DAY = 24 * 60 * 60 * 1000;

export class TimeParseError extends AppError {
  constructor(
    readonly input: string,
    expected = 'YYYY-MM-DD HH:mm[:ss]、YYYY-MM-DD 或带时区的 ISO 8601',
  ) {
    super('TIME_INVALID', `无法识别的时间：“${input}”（应为 ${expected}）`, { input });
    this.name = 'TimeParseError';
  }
}

interface DateParts {
  year: number;
  month: number;
  day: number;
}

// Separators must match ('2023-01-19' or '2023/01/19'); month, day and hour may have one digit
// because spreadsheets exported in China often write 2023/1/9 9:05.
const TIME_PATTERN =
  /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:\s*(Z|[+-]\d{2}(?::?\d{2})?))?)?$/i;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(utcMillis({ year, month: month + 1, day: 1 }) - MS_PER_DAY).getUTCDate();
}

// Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
function utcMillis(parts: DateParts, hour = 0, minute = 0, second = 0, ms = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(parts.year, parts.month - 1, parts.day);
  date.setUTCHours(hour, minute, second, ms);
  return date.getTime();
}

function isRealDate(parts: DateParts): boolean {
  return (
    parts.month >= 1 &&
    parts.month <= 12 &&
    parts.day >= 1 &&
    parts.day <= daysInMonth(parts.year, parts.month)
  );
}

/** Offset of a trailing 'Z', '+08:00', '+0800' or '+08' in milliseconds, or null when it is impossible. */
function offsetMillis(zone: string): number | null {
  if (zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (hours > 14 || minutes > 59) return null;
  return sign * (hours * 60 + minutes) * 60 * 1000;
}

export function tryParseLocalTime(text: string): Date | null {
  const match = TIME_PATTERN.exec(text.trim());
  if (!match) return null;
  const [, year, , month, day, hour, minute, second, fraction, zone] = match;
  const parts = { year: Number(year), month: Number(month), day: Number(day) };
  if (!isRealDate(parts)) return null;
  const h = Number(hour ?? 0);
  const m = Number(minute ?? 0);
  const s = Number(second ?? 0);
  if (h > 23 || m > 59 || s > 59) return null;
  const ms = fraction ? Number(fraction.padEnd(3, '0').slice(0, 3)) : 0;
  // Without an explicit zone the text is Shanghai wall-clock time.
  const offset = zone ? offsetMillis(zone) : SHANGHAI_OFFSET_MS;
  if (offset === null) return null;
  return new Date(utcMillis(parts, h, m, s, ms) - offset);
}

/**
 * 'YYYY-MM-DD HH:mm[:ss]' or 'YYYY-MM-DDTHH:mm[:ss]' (Shanghai time), 'YYYY-MM-DD' (00:00 Shanghai),
 * the same with '/' separators, or ISO 8601 with 'Z' or an offset. Throws TimeParseError otherwise.
 */
export function parseLocalTime(text: string): Date {
  const parsed = tryParseLocalTime(text);
  if (!parsed) throw new TimeParseError(text);
  return parsed;
}

function assertValidInstant(at: Date): void {
  if (Number.isNaN(at.getTime())) throw new RangeError('无效的时间（Invalid Date）');
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** The instant shifted so that its UTC fields read as Shanghai wall-clock fields. */
function shanghaiFields(at: Date): Date {
  assertValidInstant(at);
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS);
}

/** 'YYYY-MM-DD HH:mm:ss' in Shanghai time. */
export function formatLocalTime(at: Date): string {
  const shifted = shanghaiFields(at);
  const time = `${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())}`;
  return `${localDate(at)} ${time}`;
}

/** 'YYYY-MM-DD' of the instant in Shanghai. */
export function localDate(at: Date): string {
  const shifted = shanghaiFields(at);
  return `${pad(shifted.getUTCFullYear(), 4)}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
}

/** Milliseconds elapsed since 00:00 Shanghai on the instant's local date. */
export function localTimeOfDayMillis(at: Date): number {
  const shifted = shanghaiFields(at).getTime();
  return ((shifted % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY;
}

/** True for a real calendar date written exactly 'YYYY-MM-DD'. */
export function isLocalDate(text: string): boolean {
  return readDate(text) !== null;
}

function readDate(text: string): DateParts | null {
  const match = DATE_PATTERN.exec(text);
  if (!match) return null;
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isRealDate(parts) ? parts : null;
}

function dateParts(date: string): DateParts {
  const parts = readDate(date);
  if (!parts) throw new TimeParseError(date, 'YYYY-MM-DD');
  return parts;
}

/** 00:00:00 Shanghai on the given local date. */
export function startOfLocalDate(date: string): Date {
  return new Date(utcMillis(dateParts(date)) - SHANGHAI_OFFSET_MS);
}

export function addCalendarDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`天数必须是整数：${days}`);
  const shifted = new Date(utcMillis(dateParts(date)) + days * MS_PER_DAY);
  return `${pad(shifted.getUTCFullYear(), 4)}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
}

/** 0 Sunday … 6 Saturday. */
export function weekdayOf(date: string): number {
  return new Date(utcMillis(dateParts(date))).getUTCDay();
}
