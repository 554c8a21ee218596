import { Option, type Command } from 'commander';
import type { BulletinOptions } from './bulletin.action.ts';

export function registerBulletinCommand(program: Command): void {
  program
    .command('bulletin')
    .description(
      'the bulletin (通报) for a period: headline, peer-group tables and charts, 十佳/较差, highlights',
    )
    .requiredOption('--from <date>', 'first day of registration, YYYY-MM-DD')
    .requiredOption('--to <date>', 'last day of registration, YYYY-MM-DD')
    .option('--as-of <time>', "figures as of this moment, 'YYYY-MM-DD HH:mm:ss' (default: now)")
    .option(
      '--scheme <name|file>',
      'scoring scheme: a preset id (panjin-2023, beijing-style) or a JSON file',
      'panjin-2023',
    )
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['json', 'html', 'docx', 'xlsx', 'pdf'])
        .default('json'),
    )
    .option(
      '--out <file>',
      'write to this file (default: standard output for json and html, bulletin-FROM_TO.EXT otherwise)',
    )
    .option('--highlight <number...>', '工单编号 of notable tickets to quote')
    .option('--published-on <date>', 'publication date printed on the bulletin (default: today)')
    .option('--db <file|url>', 'SQLite file or postgres:// URL')
    .action(async (options: BulletinOptions) =>
      (await import('./bulletin.action.ts')).writeBulletin(options),
    );
}
