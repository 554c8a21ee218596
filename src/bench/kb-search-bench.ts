// `npm run bench:kb`: the knowledge-base search at scale. Builds 100,000 synthetic articles of ≈ 300 characters
// from the demo city's category texts (titles, what callers say, the answers given; places, companies and
// numbers varied with a fixed seed) into a fresh SQLite file — and into a fresh PostgreSQL schema when
// BENCH_DATABASE_URL or TEST_DATABASE_URL names one — then times 1,200 queries of every kind, very common
// words (问题, 咨询, 小区) included. Prints index build time and throughput, p50/p95/p99 per kind and overall.
// Asserts nothing.
//   node --import tsx src/bench/kb-search-bench.ts [--articles 100000] [--queries 1200] [--db kept.db [--reuse]]
//   [--slowest 10]
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { sql } from 'kysely';
import pg from 'pg';
import { connectDatabase, type DatabaseHandle } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { DEMO_CATEGORIES, type DemoCategory } from '../demo/data/categories.ts';
import { DEMO_PLACES } from '../demo/data/places.ts';
import { fillTemplate, makeCompanyName } from '../demo/data/templates.ts';
import { DEMO_DISTRICTS, DEMO_UNITS } from '../demo/data/units.ts';
import { createRandom, type Random } from '../demo/random.ts';
import { createKbSearch, type SearchDocument, type SearchFilters } from '../modules/kb/search/index.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const ARTICLES = option('articles', 100_000);
/** A SQLite file to build and keep (for poking at afterwards); default a temporary one. */
const KEPT_FILE = args.includes('--db') ? args[args.indexOf('--db') + 1] : undefined;
/** With --db: search the file built by an earlier run instead of building it again. */
const REUSE = KEPT_FILE !== undefined && args.includes('--reuse') && existsSync(KEPT_FILE);
const SLOWEST = option('slowest', 0);
const QUERIES = option('queries', 1_200);
const WARM_UP = 50;
const SEED = 'kb-search-bench';
const NOW = new Date('2026-12-01T00:00:00+08:00');
// A benchmark names its scratch database the way the test suite does; nothing else here reads the environment.
// eslint-disable-next-line no-restricted-syntax
const POSTGRES_URL = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || '';

// ── synthetic articles ──────────────────────────────────────────────────────────────────────────────────────

/** Six-digit codes in the style of the bundled list: each level numbered among its siblings, in data order. */
function categoryCodes(): Map<DemoCategory, string> {
  const serials = new Map<string, Map<string, string>>();
  const serial = (parent: string, name: string) => {
    const siblings = serials.get(parent) ?? new Map<string, string>();
    serials.set(parent, siblings);
    if (!siblings.has(name)) siblings.set(name, String(siblings.size + 1).padStart(2, '0'));
    return siblings.get(name) as string;
  };
  return new Map(
    DEMO_CATEGORIES.map((c) => {
      const [first, second, third] = c.levels;
      return [c, `${serial('', first)}${serial(first, second)}${serial(`${first}/${second}`, third)}`];
    }),
  );
}

const CODES = categoryCodes();
const STREETS = DEMO_PLACES.flatMap((district) => district.streets.map((street) => ({ district, street })));
const UNIT_CODES = DEMO_UNITS.filter((unit) => unit.parentCode !== null).map((unit) => unit.code);
const STATUSES = [
  ['published', 90],
  ['expired', 5],
  ['draft', 3],
  ['pendingReview', 2],
] as const;
const DAY = 86_400_000;

function fill(random: Random, category: DemoCategory, template: string): string {
  const { district, street } = random.pick(STREETS);
  return fillTemplate(template, {
    community: random.pick(street.estates),
    street: street.name,
    road: random.pick(district.roads),
    company: makeCompanyName(random, category.companyKind ?? 'shop'),
    n: String(random.int(1, 30)),
  });
}

function syntheticArticle(random: Random, articleId: number): SearchDocument {
  const category = random.weighted(DEMO_CATEGORIES, (c) => c.weight);
  // What the caller said and what they were told, then more of the same line of business, to ≈ 300 characters.
  const texts = [...category.contents, ...category.answers];
  let body = fill(random, category, random.pick(category.contents));
  body += fill(random, category, random.pick(category.answers));
  while (body.length < 280) body += fill(random, category, random.pick(texts));
  const updatedAt = new Date(NOW.getTime() - random.int(0, 3 * 365) * DAY);
  const status = random.weighted(STATUSES, ([, weight]) => weight)[0];
  return {
    articleId,
    title: fill(random, category, random.pick(category.titles)),
    body: body.slice(0, 320),
    keywords: [category.levels[1], category.levels[2]],
    status,
    categoryCode: CODES.get(category) ?? null,
    unitCode: random.pick(UNIT_CODES),
    districtCodes: random.chance(0.2) ? [random.pick(DEMO_DISTRICTS).code] : [],
    updatedAt,
    expiresAt: random.chance(0.1) ? new Date(updatedAt.getTime() + random.int(30, 900) * DAY) : null,
    usageCount: random.chance(0.3) ? random.int(1, 500) : 0,
  };
}

function* syntheticArticles(): Generator<SearchDocument> {
  const random = createRandom(`${SEED}:articles`);
  for (let id = 1; id <= ARTICLES; id++) yield syntheticArticle(random, id);
}

// ── queries ─────────────────────────────────────────────────────────────────────────────────────────────────

const COMMON = ['问题', '咨询', '小区', '反映', '处理', '办理', '小区问题', '咨询办理'];
const SYNONYMS = [
  '暖气',
  '采暖',
  '医疗保险',
  '房产证',
  '上户口',
  '住房公积金',
  '噪声',
  '违章建筑',
  '出租汽车',
  '退钱',
];
const HOMOPHONES = ['公基金提取', '采缓费', '洛户', '医报报销', '物叶费', '暖器不热', '高零津贴', '地保申请'];
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

interface BenchQuery {
  kind: string;
  text: string;
  filters: SearchFilters;
}

function benchQueries(): BenchQuery[] {
  const random = createRandom(`${SEED}:queries`);
  const kinds: [string, number, () => string][] = [
    ['keyword', 25, () => random.pick(random.pick(DEMO_CATEGORIES).levels.slice(1))],
    ['common', 10, () => random.pick(COMMON)],
    [
      'colloquial',
      20,
      () => {
        const c = random.pick(DEMO_CATEGORIES);
        return fill(random, c, random.pick(c.titles));
      },
    ],
    [
      'long',
      15,
      () => {
        const c = random.pick(DEMO_CATEGORIES);
        return fill(random, c, random.pick(c.contents)).slice(0, 150);
      },
    ],
    ['synonym', 10, () => random.pick(SYNONYMS)],
    ['homophone', 10, () => random.pick(HOMOPHONES)],
    [
      'traditional',
      10,
      () => {
        const c = random.pick(DEMO_CATEGORIES);
        return toTraditional(fill(random, c, random.pick(c.titles)));
      },
    ],
  ];
  return Array.from({ length: QUERIES + WARM_UP }, () => {
    const [kind, , make] = random.weighted(kinds, ([, weight]) => weight);
    const filters: SearchFilters = {};
    if (random.chance(0.1)) filters.categoryCode = `${random.pick([...CODES.values()]).slice(0, 2)}0000`;
    if (random.chance(0.1)) filters.districtCode = random.pick(DEMO_DISTRICTS).code;
    return { kind, text: make(), filters };
  });
}

// ── running ─────────────────────────────────────────────────────────────────────────────────────────────────

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;

function printLatencies(label: string, timings: { kind: string; ms: number }[]): void {
  console.log(`\n${label}: search latency (ms)`);
  console.log(
    `${'kind'.padEnd(12)} ${'n'.padStart(5)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'max'.padStart(7)}`,
  );
  const kinds = [...new Set(timings.map((t) => t.kind))].sort();
  for (const kind of [...kinds, 'overall']) {
    const sorted = timings
      .filter((t) => kind === 'overall' || t.kind === kind)
      .map((t) => t.ms)
      .sort((a, b) => a - b);
    const cells = [0.5, 0.95, 0.99, 1].map((p) => percentile(sorted, p).toFixed(2).padStart(7));
    console.log(`${kind.padEnd(12)} ${String(sorted.length).padStart(5)} ${cells.join(' ')}`);
  }
}

async function bench(
  handle: DatabaseHandle,
  label: string,
  size: () => Promise<string>,
  build = true,
): Promise<void> {
  await migrateToLatest(handle);
  const engine = createKbSearch(handle.db, { now: () => NOW });
  if (build) {
    const started = performance.now();
    const indexed = await engine.reindexAll(handle.db, syntheticArticles());
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `\n${label}: indexed ${indexed.toLocaleString('en')} articles in ${seconds.toFixed(1)} s ` +
        `(${Math.round(indexed / seconds).toLocaleString('en')} articles/s); ${await size()}`,
    );
  }
  const timings: { kind: string; text: string; ms: number }[] = [];
  let results = 0;
  for (const [index, query] of benchQueries().entries()) {
    const at = performance.now();
    const hits = await engine.search(query.text, query.filters);
    const ms = performance.now() - at;
    results += hits.length;
    if (index >= WARM_UP) timings.push({ kind: query.kind, text: query.text, ms });
  }
  printLatencies(label, timings);
  console.log(
    `  ${timings.length} queries (after ${WARM_UP} warm-up), ` +
      `${(results / (timings.length + WARM_UP)).toFixed(1)} results each on average`,
  );
  for (const slow of [...timings].sort((a, b) => b.ms - a.ms).slice(0, SLOWEST)) {
    console.log(`  ${slow.ms.toFixed(1).padStart(7)} ms  [${slow.kind}] ${slow.text}`);
  }
}

async function main(): Promise<void> {
  console.log(
    `KB search benchmark: ${ARTICLES.toLocaleString('en')} synthetic articles, ${QUERIES} queries, seed '${SEED}'`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'hotline-kb-bench-'));
  const file = KEPT_FILE ?? join(dir, 'kb-bench.db');
  if (KEPT_FILE && !REUSE)
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  const sqlite = connectDatabase(file);
  try {
    const fileSize = async () => {
      await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(sqlite.db);
      return `database file ${(statSync(file).size / 1048576).toFixed(0)} MB`;
    };
    await bench(sqlite, 'SQLite', fileSize, !REUSE);
  } finally {
    await sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }
  if (!POSTGRES_URL) {
    console.log('\n(PostgreSQL skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL to run it too)');
    return;
  }
  const schema = `kb_bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE SCHEMA ${schema}`);
    const postgres = connectDatabase(POSTGRES_URL, { schema, poolSize: 2 });
    try {
      const tableSizes = async () => {
        const { rows } = await sql<{ bytes: string }>`
          SELECT pg_total_relation_size('kb_search_docs') + pg_total_relation_size('kb_search_terms') AS bytes`.execute(
          postgres.db,
        );
        return `tables and indexes ${(Number(rows[0]?.bytes) / 1048576).toFixed(0)} MB`;
      };
      await bench(postgres, `PostgreSQL (${postgres.description})`, tableSizes);
    } finally {
      await postgres.close();
    }
  } finally {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  }
}

await main();
