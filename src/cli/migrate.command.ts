import type { Command } from 'commander';
import type { MigrateOptions } from './migrate.action.ts';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('apply database migrations and load the bundled calendar and deadline policies')
    .option('--db <file|url>', 'SQLite file or postgres:// URL (default: DATABASE_URL or ./data/hotline.db)')
    .action(async (options: MigrateOptions) => (await import('./migrate.action.ts')).migrate(options));
}
