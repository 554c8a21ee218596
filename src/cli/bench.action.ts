import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { systemActor } from '../domain/access/actor.ts';
import { openDatabase } from './open-database.ts';

// The project root, from dist/cli/ too (scripts/source-urls-plugin.mjs).
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server at ${url} did not start`);
}

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${args.join(' ')} exited ${code}`)),
    );
  });
}

export interface IntakeBenchOptions {
  tickets: string;
  concurrency: string;
  warmup: string;
}

export async function benchIntake(options: IntakeBenchOptions): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'hotline-bench-'));
  const dbFile = join(dir, 'bench.db');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const opened = await openDatabase({ db: dbFile });
  const { services } = opened;
  await services.units.applyUnits(opened.handle.db, [
    { code: 'C', name: '压测热线中心', parentCode: null, kind: 'center' },
  ]);
  const agent = await services.users.createUser(systemActor('C'), {
    username: 'bench-agent',
    displayName: '压测话务员',
    password: 'bench-password',
    role: 'agent',
    unitCode: 'C',
  });
  const { token } = await services.users.createApiToken(
    {
      userId: agent.id,
      username: agent.username,
      displayName: agent.displayName,
      role: 'agent',
      unitCode: 'C',
    },
    { name: 'bench' },
  );
  await opened.close();

  const server = spawn(
    process.execPath,
    ['bin/hotline.mjs', 'serve', '--db', dbFile, '--port', String(port)],
    {
      cwd: ROOT,
      stdio: 'ignore',
      // The child is configured through its environment like any deployment; this passes it on, it reads nothing.
      // eslint-disable-next-line no-restricted-syntax
      env: { ...process.env, LOG_LEVEL: 'error', HOST: '127.0.0.1' },
    },
  );
  try {
    await waitForHealth(url, 30_000);
    console.log(`服务进程 pid ${server.pid}，数据库 ${dbFile}（SQLite, WAL）`);
    console.log(
      `压测进程：${options.concurrency} 并发，预热 ${options.warmup} 张，计量 ${options.tickets} 张（约四分之三直接答复）`,
    );
    const output = await run(process.execPath, [
      '--import',
      'tsx',
      'src/bench/intake-load.ts',
      '--url',
      url,
      '--token',
      token,
      '--tickets',
      options.tickets,
      '--concurrency',
      options.concurrency,
      '--warmup',
      options.warmup,
    ]);
    const result = JSON.parse(output.trim().split('\n').pop()!) as Record<string, number>;
    const f = (n: number | undefined) => (n ?? 0).toFixed(1);
    console.log(`tickets/s   ${f(result.ticketsPerSecond)}`);
    console.log(
      `latency ms  p50 ${f(result.p50)}  p90 ${f(result.p90)}  p99 ${f(result.p99)}  max ${f(result.max)}`,
    );
    console.log(`tickets ${result.tickets}  errors ${result.errors}  seconds ${f(result.seconds)}`);
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    rmSync(dir, { recursive: true, force: true });
  }
}
