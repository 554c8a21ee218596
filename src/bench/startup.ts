// How fast the `hotline` command and the server start (issue: the command starts fast). Each figure is the
// median of N runs (default 5) of the real `bin/hotline.mjs` in a child process, as a user starts it:
//   1. `hotline --version`,
//   2. `hotline deadline … --limit 5wd` on the bundled calendar (no database),
//   3. `hotline serve` on a fresh SQLite file: spawn to the first answered `GET /api/health`.
// Twice, run for run in turn: as the launcher chooses (the bundle dist/cli/ when up to date), and forced onto the
// TypeScript sources through tsx (HOTLINE_FROM_SOURCE=1). Every run reports which one it took
// (HOTLINE_LAUNCH_REPORT=1), so a stale bundle shows instead of passing for a slow one.
// Prints the figures; asserts nothing.
//   node --import tsx src/bench/startup.ts [--runs 5]
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PORT = 3991;
const DEADLINE_ARGS = ['deadline', '--from', '2024-09-13 10:00', '--limit', '5wd'];

interface Mode {
  name: string;
  env: NodeJS.ProcessEnv;
}

// The children are configured through their environment; this passes it on with the launcher's switches.
// eslint-disable-next-line no-restricted-syntax
const inherited = process.env;
const MODES: Mode[] = [
  { name: 'bundle', env: { ...inherited, HOTLINE_LAUNCH_REPORT: '1' } },
  { name: 'tsx', env: { ...inherited, HOTLINE_LAUNCH_REPORT: '1', HOTLINE_FROM_SOURCE: '1' } },
];

interface Run {
  ms: number;
  /** The launcher's own line: 'hotline: launch bundle' or 'hotline: launch tsx (why)'. */
  launch: string;
}

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function launchLine(stderr: string): string {
  return stderr.split('\n').find((line) => line.startsWith('hotline: launch')) ?? 'hotline: launch ?';
}

function timeCommand(mode: Mode, args: string[]): Run {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['bin/hotline.mjs', ...args], {
    cwd: ROOT,
    env: mode.env,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`hotline ${args.join(' ')} exited ${result.status}`);
  return { ms, launch: launchLine(result.stderr) };
}

async function timeServe(mode: Mode): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'hotline-start-'));
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['bin/hotline.mjs', 'serve', '--db', join(dir, 'hotline.db'), '--port', String(PORT)],
    { cwd: ROOT, env: mode.env, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  try {
    for (;;) {
      try {
        const response = await fetch(`http://127.0.0.1:${PORT}/api/health`);
        if (response.ok) return { ms: performance.now() - started, launch: launchLine(stderr) };
      } catch {
        // not listening yet
      }
      if (child.exitCode !== null) throw new Error(`hotline serve exited ${child.exitCode}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dir, { recursive: true, force: true });
  }
}

const runs = Number(option('runs', '5'));
const CASES = [
  { label: 'hotline --version         ', time: (mode: Mode) => timeCommand(mode, ['--version']) },
  { label: 'hotline deadline … 5wd    ', time: (mode: Mode) => timeCommand(mode, DEADLINE_ARGS) },
  { label: 'hotline serve → 首个请求   ', time: timeServe },
];
// results[case][mode]: the runs of one case in one mode.
const results = CASES.map(() => MODES.map((): Run[] => []));
for (let run = 0; run < runs; run += 1) {
  for (const [c, testCase] of CASES.entries()) {
    for (const [m, mode] of MODES.entries()) results[c]![m]!.push(await testCase.time(mode));
  }
}

const medianMs = (c: number, m: number) => median(results[c]![m]!.map((r) => r.ms));
console.log(`启动耗时（${runs} 次取中位数，毫秒）`);
console.log(
  `                              ${MODES.map((mode) => mode.name.padStart(9)).join('')}   tsx/bundle`,
);
for (const [c, testCase] of CASES.entries()) {
  const figures = MODES.map((_, m) => medianMs(c, m).toFixed(0).padStart(9)).join('');
  console.log(`  ${testCase.label}  ${figures}   ${(medianMs(c, 1) / medianMs(c, 0)).toFixed(1)}×`);
}
for (const [m, mode] of MODES.entries()) {
  const launches = new Map<string, number>();
  for (const caseRuns of results) {
    for (const { launch } of caseRuns[m]!) launches.set(launch, (launches.get(launch) ?? 0) + 1);
  }
  const shown = [...launches].map(([line, count]) => `${line.replace('hotline: launch ', '')} ×${count}`);
  console.log(`  ${mode.name.padEnd(9)} 实际启动方式：${shown.join('；')}`);
}
if (results.some((caseRuns) => caseRuns[0]!.some(({ launch }) => !launch.endsWith('bundle')))) {
  console.log('  注意：bundle 一栏有未用 dist/cli 的运行（未构建或源码已改）；先运行 npm run build:cli');
}
