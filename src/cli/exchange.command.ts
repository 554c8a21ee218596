import type { Command } from 'commander';
import type { UpperExportOptions, UpperImportOptions } from './exchange.action.ts';

/** 上级交办: the file exchange with a higher platform, as the /lines screen and /api/exchange/upper do it. */
export function registerExchangeCommand(program: Command): void {
  const exchange = program
    .command('exchange')
    .description('exchange tickets with a higher platform (上级交办 in, 办理结果 back; docs/lines.md)');
  exchange
    .command('upper-import')
    .description(
      'import a higher platform’s tickets file (DESIGN §7 columns plus 上级工单编号); rows already imported are skipped, any invalid row imports nothing',
    )
    .argument('<file>', 'CSV or XLSX file')
    .option('--db <file|url>', 'SQLite file or postgres:// URL')
    .option('--encoding <name>', "a CSV file's encoding: utf8 or gb18030 (gbk); detected when left out")
    .action(async (file: string, options: UpperImportOptions) =>
      (await import('./exchange.action.ts')).importUpper(file, options),
    );
  exchange
    .command('upper-export')
    .description('write the tickets received from the higher platform in a period, with their 办理结果')
    .requiredOption('--from <YYYY-MM-DD>', 'first day of receipt')
    .requiredOption('--to <YYYY-MM-DD>', 'last day of receipt (inclusive)')
    .requiredOption('--out <file>', 'the file to write; .csv writes CSV, anything else XLSX')
    .option('--db <file|url>', 'SQLite file or postgres:// URL')
    .action(async (options: UpperExportOptions) =>
      (await import('./exchange.action.ts')).exportUpper(options),
    );
}
