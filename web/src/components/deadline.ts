import type { WorkingCalendar } from '../../../src/domain/calendar/working-calendar.ts';
import { addCalendarDays, localDate } from '../../../src/domain/time.ts';

export interface TimeLeft {
  overdue: boolean;
  /** Whole working days between today and the due date (today not counted) */
  workingDays: number;
  /** Wall-clock minutes to (or past) the deadline */
  minutes: number;
}

/**
 * What is left before a deadline, counted the way deadlines are set (src/domain/calendar): whole working days
 * between today and the due day, so that a weekend or a holiday in between does not look like time to spare;
 * and the wall-clock time, which is what matters in the last day and for 特急 limits in hours.
 */
export function timeLeft(calendar: WorkingCalendar, due: Date, now: Date): TimeLeft {
  const overdue = now.getTime() > due.getTime();
  const minutes = Math.round(Math.abs(due.getTime() - now.getTime()) / 60_000);
  const [from, to] = overdue ? [localDate(due), localDate(now)] : [localDate(now), localDate(due)];
  let workingDays = 0;
  // Bounded: deadlines are days or weeks away; a year is the most worth counting.
  for (
    let day = addCalendarDays(from, 1), i = 0;
    day <= to && i < 366;
    day = addCalendarDays(day, 1), i += 1
  ) {
    if (calendar.isWorkingDay(day)) workingDays += 1;
  }
  return { overdue, workingDays, minutes };
}

/** '3 个工作日', '5 小时 20 分', '12 分钟' (zh) or '3 working days', '5 h 20 min' (en). */
export function describeTimeLeft(left: TimeLeft, lang: 'zh-CN' | 'en'): string {
  const hours = Math.floor(left.minutes / 60);
  const minutes = left.minutes % 60;
  const span =
    left.workingDays >= 1 && left.minutes >= 24 * 60
      ? lang === 'en'
        ? `${left.workingDays} working day${left.workingDays > 1 ? 's' : ''}`
        : `${left.workingDays} 个工作日`
      : hours === 0
        ? lang === 'en'
          ? `${minutes} min`
          : `${minutes} 分钟`
        : lang === 'en'
          ? `${hours} h ${minutes} min`
          : `${hours} 小时 ${minutes} 分`;
  if (left.overdue) return lang === 'en' ? `overdue by ${span}` : `已超时 ${span}`;
  return lang === 'en' ? `${span} left` : `剩 ${span}`;
}
