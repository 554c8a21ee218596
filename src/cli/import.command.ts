import type { Command } from 'commander';
import type { ImportKind, ImportOptions } from './import.action.ts';

const KIND_HELP: Record<ImportKind, string> = {
  tickets:
    'import tickets (工单编号, 受理时间, 办理方式 …) with their histories; re-importing skips stored 工单编号',
  calls: 'import calls (呼叫编号, 呼入时间, 应答时间, 挂机时间 …) and their day counts',
  kb: 'import knowledge-base updates (知识编号, 标题, 内容, 维护单位, 更新时间), one row per revision',
};

const ENCODING_HELP =
  "a CSV file's encoding: utf8 or gb18030 (gbk); detected when left out (not UTF-8 throughout → GB18030); XLSX ignores it";

export function registerImportCommand(program: Command): void {
  const importCommand = program
    .command('import')
    .description('import interchange files (CSV or XLSX, DESIGN §7)');
  importCommand
    .command('units')
    .description('import units: 单位编码, 单位名称, 上级单位编码, 单位类别; any invalid row imports nothing')
    .argument('<file>', 'CSV or XLSX file')
    .option('--db <file|url>', 'SQLite file or postgres:// URL')
    .option('--encoding <name>', ENCODING_HELP)
    .action(async (file: string, options: ImportOptions) =>
      (await import('./import.action.ts')).importUnits(file, options),
    );
  importCommand
    .command('categories')
    .description(
      'import the 诉求分类 code list: 分类编码, 分类名称, 上级分类编码 (别名, 状态); any invalid row imports nothing',
    )
    .argument('<file>', 'CSV or XLSX file')
    .option('--db <file|url>', 'SQLite file or postgres:// URL')
    .option('--encoding <name>', ENCODING_HELP)
    .action(async (file: string, options: ImportOptions) =>
      (await import('./import.action.ts')).importCategories(file, options),
    );
  for (const kind of ['tickets', 'calls', 'kb'] as const) {
    importCommand
      .command(kind)
      .description(`${KIND_HELP[kind]}; any invalid row imports nothing`)
      .argument('<file>', 'CSV or XLSX file')
      .option('--db <file|url>', 'SQLite file or postgres:// URL')
      .option('--encoding <name>', ENCODING_HELP)
      .action(async (file: string, options: ImportOptions) =>
        (await import('./import.action.ts')).importRecords(kind, file, options),
      );
  }
}
