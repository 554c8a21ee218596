import { existsSync } from 'node:fs';
import { computeDeadline, type CountingRule } from '../domain/calendar/deadline.ts';
import { describeTimeLimit, parseTimeLimit } from '../domain/calendar/time-limit.ts';
import { createWorkingCalendar } from '../domain/calendar/working-calendar.ts';
import { formatLocalTime, parseLocalTime, weekdayOf, localDate } from '../domain/time.ts';
import { bundledCalendarDays } from '../modules/calendar/index.ts';
import { DEFAULT_SQLITE_FILE } from '../config.ts';

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

export interface DeadlineOptions {
  from: string;
  limit: string;
  start: CountingRule['start'];
  cutoff?: string;
  db?: string;
}

export async function printDeadline(options: DeadlineOptions): Promise<void> {
  const from = parseLocalTime(options.from);
  const limit = parseTimeLimit(options.limit);
  const rule: CountingRule = { start: options.start, cutoff: options.cutoff ?? null };
  let due: Date;
  if (options.db || existsSync(DEFAULT_SQLITE_FILE)) {
    // Only now the database code: without a database the look-up loads the calendar and nothing else.
    const { openDatabase } = await import('./open-database.ts');
    const opened = await openDatabase(options);
    try {
      due = computeDeadline((await opened.services.calendar.rules()).calendar, from, limit, rule);
    } finally {
      await opened.close();
    }
  } else {
    due = computeDeadline(createWorkingCalendar(bundledCalendarDays()), from, limit, rule);
  }
  const weekday = WEEKDAYS[weekdayOf(localDate(due))];
  console.log(`${formatLocalTime(due)} (星期${weekday})`);
  console.error(
    `受理 ${formatLocalTime(from)}，时限 ${describeTimeLimit(limit)}，${rule.start === 'nextDay' ? '次日起算' : '当日起算'}${rule.cutoff ? `，${rule.cutoff} 后顺延` : ''}`,
  );
}
