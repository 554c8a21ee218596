import type { CandidateRow } from './candidates.ts';
import { wordPinyin } from './pinyin-keys.ts';
import type { Alternative, QueryGroup, QueryPlan } from './query-types.ts';

// The order of results, computed here rather than by bm25() or ts_rank_cd() so that SQLite and PostgreSQL give
// the same order: a BM25F text score over the candidates' stored tokens (idf from kb_search_terms), scaled by
// how much of the query a document covers, then by freshness, use and status. Expired articles come last.

/** How much a match in each field counts: a title or keyword names the subject, a body mentions it. */
export const FIELD_WEIGHTS = { title: 3, keywords: 2, body: 1 } as const;
/** Length normalisation (BM25's b) and the lengths, in tokens, a field is normalised against. */
const LENGTH_NORMALISATION = { title: 0.5, keywords: 0, body: 0.75 } as const;
const TYPICAL_LENGTH = { title: 8, keywords: 6, body: 150 } as const;
/** Term-frequency saturation (BM25's k1). */
const K1 = 1.2;
/** A document covering none of the query's weight keeps this share of its text score; all of it, the whole. */
const COVERAGE_FLOOR = 0.5;
/** A brand-new article gains this much; the gain halves every RECENCY_HALF_LIFE_DAYS. */
const RECENCY_BOOST = 0.2;
export const RECENCY_HALF_LIFE_DAYS = 365;
/** Per log1p(usage): an article used 100 times gains ≈ 23%. */
const USAGE_BOOST = 0.05;
/** Statuses other than published appear only when asked for, and then after published ones of equal text score. */
const STATUS_FACTORS: Record<string, number> = { published: 1, pendingReview: 0.8, pending: 0.8, draft: 0.7 };
const OTHER_STATUS_FACTOR = 0.6;
const EXPIRED_FACTOR = 0.5;
const DAY_MS = 86_400_000;
const MAX_TOKENS_SEARCHED = 6;
const SPACE = 32;

type FieldName = keyof typeof FIELD_WEIGHTS;
const FIELDS: readonly FieldName[] = ['title', 'keywords', 'body'];

export interface RankedCandidate {
  articleId: number;
  score: number;
  expired: boolean;
  /** Words of the document that matched, in query order */
  matched: string[];
}

/**
 * A token column as fetched. Whole tokens are counted by searching the space-padded text, which costs far less
 * than splitting 200 bodies into maps; the map is built only for prefix and pinyin alternatives, which must
 * look at every word.
 */
interface FieldTokens {
  padded: string;
  length: number;
  /** Every word with its count, built on first use by wordsOf() (prefix and pinyin alternatives) */
  words: Map<string, number> | null;
  /** The query's tokens with their counts, built on first use by countIn() when the query has many */
  queryCounts: Map<string, number> | null;
}

interface DocumentFields extends Record<FieldName, FieldTokens> {
  /** The pinyin keys the index holds for the document (its words, not their search-mode parts), space-padded */
  pinyin: string;
  /** A long query's tokens, counted with one split per field; null: few, counted by searching the text */
  queryTokens: ReadonlySet<string> | null;
}

/**
 * The candidates in result order, the first `limit` of them; the words each matched are collected for those
 * only (every alternative that matched, the best first: highlights mark synonyms and parts too).
 */
export function rankCandidates(
  plan: QueryPlan,
  rows: readonly CandidateRow[],
  now: Date,
  limit: number,
): RankedCandidate[] {
  const totalWeight = plan.groups.reduce((sum, group) => sum + group.weight * group.idf, 0);
  // A few tokens are counted by searching each field's text; many (a long query) by one split per field.
  const textTokens = new Set(
    plan.groups.flatMap((group) => group.alternatives.flatMap((alternative) => alternative.tokens)),
  );
  const queryTokens = textTokens.size > MAX_TOKENS_SEARCHED ? textTokens : null;
  const scored = rows.map((row) => {
    const fields: DocumentFields = {
      title: fieldTokens(row.title_tokens),
      keywords: fieldTokens(row.keyword_tokens),
      body: fieldTokens(row.body_tokens),
      pinyin: ` ${row.pinyin_tokens} `,
      queryTokens,
    };
    let text = 0;
    let covered = 0;
    const matching: Alternative[] = [];
    for (const group of plan.groups) {
      const found = matchingAlternatives(group, fields);
      if (found.length === 0) continue;
      text += group.weight * (found[0]?.score ?? 0);
      covered += group.weight * group.idf;
      for (const { alternative } of found) matching.push(alternative);
    }
    const coverage = totalWeight > 0 ? covered / totalWeight : 0;
    const expired =
      row.status === 'expired' || (row.expires_at !== null && Date.parse(row.expires_at) <= now.getTime());
    const ageDays = Math.max(0, (now.getTime() - Date.parse(row.updated_at)) / DAY_MS);
    const score =
      text *
      (COVERAGE_FLOOR + (1 - COVERAGE_FLOOR) * coverage) *
      (1 + RECENCY_BOOST * 0.5 ** (ageDays / RECENCY_HALF_LIFE_DAYS)) *
      (1 + USAGE_BOOST * Math.log1p(Number(row.usage_count))) *
      (STATUS_FACTORS[row.status] ?? OTHER_STATUS_FACTOR) *
      (expired ? EXPIRED_FACTOR : 1);
    return { articleId: Number(row.article_id), score, expired, fields, matching };
  });
  return scored
    .filter((candidate) => candidate.score > 0)
    .sort((a, b) => Number(a.expired) - Number(b.expired) || b.score - a.score || b.articleId - a.articleId)
    .slice(0, limit)
    .map(({ articleId, score, expired, fields, matching }) => {
      const matched: string[] = [];
      for (const alternative of matching) {
        for (const word of matchedWords(alternative, fields)) if (!matched.includes(word)) matched.push(word);
      }
      return { articleId, score, expired, matched };
    });
}

const paddedTokens = new Map<string, string>();

/** ' token ', kept: building the needle anew for each of 200 documents costs more than the search itself. */
function padded(token: string): string {
  let needle = paddedTokens.get(token);
  if (needle === undefined) {
    if (paddedTokens.size > 10_000) paddedTokens.clear();
    needle = ` ${token} `;
    paddedTokens.set(token, needle);
  }
  return needle;
}

function fieldTokens(column: string): FieldTokens {
  let length = column === '' ? 0 : 1;
  for (let i = 0; i < column.length; i++) if (column.charCodeAt(i) === SPACE) length += 1;
  return { padded: ` ${column} `, length, words: null, queryCounts: null };
}

function wordsOf(field: FieldTokens): ReadonlyMap<string, number> {
  if (!field.words) {
    field.words = new Map();
    for (const token of field.padded.split(' ')) {
      if (token !== '') field.words.set(token, (field.words.get(token) ?? 0) + 1);
    }
  }
  return field.words;
}

/** Occurrences of a whole token: `needle` is the token between spaces. */
function countOf(field: FieldTokens, needle: string): number {
  let count = 0;
  // Tokens are separated by one space: the space that ends one occurrence begins the next.
  for (
    let at = field.padded.indexOf(needle);
    at >= 0;
    at = field.padded.indexOf(needle, at + needle.length - 1)
  ) {
    count += 1;
  }
  return count;
}

function countIn(field: FieldTokens, token: string, fields: DocumentFields): number {
  const { queryTokens } = fields;
  if (!queryTokens) return countOf(field, padded(token));
  if (!field.queryCounts) {
    field.queryCounts = new Map();
    for (const word of field.padded.split(' ')) {
      if (queryTokens.has(word)) field.queryCounts.set(word, (field.queryCounts.get(word) ?? 0) + 1);
    }
  }
  return field.queryCounts.get(token) ?? 0;
}

/** The alternatives present in this document with their scores, the best first. */
function matchingAlternatives(
  group: QueryGroup,
  fields: DocumentFields,
): { score: number; alternative: Alternative }[] {
  const found: { score: number; alternative: Alternative }[] = [];
  for (const alternative of group.alternatives) {
    const frequency = frequencyOf(alternative, fields);
    if (frequency === 0) continue;
    const score = alternative.weight * alternative.idf * ((frequency * (K1 + 1)) / (frequency + K1));
    found.push({ score, alternative });
  }
  return found.sort((a, b) => b.score - a.score);
}

/**
 * BM25F's pseudo term frequency: each field's count, weighted and length-normalised, summed; 0 when absent. An
 * alternative of several tokens is as frequent as its rarest token; every token must be present.
 */
function frequencyOf(alternative: Alternative, fields: DocumentFields): number {
  let frequency = Infinity;
  for (const token of alternative.tokens) {
    if (alternative.field === 'pinyin' && !fields.pinyin.includes(padded(token))) return 0;
    let weighted = 0;
    for (const field of FIELDS) {
      const tokens = fields[field];
      let count = 0;
      if (alternative.field === 'text' && !alternative.prefix) {
        count = countIn(tokens, token, fields);
      } else {
        const words = wordsOf(tokens);
        for (const word of matchingWords(alternative, token, words)) count += words.get(word) ?? 0;
      }
      if (count === 0) continue;
      const b = LENGTH_NORMALISATION[field];
      weighted += (FIELD_WEIGHTS[field] * count) / (1 - b + (b * tokens.length) / TYPICAL_LENGTH[field]);
    }
    if (weighted === 0) return 0;
    frequency = Math.min(frequency, weighted);
  }
  return frequency;
}

/** The document's words that made an alternative match. */
function matchedWords(alternative: Alternative, fields: DocumentFields): string[] {
  if (alternative.field === 'text' && !alternative.prefix) return alternative.tokens;
  const words = new Set<string>();
  for (const token of alternative.tokens) {
    for (const field of FIELDS)
      for (const word of matchingWords(alternative, token, wordsOf(fields[field]))) words.add(word);
  }
  return [...words];
}

/** The document's words a prefix or a pinyin key stands for: words it begins, or words sounding like it. */
function matchingWords(
  alternative: Alternative,
  token: string,
  counts: ReadonlyMap<string, number>,
): string[] {
  const words: string[] = [];
  for (const word of counts.keys()) {
    if (alternative.prefix) {
      if (word.startsWith(token)) words.push(word);
      continue;
    }
    const pinyin = wordPinyin(word);
    if (pinyin && (pinyin.exact === token || pinyin.fuzzy.includes(token))) words.push(word);
  }
  return words;
}
