// The package's functions build their tables in the process's time zone and shift every date by
// one day west of UTC; the JSON it ships was generated once and is the same everywhere, so it is
// read instead (the README offers it for exactly this kind of use).
import chineseDaysData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import type { CalendarDay } from '../../domain/calendar/working-calendar.ts';
import { weekdayOf } from '../../domain/time.ts';

// chinese-days transcribes each year's State Council notice (国务院办公厅关于部分节假日安排的通知),
// 2004 to 2026 at version 1.5, including the extension of the 2020 Spring Festival (国办发明电〔2020〕1号).
// The notice for the next year appears each November: the calendar module keeps an editable table
// for years the package does not yet cover.

/** date → 'Spring Festival,春节,3': English name, Chinese name, days off in the period. */
interface BundledData {
  holidays: Readonly<Record<string, string>>;
  workdays: Readonly<Record<string, string>>;
}
const bundled: BundledData = chineseDaysData;

// The package shortens some names; the notices write them in full.
const NOTICE_NAMES: Readonly<Record<string, string>> = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' };

function chineseName(packageName: string): string {
  const parts = packageName.split(',');
  const name = (parts.length >= 3 ? parts[parts.length - 2] : packageName)?.trim() ?? packageName;
  return NOTICE_NAMES[name] ?? name;
}

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** True when the package holds the State Council arrangement for the year. */
export function hasBundledYear(year: number): boolean {
  return Object.keys(bundled.holidays).some((date) => yearOf(date) === year);
}

/**
 * The days of fromYear..toYear that differ from the ordinary Monday–Friday week, sorted by date:
 * weekday rest days as 'holiday', weekend make-up working days (调休上班) as 'workday'. Weekend
 * days inside a holiday period are included as 'holiday' too, so that a calendar can name them
 * (2023-01-22 is 春节, not just a Sunday); they are rest days either way. Years the package does
 * not cover contribute nothing: check them with hasBundledYear.
 */
export function bundledCalendarDays(fromYear = 2020, toYear = 2026): CalendarDay[] {
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear) || fromYear > toYear) {
    throw new RangeError(`年份范围无效：${fromYear}–${toYear}`);
  }
  const inRange = (date: string): boolean => yearOf(date) >= fromYear && yearOf(date) <= toYear;
  const byDate = new Map<string, CalendarDay>();
  for (const [date, name] of Object.entries(bundled.holidays)) {
    if (inRange(date)) byDate.set(date, { date, kind: 'holiday', name: chineseName(name) });
  }
  // A make-up working day wins over a holiday entry for the same date, as in the package's own isWorkday.
  for (const [date, name] of Object.entries(bundled.workdays)) {
    const weekday = weekdayOf(date);
    if (inRange(date) && (weekday === 0 || weekday === 6)) {
      byDate.set(date, { date, kind: 'workday', name: chineseName(name) });
    }
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
