import { compareRollups, rebuildRollups } from '../modules/evaluation/index.ts';
import { openDatabase } from './open-database.ts';

export interface RollupsRebuildOptions {
  check?: boolean;
  db?: string;
}

export async function rebuildOrCheckRollups(options: RollupsRebuildOptions): Promise<void> {
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
}
