import type { Command } from 'commander';
import { openDatabase } from './open-database.ts';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('apply database migrations and load the bundled calendar and deadline policies')
    .option('--db <file|url>', 'SQLite file or postgres:// URL (default: DATABASE_URL or ./data/hotline.db)')
    .action(async (options: { db?: string }) => {
      const opened = await openDatabase(options);
      console.log(`数据库已是最新结构：${opened.handle.description}`);
      await opened.close();
    });
}
