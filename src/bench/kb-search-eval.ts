// `npm run eval:kb`: how often the knowledge-base search puts the one right article first, or in the first five,
// for what agents type while a caller talks (test/kb-search/queries.ts). The demo KB (src/demo/data/kb/) is
// indexed through the engine's own index() into a fresh SQLite file — and into a fresh PostgreSQL schema when
// TEST_DATABASE_URL or BENCH_DATABASE_URL names a database — and every query runs with default filters.
// Next to it, an anchor computed here: plain character-bigram BM25 (k1 1.2, b 0.75) over title + body of the
// same published articles, in memory, with no dictionary, synonyms, pinyin or 繁→简 — what any engine should
// beat. Prints recall@1, recall@5 and MRR@10 per kind, the ratio engine / baseline, and the queries the engine
// misses at 5. Asserts nothing.
//   node --import tsx src/bench/kb-search-eval.ts [--baseline-only] [--misses-only]
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { connectDatabase, type DatabaseHandle } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { DEMO_KB_ARTICLES, type DemoKbArticle } from '../demo/data/kb/index.ts';
import { KB_QUERIES, KB_QUERY_KINDS, type KbQuery } from '../../test/kb-search/queries.ts';

const BASELINE_ONLY = process.argv.includes('--baseline-only');
const MISSES_ONLY = process.argv.includes('--misses-only');
// A benchmark names its scratch database the way the test suite does; nothing else here reads the environment.
// eslint-disable-next-line no-restricted-syntax
const POSTGRES_URL = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || '';

/** Article id = position in DEMO_KB_ARTICLES + 1, as the engine is fed. */
const idOf = new Map(DEMO_KB_ARTICLES.map((article, index) => [article.number, index + 1]));
const articleOf = (id: number): DemoKbArticle | undefined => DEMO_KB_ARTICLES[id - 1];

/** For each query (in KB_QUERIES order), the article ids found, best first. */
type Rankings = number[][];

// ── metrics ────────────────────────────────────────────────────────────────────────────────────────────────

interface Figures {
  n: number;
  recall1: number;
  recall5: number;
  mrr10: number;
}

/** 1-based rank of the expected article, or null when it is not in the list. */
function rankOf(query: KbQuery, found: number[]): number | null {
  const index = found.indexOf(idOf.get(query.expected) ?? -1);
  return index < 0 ? null : index + 1;
}

function figuresOf(indexes: number[], rankings: Rankings): Figures {
  let recall1 = 0;
  let recall5 = 0;
  let mrr10 = 0;
  for (const i of indexes) {
    const rank = rankOf(KB_QUERIES[i]!, rankings[i]!);
    if (rank === null) continue;
    if (rank === 1) recall1 += 1;
    if (rank <= 5) recall5 += 1;
    if (rank <= 10) mrr10 += 1 / rank;
  }
  const n = indexes.length;
  return { n, recall1: recall1 / n, recall5: recall5 / n, mrr10: mrr10 / n };
}

const queryIndexes = (kind?: string) =>
  KB_QUERIES.flatMap((query, index) => (kind === undefined || query.kind === kind ? [index] : []));

// ── baseline: character-bigram BM25 ─────────────────────────────────────────────────────────────────────────

/** Overlapping character pairs inside each run of letters and digits; a one-character run is its own token. */
function bigrams(text: string): string[] {
  const tokens: string[] = [];
  const runs =
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  for (const run of runs) {
    const chars = [...run];
    if (chars.length === 1) tokens.push(run);
    for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i]! + chars[i + 1]!);
  }
  return tokens;
}

function createBigramBm25(articles: readonly { id: number; text: string }[], k1 = 1.2, b = 0.75) {
  const docs = articles.map(({ id, text }) => {
    const tokens = bigrams(text);
    const tf = new Map<string, number>();
    for (const token of tokens) tf.set(token, (tf.get(token) ?? 0) + 1);
    return { id, length: tokens.length, tf };
  });
  const df = new Map<string, number>();
  for (const doc of docs) for (const token of doc.tf.keys()) df.set(token, (df.get(token) ?? 0) + 1);
  const averageLength = docs.reduce((sum, doc) => sum + doc.length, 0) / docs.length;
  // Lucene's non-negative idf.
  const idf = (token: string) => {
    const n = df.get(token) ?? 0;
    return Math.log(1 + (docs.length - n + 0.5) / (n + 0.5));
  };
  return (query: string, limit = 10): number[] => {
    // Each distinct query bigram counts once: a caller repeating a word does not make it weigh more.
    const terms = [...new Set(bigrams(query))].filter((token) => df.has(token));
    const scored = docs.map((doc) => {
      let score = 0;
      for (const term of terms) {
        const f = doc.tf.get(term) ?? 0;
        if (f > 0)
          score += (idf(term) * f * (k1 + 1)) / (f + k1 * (1 - b + (b * doc.length) / averageLength));
      }
      return { id: doc.id, score };
    });
    return scored
      .filter((hit) => hit.score > 0)
      .sort((x, y) => y.score - x.score || x.id - y.id)
      .slice(0, limit)
      .map((hit) => hit.id);
  };
}

function runBaseline(): Rankings {
  const published = DEMO_KB_ARTICLES.flatMap((article, index) =>
    article.status === 'published' ? [{ id: index + 1, text: `${article.title}\n${article.body}` }] : [],
  );
  const search = createBigramBm25(published);
  return KB_QUERIES.map((query) => search(query.query));
}

// ── the engine, on each database ────────────────────────────────────────────────────────────────────────────

const shanghaiMidnight = (date: string) => new Date(`${date}T00:00:00+08:00`);
/** The engine's clock: recency and expiry are measured from a fixed day just after the demo KB's last edit, so
 * that the figures do not drift as the calendar moves on. */
const EVALUATED_ON = '2026-12-01';
const EVALUATED_AT = shanghaiMidnight(EVALUATED_ON);

interface EngineRun {
  label: string;
  rankings: Rankings;
  indexMs: number;
  searchMs: number[];
}

async function runEngine(handle: DatabaseHandle, label: string): Promise<EngineRun> {
  // Loaded only here, so that --baseline-only runs without the engine and its dictionaries.
  const { createKbSearch } = await import('../modules/kb/search/index.ts');
  await migrateToLatest(handle);
  const engine = createKbSearch(handle.db, { now: () => EVALUATED_AT });
  const startedIndex = performance.now();
  await handle.db.transaction().execute(async (trx) => {
    for (const [index, article] of DEMO_KB_ARTICLES.entries()) {
      await engine.index(trx, {
        articleId: index + 1,
        title: article.title,
        body: article.body,
        keywords: article.keywords,
        status: article.status,
        categoryCode: article.categoryCode,
        unitCode: article.unitCode,
        districtCodes: article.districtCodes,
        updatedAt: shanghaiMidnight(article.updatedAt),
        expiresAt: article.expiresAt === null ? null : shanghaiMidnight(article.expiresAt),
        usageCount: 0,
      });
    }
  });
  const indexMs = performance.now() - startedIndex;
  const rankings: Rankings = [];
  const searchMs: number[] = [];
  for (const query of KB_QUERIES) {
    const started = performance.now();
    const hits = await engine.search(query.query);
    searchMs.push(performance.now() - started);
    rankings.push(hits.map((hit) => hit.articleId));
  }
  return { label, rankings, indexMs, searchMs };
}

async function withSqlite<T>(work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'hotline-kb-eval-'));
  const handle = connectDatabase(join(dir, 'kb-eval.db'));
  try {
    return await work(handle);
  } finally {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A schema of its own in the named database, dropped afterwards (as test/db.ts isolates test files). */
async function withPostgres<T>(url: string, work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const schema = `kb_eval_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE SCHEMA ${schema}`);
    const handle = connectDatabase(url, { schema, poolSize: 2 });
    try {
      return await work(handle);
    } finally {
      await handle.close();
    }
  } finally {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  }
}

// ── report ──────────────────────────────────────────────────────────────────────────────────────────────────

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);
const num = (x: number) => x.toFixed(3).padStart(7);
const ratio = (x: number, y: number) => (y === 0 ? '    n/a' : `${(x / y).toFixed(2)}×`.padStart(7));

function printTable(title: string, rankings: Rankings, baseline?: Rankings): void {
  console.log(`\n${title}`);
  const header = `${'kind'.padEnd(12)} ${'n'.padStart(4)} ${'R@1'.padStart(7)} ${'R@5'.padStart(7)} ${'MRR@10'.padStart(7)}`;
  console.log(
    baseline
      ? `${header}   ${'R@1'.padStart(7)} ${'R@5'.padStart(7)} ${'MRR@10'.padStart(7)}  (÷ baseline)`
      : header,
  );
  for (const kind of [...KB_QUERY_KINDS, undefined]) {
    const indexes = queryIndexes(kind);
    const f = figuresOf(indexes, rankings);
    let line = `${(kind ?? 'overall').padEnd(12)} ${String(f.n).padStart(4)} ${pct(f.recall1)} ${pct(f.recall5)} ${num(f.mrr10)}`;
    if (baseline) {
      const g = figuresOf(indexes, baseline);
      line += `   ${ratio(f.recall1, g.recall1)} ${ratio(f.recall5, g.recall5)} ${ratio(f.mrr10, g.mrr10)}`;
    }
    console.log(line);
  }
}

function articleLabel(id: number | undefined): string {
  if (id === undefined) return '(nothing)';
  const article = articleOf(id);
  return article
    ? `${article.number} ${article.title}${article.status === 'published' ? '' : ` [${article.status}]`}`
    : `#${id}`;
}

function printMisses(title: string, rankings: Rankings): void {
  const misses = KB_QUERIES.flatMap((query, index) => {
    const rank = rankOf(query, rankings[index]!);
    return rank === null || rank > 5 ? [{ query, rank, first: rankings[index]![0] }] : [];
  });
  console.log(
    `\n${title}: ${misses.length} of ${KB_QUERIES.length} queries miss the right article in the first 5`,
  );
  for (const { query, rank, first } of misses) {
    console.log(`  [${query.kind}] ${query.query}`);
    console.log(`      expected ${articleLabel(idOf.get(query.expected))}  (rank ${rank ?? '>10 or none'})`);
    console.log(`      first    ${articleLabel(first)}`);
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)] ?? NaN;

async function main(): Promise<void> {
  const published = DEMO_KB_ARTICLES.filter((a) => a.status === 'published').length;
  console.log(
    `KB search quality: ${DEMO_KB_ARTICLES.length} demo articles (${published} published), ${KB_QUERIES.length} queries ` +
      `(${KB_QUERY_KINDS.map((kind) => `${kind} ${queryIndexes(kind).length}`).join(', ')}); engine clock ${EVALUATED_ON} (Asia/Shanghai)`,
  );
  const baseline = runBaseline();
  if (!MISSES_ONLY)
    printTable('baseline: character-bigram BM25 (k1 1.2, b 0.75), title + body, in memory', baseline);
  if (BASELINE_ONLY) {
    printMisses('baseline', baseline);
    return;
  }

  const runs: EngineRun[] = [await withSqlite((handle) => runEngine(handle, 'SQLite'))];
  if (POSTGRES_URL) {
    runs.push(
      await withPostgres(POSTGRES_URL, (handle) => runEngine(handle, `PostgreSQL (${handle.description})`)),
    );
  } else {
    console.log('\n(PostgreSQL skipped: set TEST_DATABASE_URL or BENCH_DATABASE_URL to evaluate it too)');
  }
  for (const run of runs) {
    if (!MISSES_ONLY) {
      printTable(`engine on ${run.label}, default filters`, run.rankings, baseline);
      const unpublished = run.rankings.flat().filter((id) => articleOf(id)?.status !== 'published').length;
      console.log(
        `  expired or draft articles returned: ${unpublished}; ` +
          `indexing ${DEMO_KB_ARTICLES.length} articles ${run.indexMs.toFixed(0)} ms; ` +
          `search p50 ${median(run.searchMs).toFixed(1)} ms, p95 ${p95(run.searchMs).toFixed(1)} ms`,
      );
    }
  }
  for (const run of runs) printMisses(`engine on ${run.label}`, run.rankings);
}

await main();
