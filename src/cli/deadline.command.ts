import { Option, type Command } from 'commander';
import type { DeadlineOptions } from './deadline.action.ts';

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
    .action(async (options: DeadlineOptions) =>
      (await import('./deadline.action.ts')).printDeadline(options),
    );
}
