// Abuse benchmark of the citizens' portal over real HTTP: 1,000 rapid submissions from one address, while an
// agent registers calls (POST /api/tickets with a token) and a citizen at another address submits.
//   node --import tsx src/bench/portal-abuse-bench.ts [--port 4111] [--flood 1000] [--concurrency 20]
// The server runs in this process on a fresh SQLite database, listening on 127.0.0.1. Each client binds its
// own loopback source address (127.0.0.1, 127.0.0.2, 127.0.0.3): the server trusts no proxy (TRUST_PROXY
// unset), so the per-address limits see the socket's real address, as they would in production.
import { mkdtempSync, rmSync } from 'node:fs';
import { request, Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const UNITS = [
  { code: 'C', name: '示例市12345热线', parentCode: null, kind: 'center' as const },
  { code: 'D1', name: '东区', parentCode: 'C', kind: 'district' as const },
  { code: 'D2', name: '西区', parentCode: 'C', kind: 'district' as const },
];

interface Answer {
  status: number;
  ms: number;
}

function post(
  port: number,
  localAddress: string,
  agent: Agent,
  path: string,
  body: object,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const payload = JSON.stringify(body);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        localAddress,
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...headers,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function report(label: string, answers: Answer[]): void {
  const ms = answers.map((a) => a.ms);
  const statuses = new Map<number, number>();
  for (const a of answers) statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
  const counts = [...statuses].map(([s, n]) => `${s}×${n}`).join(' ');
  console.log(
    `${label.padEnd(28)} n=${String(answers.length).padStart(4)}  p50 ${percentile(ms, 50).toFixed(1).padStart(6)} ms` +
      `  p95 ${percentile(ms, 95).toFixed(1).padStart(6)} ms  状态 ${counts}`,
  );
}

async function main(): Promise<void> {
  const port = Number(option('port', '4111'));
  const flood = Number(option('flood', '1000'));
  const concurrency = Number(option('concurrency', '20'));
  const dir = mkdtempSync(join(tmpdir(), 'hotline-portal-bench-'));
  const { connectDatabase } = await import('../db/connection.ts');
  const { migrateToLatest } = await import('../db/migrate.ts');
  const { createServices } = await import('../app/services.ts');
  const { createDiskAttachmentStore } = await import('../modules/attachments/index.ts');
  const { createLoggingNotifier } = await import('../modules/notify/index.ts');
  const { buildHttpApp } = await import('../app/http-app.ts');
  const { systemActor } = await import('../domain/access/actor.ts');
  const { systemClock } = await import('../shared/clock.ts');
  const handle = connectDatabase(join(dir, 'bench.db'));
  await migrateToLatest(handle);
  const services = createServices({
    db: handle.db,
    clock: systemClock,
    attachmentStore: createDiskAttachmentStore(join(dir, 'attachments')),
    // The codes and messages stay in memory: the bench's log shows only its figures.
    notifier: createLoggingNotifier(() => {}),
    portal: { photoDir: join(dir, 'photos') },
  });
  await services.calendar.seedDefaults();
  await services.categories.seedDefaults();
  await services.dictionaries.seedDefaults();
  try {
    await services.units.applyUnits(handle.db, UNITS);
    services.units.invalidate();
    const system = systemActor('C');
    const user = await services.users.createUser(system, {
      username: 'bench-agent',
      displayName: '压测话务员',
      password: 'bench-password-1',
      role: 'agent',
      unitCode: 'C',
    });
    const agentActor = {
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      unitCode: 'C',
    };
    const { token } = await services.users.createApiToken(agentActor, { name: 'bench', expiresInDays: 1 });
    const app = await buildHttpApp(services, { logLevel: 'silent', secureCookies: false, version: 'bench' });
    await app.listen({ port, host: '127.0.0.1' });
    const options = await services.portal.options();
    const leaf = options.categories[0]!.children[0]!.children[0]!.code;
    const appeal = (phone: string) => ({
      appealType: 'help',
      categoryCode: leaf,
      content: '小区门口的路灯坏了一个星期，晚上出行很不方便，请尽快维修。',
      phone,
      districtCode: 'D1',
      confidential: false,
      revisitConsent: true,
      photoTokens: [],
      website: '',
    });
    const keepAlive = () => new Agent({ keepAlive: true, maxSockets: concurrency });
    console.log(
      `门户滥用压测：来自 127.0.0.1 的 ${flood} 次快速提交（并发 ${concurrency}），同时话务员受理与另一地址的市民提交`,
    );

    const floodAgent = keepAlive();
    let next = 0;
    const floodAnswers: Answer[] = [];
    const flooding = Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < flood) {
          const i = next++;
          // A different phone each time: the address limit alone has to hold the flood.
          floodAnswers.push(
            await post(
              port,
              '127.0.0.1',
              floodAgent,
              '/api/public/portal/appeals',
              appeal(`139${String(i).padStart(8, '0')}`),
            ),
          );
        }
      }),
    );
    let flooded = false;
    void flooding.then(() => (flooded = true));

    const intakeAgent = keepAlive();
    const intakeAnswers: Answer[] = [];
    const citizenAgent = keepAlive();
    const citizenAnswers: Answer[] = [];
    const intake = (async () => {
      for (let i = 0; i < 60 && !(flooded && i >= 20); i++)
        intakeAnswers.push(
          await post(
            port,
            '127.0.0.3',
            intakeAgent,
            '/api/tickets',
            {
              channel: 'phone',
              appealType: 'complaint',
              category: '城乡建设/供暖/室温不达标',
              title: '室温不达标',
              content: '幸福小区3号楼室温只有14度，请尽快处理。',
              callerPhone: `137${String(i).padStart(8, '0')}`,
              districtCode: 'D1',
            },
            { authorization: `Bearer ${token}` },
          ),
        );
    })();
    const citizen = (async () => {
      for (let i = 0; i < 15; i++)
        citizenAnswers.push(
          await post(
            port,
            '127.0.0.2',
            citizenAgent,
            '/api/public/portal/appeals',
            appeal(`138${String(i).padStart(8, '0')}`),
          ),
        );
    })();
    const started = performance.now();
    await Promise.all([flooding, intake, citizen]);
    const seconds = (performance.now() - started) / 1000;

    report('洪泛提交（127.0.0.1）', floodAnswers);
    report('话务员受理 POST /api/tickets', intakeAnswers);
    report('另一地址市民提交（127.0.0.2）', citizenAnswers);
    const throttled = floodAnswers.filter((a) => a.status === 429).length;
    console.log(
      `洪泛 ${flood} 次中被限流（429）${throttled} 次，受理 ${floodAnswers.filter((a) => a.status === 201).length} 次；用时 ${seconds.toFixed(1)} 秒`,
    );
    for (const a of [floodAgent, intakeAgent, citizenAgent]) a.destroy();
    await app.close();
  } finally {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
