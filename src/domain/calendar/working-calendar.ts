import { AppError } from '../../shared/errors.ts';
import { addCalendarDays, weekdayOf } from '../time.ts';

/**
 * Days that differ from the ordinary Monday–Friday week, as set each year by the State Council's
 * holiday notice (国务院办公厅关于部分节假日安排的通知):
 * - holiday: a rest day (放假). On a weekday it removes a working day; on a weekend it only names the day.
 * - workday: a weekend day worked to make up for a holiday (调休上班).
 */
export type CalendarDayKind = 'holiday' | 'workday';

export interface CalendarDay {
  date: string;
  kind: CalendarDayKind;
  /** The holiday's name in the notice, e.g. 春节, 国庆节. */
  name: string;
}

export interface CalendarDayInfo {
  date: string;
  working: boolean;
  kind: CalendarDayKind | 'weekday' | 'weekend';
  name: string | null;
}

export interface WorkingCalendar {
  /** Monday–Friday unless a 'holiday'; Saturday and Sunday only when a 'workday'. */
  isWorkingDay(date: string): boolean;
  /** The first working day strictly after date. */
  nextWorkingDay(date: string): string;
  /** The last working day strictly before date. */
  previousWorkingDay(date: string): string;
  dayInfo(date: string): CalendarDayInfo;
}

export class CalendarDataError extends AppError {
  constructor(readonly date: string) {
    super('CALENDAR_DAY_DUPLICATE', `节假日安排中 ${date} 出现了不止一次`, { date });
    this.name = 'CalendarDataError';
  }
}

function isWeekend(date: string): boolean {
  const weekday = weekdayOf(date);
  return weekday === 0 || weekday === 6;
}

/**
 * A calendar over the given special days. Each date may appear once: merging a bundled table with
 * local corrections is the caller's decision, and a silent "last one wins" would hide typing errors.
 * Dates outside the list follow the ordinary week, so a year missing from the data counts every
 * Monday–Friday as working.
 */
export function createWorkingCalendar(days: readonly CalendarDay[]): WorkingCalendar {
  const special = new Map<string, CalendarDay>();
  for (const day of days) {
    weekdayOf(day.date); // rejects a malformed date with TimeParseError
    if (special.has(day.date)) throw new CalendarDataError(day.date);
    special.set(day.date, { ...day });
  }

  function isWorkingDay(date: string): boolean {
    const kind = special.get(date)?.kind;
    if (kind === 'holiday') return false;
    if (kind === 'workday') return true;
    return !isWeekend(date);
  }

  // Terminates: the list is finite, so an ordinary Monday–Friday is always reached.
  function stepToWorkingDay(date: string, step: 1 | -1): string {
    let candidate = addCalendarDays(date, step);
    while (!isWorkingDay(candidate)) candidate = addCalendarDays(candidate, step);
    return candidate;
  }

  return {
    isWorkingDay,
    nextWorkingDay: (date) => stepToWorkingDay(date, 1),
    previousWorkingDay: (date) => stepToWorkingDay(date, -1),
    dayInfo(date) {
      const day = special.get(date);
      const working = isWorkingDay(date);
      if (day) return { date, working, kind: day.kind, name: day.name };
      return { date, working, kind: working ? 'weekday' : 'weekend', name: null };
    },
  };
}
