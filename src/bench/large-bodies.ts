// Memory of the server under large request bodies (security review, finding 11): the real `hotline serve` in
// a child process, its peak resident memory read from /proc (VmHWM), while
//   1. 8 clients at once post 45 MB bodies to /api/auth/login without a session, and
//   2. an administrator uploads a tickets file of N rows (default 100,000) to /api/imports/tickets,
// each phase against a freshly started server. Prints the figures; asserts nothing.
//   node --import tsx src/bench/large-bodies.ts [--rows 100000]
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { BENCH_UNITS } from '../../scripts/make-ticket-file.ts';
import { openDatabase } from '../cli/open-database.ts';
import { systemActor } from '../domain/access/actor.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BODY_MB = 45;
const CLIENTS = 8;
const PORT = 3990;
const BASE = `http://127.0.0.1:${PORT}`;

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const ADMIN = { username: 'bench-admin', password: 'Kq7-upload-measure' };

/** The units the generated file dispatches to, and an administrator to upload it. */
async function prepareDatabase(db: string): Promise<void> {
  const opened = await openDatabase({ db });
  try {
    const { services, handle } = opened;
    await services.units.applyUnits(handle.db, BENCH_UNITS);
    services.units.invalidate();
    await services.users.createUser(systemActor('B'), {
      ...ADMIN,
      displayName: '基准测试管理员',
      role: 'admin',
      unitCode: 'B',
    });
  } finally {
    await opened.close();
  }
}

function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

async function startServer(db: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['bin/hotline.mjs', 'serve', '--db', db, '--port', String(PORT)], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  for (let tries = 0; tries < 200; tries += 1) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('server did not start');
}

async function stop(child: ChildProcess): Promise<void> {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
}

/** The slowest /api/health answer while `work` runs: whether the server stayed responsive. */
async function slowestHealth(work: Promise<unknown>): Promise<number> {
  let done = false;
  let slowest = 0;
  void work.finally(() => (done = true));
  while (!done) {
    const started = performance.now();
    try {
      await fetch(`${BASE}/api/health`, { signal: AbortSignal.timeout(30_000) });
    } catch {
      // a timeout counts as its full wait
    }
    slowest = Math.max(slowest, performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await work;
  return slowest;
}

async function largeLogins(db: string): Promise<void> {
  const server = await startServer(db);
  const before = memoryOf(server.pid!);
  const body = Buffer.alloc(BODY_MB * 1024 * 1024, 'a');
  const posts = Array.from({ length: CLIENTS }, () =>
    fetch(`${BASE}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
      .then((answer) => answer.status)
      .catch(() => 'reset'),
  );
  const all = Promise.all(posts);
  const slowest = await slowestHealth(all);
  const after = memoryOf(server.pid!);
  console.log(`${CLIENTS} × ${BODY_MB} MB 登录请求：答复 ${[...new Set(await all)].join('/')}`);
  console.log(
    `  RSS 起始 ${before.rssMb.toFixed(0)} MB，峰值 ${after.peakMb.toFixed(0)} MB；/api/health 最慢 ${slowest.toFixed(0)} ms`,
  );
  await stop(server);
}

async function largeImport(db: string, file: string, rows: number): Promise<void> {
  const server = await startServer(db);
  const before = memoryOf(server.pid!);
  const login = await fetch(`${BASE}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const started = performance.now();
  const upload = fetch(`${BASE}/api/imports/tickets?fileName=tickets.csv`, {
    method: 'POST',
    headers: {
      'content-type': 'text/csv',
      cookie,
      origin: BASE,
      'content-length': String(statSync(file).size),
    },
    body: Readable.toWeb(createReadStream(file)) as ReadableStream,
    duplex: 'half',
  } as RequestInit).then(async (answer) => `${answer.status} ${(await answer.text()).slice(0, 80)}`);
  const slowest = await slowestHealth(upload);
  const after = memoryOf(server.pid!);
  const seconds = (performance.now() - started) / 1000;
  console.log(`导入 ${rows} 行工单（${(statSync(file).size / 1024 / 1024).toFixed(1)} MB）：${await upload}`);
  console.log(
    `  RSS 起始 ${before.rssMb.toFixed(0)} MB，峰值 ${after.peakMb.toFixed(0)} MB；${seconds.toFixed(1)} 秒；/api/health 最慢 ${slowest.toFixed(0)} ms`,
  );
  await stop(server);
}

async function main(): Promise<void> {
  const rows = Number(option('rows', '100000'));
  const dir = mkdtempSync(join(tmpdir(), 'hotline-body-bench-'));
  try {
    const db = join(dir, 'bench.db');
    const file = join(dir, 'tickets.csv');
    await prepareDatabase(db);
    execFileSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/make-ticket-file.ts', '--rows', String(rows), '--out', file],
      { cwd: ROOT, stdio: 'ignore' },
    );
    await largeLogins(db);
    await largeImport(db, file, rows);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
