import type { Command } from 'commander';
import { DEFAULT_DEMO } from '../demo/defaults.ts';
import type { DemoOptions } from './demo.action.ts';

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('load the demo city (盘锦市 units, accounts and simulated tickets) into an empty database')
    .option('--db <file|url>', 'SQLite file or postgres:// URL (default: DATABASE_URL or ./data/hotline.db)')
    .option('--from <date>', 'first day', DEFAULT_DEMO.from)
    .option('--to <date>', 'last day', DEFAULT_DEMO.to)
    .option('--per-day <n>', 'average tickets a day', String(DEFAULT_DEMO.perDay))
    .option('--seed <text>', 'random seed (same seed, same city)', DEFAULT_DEMO.seed)
    .action(async (options: DemoOptions) => (await import('./demo.action.ts')).loadDemo(options));
}
