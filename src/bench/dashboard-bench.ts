// `npm run bench:dashboard [-- --tickets N] [--runs R]`: times the dashboard on the year of tickets the bulletin
// bench generates (`/tmp/hotline-bench-bulletin-N.db`, made by `npm run bench:bulletin -- --tickets N` when it
// is missing): the whole dashboard for a year, a quarter and a month, at the centre and for a district, then the
// channel mix and a drill-down, whose total it checks against the figure.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { createServices } from '../app/services.ts';
import { connectDatabase } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrate.ts';
import type { Actor } from '../domain/access/actor.ts';
import { parseLocalTime } from '../domain/time.ts';
import { systemClock } from '../shared/clock.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1]! : fallback;
};
const TICKETS = Number(option('tickets', '10000000'));
const RUNS = Number(option('runs', '20'));
const FILE = option('db', `/tmp/hotline-bench-bulletin-${TICKETS}.db`);

if (!existsSync(FILE)) {
  console.error(`${FILE} 不存在：先用通报压测生成一年的工单`);
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      fileURLToPath(new URL('./bulletin-bench.ts', import.meta.url)),
      '--tickets',
      String(TICKETS),
      '--db',
      FILE,
    ],
    { stdio: 'inherit' },
  );
}

const handle = connectDatabase(FILE);
const started = performance.now();
await migrateToLatest(handle);
console.log(`迁移（含看板索引）${(performance.now() - started).toFixed(0)} ms`);
const services = createServices({ db: handle.db, clock: systemClock });
const directory = await services.units.directory();
const root = directory.root()!;
const district = directory.all().find((unit) => unit.kind === 'district')!;
const leader: Actor = {
  userId: null,
  username: 'bench',
  displayName: '压测',
  role: 'leader',
  unitCode: root.code,
};
const asOf = parseLocalTime('2024-01-31 23:59:59');

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function time(label: string, runs: number, run: () => Promise<string>) {
  await run(); // warm the caches (unit directory, scheme, SQLite pages)
  const times: number[] = [];
  let note = '';
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    note = await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(30)} p50 ${percentile(times, 50).toFixed(0).padStart(5)} ms  p95 ${percentile(times, 95)
      .toFixed(0)
      .padStart(5)} ms  最大 ${times[times.length - 1]!.toFixed(0).padStart(5)} ms  (${runs} 次) ${note}`,
  );
}

console.log(`${TICKETS.toLocaleString()} 张工单（${FILE}），中心 ${root.name}，县区 ${district.name}`);
const scenarios = [
  ['一年 全市 按月', root.code, '2023-01-01', '2023-12-31', 'month'],
  ['一年 县区 按月', district.code, '2023-01-01', '2023-12-31', 'month'],
  ['一年 全市 按周', root.code, '2023-01-01', '2023-12-31', 'week'],
  ['一个季度 全市 按周', root.code, '2023-04-01', '2023-06-30', 'week'],
  ['一个月 全市 按日', root.code, '2023-03-01', '2023-03-31', 'day'],
  ['一个月 县区 按日', district.code, '2023-03-01', '2023-03-31', 'day'],
] as const;
for (const [label, unit, from, to, granularity] of scenarios) {
  await time(`看板 ${label}`, RUNS, async () => {
    const view = await services.dashboard.overview(leader, { from, to, unit, asOf, granularity });
    const kpi = view.kpis.find((k) => k.key === 'received' || k.key === 'assigned')!;
    return `${kpi.label} ${kpi.value?.toLocaleString()}`;
  });
}

// The channel mix reads the 来源渠道 rollups (migration 0015), a few rows per day.
await time('来源渠道 一个月 全市', RUNS, async () => {
  const mix = await services.dashboard.channels(leader, { from: '2023-03-01', to: '2023-03-31', asOf });
  return `合计 ${mix.total.toLocaleString()}`;
});
await time('来源渠道 一年 全市', RUNS, async () => {
  const mix = await services.dashboard.channels(leader, { from: '2023-01-01', to: '2023-12-31', asOf });
  return `合计 ${mix.total.toLocaleString()}`;
});
await time('来源渠道 一年 县区', RUNS, async () => {
  const mix = await services.dashboard.channels(leader, {
    from: '2023-01-01',
    to: '2023-12-31',
    asOf,
    unit: district.code,
  });
  return `合计 ${mix.total.toLocaleString()}`;
});

// A drill-down reads its candidates one by one: a week of a district's 不满意, checked against the figure.
const week = { from: '2023-03-06', to: '2023-03-12', asOf, unit: district.code };
const view = await services.dashboard.overview(leader, { ...week, granularity: 'day' });
const figure = view.kpis.find((k) => k.key === 'satisfaction')!.parts!.find((p) => p.key === 'dissatisfied')!;
await time('下钻 一周 县区 不满意', 3, async () => {
  const page = await services.dashboard.drill(leader, {
    ...week,
    counters: ['dissatisfied'],
    indicator: 'satisfaction',
    page: 1,
    pageSize: 20,
  });
  if (page.total !== figure.count) throw new Error(`下钻合计 ${page.total} ≠ 看板 ${figure.count}`);
  return `合计 ${page.total}（= 看板 ${figure.count}）`;
});
await handle.close();
