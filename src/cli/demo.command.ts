import type { Command } from 'commander';
import { DEFAULT_DEMO, loadDemoCity } from '../demo/index.ts';
import { openDatabase } from './open-database.ts';

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('load the demo city (盘锦市 units, accounts and simulated tickets) into an empty database')
    .option('--db <file|url>', 'SQLite file or postgres:// URL (default: DATABASE_URL or ./data/hotline.db)')
    .option('--from <date>', 'first day', DEFAULT_DEMO.from)
    .option('--to <date>', 'last day', DEFAULT_DEMO.to)
    .option('--per-day <n>', 'average tickets a day', String(DEFAULT_DEMO.perDay))
    .option('--seed <text>', 'random seed (same seed, same city)', DEFAULT_DEMO.seed)
    .action(async (options: { db?: string; from: string; to: string; perDay: string; seed: string }) => {
      const opened = await openDatabase(options);
      try {
        const result = await loadDemoCity(opened.handle.db, {
          from: options.from,
          to: options.to,
          perDay: Number(options.perDay),
          seed: options.seed,
          onProgress: (line) => process.stdout.write(line),
        });
        if (!result) console.log('数据库中已有组织机构，未载入演示数据。');
        else
          console.log(
            `已载入 ${result.tickets} 张工单、${result.commands} 次操作，用时 ${result.seconds.toFixed(1)} 秒`,
          );
      } finally {
        await opened.close();
      }
    });
}
