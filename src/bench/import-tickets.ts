// Benchmark of the tickets import (DESIGN §7): a realistic file of N rows (default 100,000) imported into a
// fresh SQLite database through the service the `hotline import tickets` command uses.
//   node --import tsx src/bench/import-tickets.ts [--rows 100000] [--keep]
// The file is written by a separate process, so the peak RSS printed is the import's own.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../cli/open-database.ts';
import { compareRollups } from '../modules/evaluation/index.ts';
import { systemActor } from '../domain/access/actor.ts';
import { BENCH_UNITS } from '../../scripts/make-ticket-file.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

async function main(): Promise<void> {
  const rows = Number(option('rows', '100000'));
  const keep = process.argv.includes('--keep');
  const dir = mkdtempSync(join(tmpdir(), 'hotline-import-bench-'));
  const csv = join(dir, 'tickets.csv');
  const dbFile = join(dir, 'bench.db');
  try {
    let started = performance.now();
    execFileSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/make-ticket-file.ts', '--rows', String(rows), '--out', csv],
      { cwd: ROOT, stdio: 'ignore' },
    );
    const megabytes = (statSync(csv).size / 1024 / 1024).toFixed(1);
    console.log(`文件：${rows} 行，${megabytes} MB（生成 ${seconds(started)} 秒）`);

    const opened = await openDatabase({ db: dbFile });
    try {
      const { services, handle } = opened;
      await services.units.applyUnits(handle.db, BENCH_UNITS);
      services.units.invalidate();

      started = performance.now();
      const result = await services.imports.importTickets(systemActor('B'), { path: csv }, 'tickets.csv');
      const elapsed = (performance.now() - started) / 1000;
      const peakMb = process.resourceUsage().maxRSS / 1024;
      console.log(`导入：新增 ${result.imported}，跳过 ${result.skipped}`);
      console.log(`rows/s      ${(rows / elapsed).toFixed(0)}`);
      console.log(`seconds     ${elapsed.toFixed(1)}`);
      console.log(`peak RSS    ${peakMb.toFixed(0)} MB`);

      started = performance.now();
      const again = await services.imports.importTickets(systemActor('B'), { path: csv }, 'tickets.csv');
      console.log(`再次导入：新增 ${again.imported}，跳过 ${again.skipped}（${seconds(started)} 秒）`);
      const differences = await compareRollups(handle.db, await services.units.directory());
      console.log(
        `汇总表与事件重算一致：${differences.length === 0 ? '是' : `否（${differences.length} 处不同）`}`,
      );
    } finally {
      await opened.close();
    }
  } finally {
    if (keep) console.log(`保留：${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}

await main();
