import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { openDatabase } from './open-database.ts';

export function registerImportCommand(program: Command): void {
  const importCommand = program
    .command('import')
    .description('import interchange files (CSV or XLSX, DESIGN §7)');
  importCommand
    .command('units')
    .description('import units: 单位编码, 单位名称, 上级单位编码, 单位类别; any invalid row imports nothing')
    .argument('<file>', 'CSV or XLSX file')
    .option('--db <file|url>', 'SQLite file or postgres:// URL')
    .action(async (file: string, options: { db?: string }) => {
      const opened = await openDatabase(options);
      try {
        const result = await opened.services.units.importUnits(readFileSync(file), basename(file));
        console.log(`导入完成：新增 ${result.created}，更新 ${result.updated}，未变 ${result.unchanged}`);
      } finally {
        await opened.close();
      }
    });
}
