// The load process of `hotline bench intake`: it runs apart from the server, as a client would, and posts
// tickets over keep-alive HTTP connections. It prints one JSON line with what it measured.
import http from 'node:http';

interface Options {
  url: string;
  token: string;
  tickets: number;
  concurrency: number;
  warmup: number;
}

function parseArgs(argv: string[]): Options {
  const get = (name: string, fallback?: string) => {
    const index = argv.indexOf(`--${name}`);
    const value = index >= 0 ? argv[index + 1] : fallback;
    if (value === undefined) throw new Error(`missing --${name}`);
    return value;
  };
  return {
    url: get('url'),
    token: get('token'),
    tickets: Number(get('tickets', '20000')),
    concurrency: Number(get('concurrency', '32')),
    warmup: Number(get('warmup', '1000')),
  };
}

const TITLES = [
  '小区供暖温度不达标',
  '咨询医保异地报销政策',
  '道路井盖缺失存在安全隐患',
  '咨询公积金提取条件',
  '噪音扰民',
];

function body(n: number): string {
  const directAnswer = n % 4 !== 0; // about three in four are answered at once (DESIGN §1, reference 74.97%)
  return JSON.stringify({
    channel: 'phone',
    appealType: directAnswer ? 'consult' : 'complaint',
    category: directAnswer ? '医疗保障/异地就医/异地就医备案' : '城乡建设/供暖/室温不达标',
    title: TITLES[n % TITLES.length],
    content: `市民来电反映：${TITLES[n % TITLES.length]}，请尽快处理。编号${n}`,
    callerName: '张先生',
    callerPhone: `138${String(10_000_000 + n).slice(-8)}`,
    address: '兴隆台区兴盛街道幸福小区',
    ...(directAnswer
      ? { disposition: { type: 'directAnswer', answer: '已根据知识库向市民解释相关政策。' } }
      : { disposition: { type: 'requestDispatch', note: null } }),
  });
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const target = new URL('/api/tickets', options.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const post = (n: number) =>
    new Promise<number>((resolve, reject) => {
      const payload = body(n);
      const started = process.hrtime.bigint();
      const request = http.request(
        target,
        {
          method: 'POST',
          agent,
          headers: {
            authorization: `Bearer ${options.token}`,
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(payload),
            'idempotency-key': `bench-${process.pid}-${n}`,
          },
        },
        (response) => {
          response.resume();
          response.on('end', () => {
            if (response.statusCode !== 201) reject(new Error(`status ${response.statusCode}`));
            else resolve(Number(process.hrtime.bigint() - started) / 1e6);
          });
        },
      );
      request.on('error', reject);
      request.end(payload);
    });

  let next = 0;
  const total = options.warmup + options.tickets;
  const latencies: number[] = [];
  let errors = 0;
  let measuredStart = 0n;
  const worker = async () => {
    for (;;) {
      const n = next++;
      if (n >= total) return;
      if (n === options.warmup) measuredStart = process.hrtime.bigint();
      try {
        const ms = await post(n);
        if (n >= options.warmup) latencies.push(ms);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const seconds = Number(process.hrtime.bigint() - measuredStart) / 1e9;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  agent.destroy();
  console.log(
    JSON.stringify({
      tickets: latencies.length,
      errors,
      seconds,
      ticketsPerSecond: latencies.length / seconds,
      p50: at(0.5),
      p90: at(0.9),
      p99: at(0.99),
      max: latencies[latencies.length - 1] ?? 0,
    }),
  );
}

await main();
