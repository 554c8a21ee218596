// Benchmark of the agent desk's lookups (possible duplicates, the caller's tickets, suggested units) over an
// imported history of N tickets (default 200,000) in a fresh SQLite database, or in the PostgreSQL database
// named by --db (it should be empty: the tickets are imported into it).
//   node --import tsx src/bench/intake-assist-bench.ts [--rows 200000] [--probes 300] [--db postgres://…]
// Each probe is a real ticket's category, district, address and number, asked as the desk asks while typing.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { openDatabase } from '../cli/open-database.ts';
import { systemActor } from '../domain/access/actor.ts';
import { createIntakeAssistService } from '../modules/tickets/index.ts';
import { createManualClock } from '../shared/clock.ts';
import { BENCH_UNITS } from '../../scripts/make-ticket-file.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

async function main(): Promise<void> {
  const rows = Number(option('rows', '200000'));
  const probes = Number(option('probes', '300'));
  const dir = mkdtempSync(join(tmpdir(), 'hotline-intake-assist-bench-'));
  const csv = join(dir, 'tickets.csv');
  try {
    execFileSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/make-ticket-file.ts', '--rows', String(rows), '--out', csv],
      { cwd: ROOT, stdio: 'ignore' },
    );
    const opened = await openDatabase({ db: option('db', join(dir, 'bench.db')) });
    try {
      const { services, handle } = opened;
      await services.units.applyUnits(handle.db, BENCH_UNITS);
      services.units.invalidate();
      const started = performance.now();
      await services.imports.importTickets(systemActor('B'), { path: csv }, 'tickets.csv');
      console.log(`导入 ${rows} 张工单：${((performance.now() - started) / 1000).toFixed(1)} 秒`);

      const latest = await handle.db
        .selectFrom('tickets')
        .select((eb) => eb.fn.max('received_at').as('at'))
        .executeTakeFirstOrThrow();
      const clock = createManualClock(new Date(String(latest.at)));
      const assist = createIntakeAssistService({ db: handle.db, clock, units: services.units });
      const agent = { ...systemActor('B'), role: 'agent' as const };
      const samples = await handle.db
        .selectFrom('tickets')
        .select(['category_code', 'district_code', 'address', 'caller_phone'])
        .where('category_code', 'is not', null)
        .where('district_code', 'is not', null)
        .where('caller_phone', 'is not', null)
        .orderBy(sql`(id * 7919) % 10007`)
        .limit(probes)
        .execute();

      const timings: Record<string, number[]> = { 疑似重复件: [], 来电人历史: [], 建议承办单位: [] };
      for (const sample of samples) {
        const query = {
          categoryCode: sample.category_code!,
          district: sample.district_code!,
          address: sample.address ?? undefined,
          phone: sample.caller_phone!,
        };
        await time(timings.疑似重复件!, () => assist.possibleDuplicates(agent, query));
        await time(timings.来电人历史!, () => assist.callerTickets(agent, sample.caller_phone!, 10));
        await time(timings.建议承办单位!, () => assist.suggestedUnits(agent, query));
      }
      console.log(`每项 ${samples.length} 次查询（毫秒）：`);
      for (const [name, values] of Object.entries(timings)) {
        values.sort((a, b) => a - b);
        const at = (q: number) => values[Math.min(values.length - 1, Math.floor(q * values.length))]!;
        console.log(
          `${name.padEnd(8, '　')} p50 ${at(0.5).toFixed(2)}  p95 ${at(0.95).toFixed(2)}  max ${at(1).toFixed(2)}`,
        );
      }
    } finally {
      await opened.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function time(into: number[], work: () => Promise<unknown>): Promise<void> {
  const started = performance.now();
  await work();
  into.push(performance.now() - started);
}

await main();
