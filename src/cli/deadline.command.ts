import { Option, type Command } from 'commander';
import { existsSync } from 'node:fs';
import { computeDeadline, type CountingRule } from '../domain/calendar/deadline.ts';
import { describeTimeLimit, parseTimeLimit } from '../domain/calendar/time-limit.ts';
import { createWorkingCalendar } from '../domain/calendar/working-calendar.ts';
import { formatLocalTime, parseLocalTime, weekdayOf, localDate } from '../domain/time.ts';
import { bundledCalendarDays } from '../modules/calendar/index.ts';
import { DEFAULT_SQLITE_FILE } from '../config.ts';
import { openDatabase } from './open-database.ts';

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

export function registerDeadlineCommand(program: Command): void {
  program
    .command('deadline')
    .description(
      'print the deadline for a time limit under the working-day calendar (check it against the State Council notices)',
    )
    .requiredOption('--from <time>', "receipt time, 'YYYY-MM-DD HH:mm[:ss]' (Asia/Shanghai)")
    .requiredOption('--limit <limit>', "'5wd' (working days) or '24h' (wall-clock hours)")
    .addOption(
      new Option('--start <rule>', 'day 1 is the day after receipt, or the day of receipt')
        .choices(['nextDay', 'sameDay'])
        .default('nextDay'),
    )
    .option('--cutoff <HH:mm>', 'appeals received at or after this time count from the next day')
    .option(
      '--db <file|url>',
      'use the calendar stored in this database (default: the bundled calendar, or ./data/hotline.db if it exists)',
    )
    .action(
      async (options: {
        from: string;
        limit: string;
        start: CountingRule['start'];
        cutoff?: string;
        db?: string;
      }) => {
        const from = parseLocalTime(options.from);
        const limit = parseTimeLimit(options.limit);
        const rule: CountingRule = { start: options.start, cutoff: options.cutoff ?? null };
        let due: Date;
        if (options.db || existsSync(DEFAULT_SQLITE_FILE)) {
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
      },
    );
}
