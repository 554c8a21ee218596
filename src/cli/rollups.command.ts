import type { Command } from 'commander';
import type { RollupsRebuildOptions } from './rollups.action.ts';

export function registerRollupsCommand(program: Command): void {
  const rollups = program
    .command('rollups')
    .description('the evaluation rollups kept with the ticket events');
  rollups
    .command('rebuild')
    .description('recompute every rollup from the event log (after moving units in the tree, or to repair)')
    .option('--check', 'only compare the maintained rollups with a rebuild, and list the differences')
    .option('--db <file|url>', 'SQLite file or postgres:// URL')
    .action(async (options: RollupsRebuildOptions) =>
      (await import('./rollups.action.ts')).rebuildOrCheckRollups(options),
    );
}
