import type { Command } from 'commander';
import { compareRollups, rebuildRollups } from '../modules/evaluation/index.ts';
import { openDatabase } from './open-database.ts';

export function registerRollupsCommand(program: Command): void {
  const rollups = program
    .command('rollups')
    .description('the evaluation rollups kept with the ticket events');
  rollups
    .command('rebuild')
    .description('recompute every rollup from the event log (after moving units in the tree, or to repair)')
    .option('--check', 'only compare the maintained rollups with a rebuild, and list the differences')
    .option('--db <file|url>', 'SQLite file or postgres:// URL')
    .action(async (options: { check?: boolean; db?: string }) => {
      const opened = await openDatabase(options);
      try {
        const directory = await opened.services.units.directory();
        if (options.check) {
          const differences = await compareRollups(opened.handle.db, directory);
          if (differences.length === 0) console.log('汇总数据与事件记录一致。');
          else {
            console.log(`汇总数据与事件记录有 ${differences.length} 处不一致：`);
            for (const line of differences.slice(0, 50)) console.log(`  ${line}`);
            process.exitCode = 3;
          }
          return;
        }
        const started = Date.now();
        const result = await rebuildRollups(opened.handle.db, directory);
        console.log(
          `已由 ${result.tickets} 张工单的事件重建 ${result.rows} 行汇总数据，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`,
        );
      } finally {
        await opened.close();
      }
    });
}
