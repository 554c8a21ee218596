import {
  TimeParseError,
  addCalendarDays,
  localDate,
  localTimeOfDayMillis,
  startOfLocalDate,
} from '../time.ts';
import type { WorkingCalendar } from './working-calendar.ts';
import { assertValidTimeLimit } from './time-limit.ts';
import type { TimeLimit } from './time-limit.ts';

/**
 * How working days are counted from the moment of receipt. Local hotline rules differ: most count
 * from the day after receipt (次日起算, as 民法典 第二百零一条 does for any period counted in days:
 * 开始的当日不计入), some count the day of receipt itself, and some treat work arriving after office
 * hours as received the next day.
 */
export interface CountingRule {
  /** nextDay: day 1 is the first working day after the day of receipt; sameDay: the day of receipt is day 1 if it is a working day. */
  start: 'nextDay' | 'sameDay';
  /** 'HH:mm': received at or after it counts as received the next calendar day; null for none. */
  cutoff: string | null;
}

export const DEFAULT_COUNTING_RULE: CountingRule = Object.freeze({ start: 'nextDay', cutoff: null });

const CUTOFF_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MS_PER_HOUR = 60 * 60 * 1000;
const MS_PER_MINUTE = 60 * 1000;
// A period in days ends at 24:00 of its last day (民法典 第二百零三条); stored to the second, 23:59:59.
const END_OF_DAY_MS = 24 * MS_PER_HOUR - 1000;

function cutoffMillis(cutoff: string): number {
  const match = CUTOFF_PATTERN.exec(cutoff);
  if (!match) throw new TimeParseError(cutoff, 'HH:mm 格式的截止时刻');
  return Number(match[1]) * MS_PER_HOUR + Number(match[2]) * MS_PER_MINUTE;
}

/** The local date on which counting considers the item received, after applying the cutoff. */
function receiptDate(from: Date, rule: CountingRule): string {
  const date = localDate(from);
  if (rule.cutoff !== null && localTimeOfDayMillis(from) >= cutoffMillis(rule.cutoff)) {
    return addCalendarDays(date, 1);
  }
  return date;
}

function nthWorkingDay(
  calendar: WorkingCalendar,
  received: string,
  n: number,
  start: CountingRule['start'],
): string {
  let day =
    start === 'sameDay' && calendar.isWorkingDay(received) ? received : calendar.nextWorkingDay(received);
  for (let counted = 1; counted < n; counted += 1) day = calendar.nextWorkingDay(day);
  return day;
}

/**
 * Hours: from + hours on the wall clock, holidays included, since the line answers 7×24 and the
 * counting rule does not apply. Working days: the end (23:59:59 Shanghai) of the Nth counted working day.
 */
export function computeDeadline(
  calendar: WorkingCalendar,
  from: Date,
  limit: TimeLimit,
  rule: CountingRule = DEFAULT_COUNTING_RULE,
): Date {
  const { amount, unit } = assertValidTimeLimit(limit);
  if (unit === 'hours') return new Date(from.getTime() + amount * MS_PER_HOUR);
  const lastDay = nthWorkingDay(calendar, receiptDate(from, rule), amount, rule.start);
  return new Date(startOfLocalDate(lastDay).getTime() + END_OF_DAY_MS);
}

/**
 * The same local time of day on the working day `days` working days before at's local date.
 * Used for the yellow card: a deadline turns yellow one working day before it falls due.
 */
export function subtractWorkingDays(calendar: WorkingCalendar, at: Date, days: number): Date {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`工作日数必须是非负整数：${days}`);
  let day = localDate(at);
  for (let counted = 0; counted < days; counted += 1) day = calendar.previousWorkingDay(day);
  return new Date(startOfLocalDate(day).getTime() + localTimeOfDayMillis(at));
}

export type DeadlineFlag = 'none' | 'yellow' | 'red';

/** red: past due; yellow: due within one working day (黄牌预警); none otherwise. */
export function deadlineFlag(calendar: WorkingCalendar, due: Date, now: Date): DeadlineFlag {
  if (now.getTime() > due.getTime()) return 'red';
  if (now.getTime() >= subtractWorkingDays(calendar, due, 1).getTime()) return 'yellow';
  return 'none';
}
