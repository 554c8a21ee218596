import { sql, SqliteAdapter, type RawBuilder } from 'kysely';
import type { Executor } from '../../../db/executor.ts';
import { facetMatch } from './facets.ts';
import type { Alternative, QueryGroup, QueryPlan } from './query-types.ts';
import { categoryStemOf, DEFAULT_STATUSES, type SearchFilters } from './search-filters.ts';

// The only dialect-specific part of the search: which documents match. SQLite asks FTS5, PostgreSQL the GIN
// index over the weighted tsvector; both return the same rows in the same order (newest article first) for
// the same plan, and everything after — scores, order, highlights — is computed by the same TypeScript.

export interface CandidateRow {
  article_id: number;
  title_tokens: string;
  body_tokens: string;
  keyword_tokens: string;
  pinyin_tokens: string;
  status: string;
  updated_at: string;
  usage_count: number | string;
  expires_at: string | null;
}

/** Every group, any group, or any two of the groups */
type Combine = 'AND' | 'OR' | 'PAIRS';

const MAX_GROUPS_ALL_TOGETHER = 4;
const MAX_GROUPS_PAIRED = 6;

/**
 * At most `limit` matching documents, chosen without any database-specific ranking so that both databases
 * choose the same ones. When every match fits, all are taken. Otherwise, in turn until `limit` is reached:
 * documents matching every group (queries of up to four groups); documents matching any two of the six
 * rarest groups; all documents of the rarest groups whose counts fit together; documents of the next rarest
 * group — the newest first at each step. A query of very common words (问题, 小区) thus reads `limit` rows,
 * never every match.
 */
export async function fetchCandidates(
  db: Executor,
  plan: QueryPlan,
  filters: SearchFilters,
  limit: number,
): Promise<CandidateRow[]> {
  const { groups } = plan;
  // The pinyin keys are the largest column; ranking reads them only when the query has a homophone.
  const soundsAlike = groups.some((group) =>
    group.alternatives.some((alternative) => alternative.field === 'pinyin'),
  );
  const columns = sql.raw(
    'd.article_id, d.title_tokens, d.body_tokens, d.keyword_tokens, d.status, d.updated_at, d.usage_count, ' +
      `d.expires_at, ${soundsAlike ? 'd.pinyin_tokens' : "'' AS pinyin_tokens"}`,
  );
  const total = groups.reduce((sum, group) => sum + group.docs, 0);
  const scope: Scope = { columns, filters, documents: plan.documents };
  if (total <= limit) return matching(db, scope, groups, 'OR', limit);

  const found = new Map<number, CandidateRow>();
  const room = () => limit - found.size;
  const take = async (chosen: readonly QueryGroup[], combine: Combine) => {
    if (room() <= 0 || chosen.length === 0) return;
    for (const row of await matching(db, scope, chosen, combine, room())) {
      found.set(Number(row.article_id), row);
    }
  };
  // A short query's concepts all together; a long one's two-at-a-time among its rarest (a rambling caller's
  // every word is never in one article, but the right one shares several of the distinctive ones).
  if (groups.length >= 2 && groups.length <= MAX_GROUPS_ALL_TOGETHER) await take(groups, 'AND');
  const byRarity = [...groups].sort((a, b) => a.docs - b.docs);
  if (groups.length >= 3) await take(byRarity.slice(0, MAX_GROUPS_PAIRED), 'PAIRS');
  const fitting: QueryGroup[] = [];
  let fittingDocs = 0;
  for (const group of byRarity) {
    if (fittingDocs + group.docs > room()) break;
    fitting.push(group);
    fittingDocs += group.docs;
  }
  await take(fitting, 'OR');
  await take(byRarity.slice(fitting.length, fitting.length + 1), 'OR');
  return [...found.values()];
}

/** What every candidate query of one search shares. */
interface Scope {
  columns: RawBuilder<unknown>;
  filters: SearchFilters;
  documents: number;
}

async function matching(
  db: Executor,
  { columns, filters, documents }: Scope,
  groups: readonly QueryGroup[],
  combine: Combine,
  limit: number,
): Promise<CandidateRow[]> {
  const where = filterConditions(filters);
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    const words = combined(groups.map(ftsGroup), combine, FTS_JUNCTIONS);
    const facets = facetMatch(filters, categoryStemOf(filters));
    const expression = facets ? `${words} AND ${facets}` : words;
    const result = await sql<CandidateRow>`
      SELECT ${columns} FROM kb_search_fts JOIN kb_search_docs AS d ON d.article_id = kb_search_fts.rowid
      WHERE kb_search_fts MATCH ${expression} AND ${where}
      ORDER BY kb_search_fts.rowid DESC LIMIT ${limit}`.execute(db);
    return result.rows;
  }
  const soundsAlike = groups.some((group) => group.alternatives.some((a) => a.field === 'pinyin'));
  const matches = soundsAlike
    ? combined(groups.map(pgGroup), combine, SQL_JUNCTIONS)
    : sql`d.search_vector @@ to_tsquery('simple', ${combined(
        groups.map((g) => tsQuery(g.alternatives)),
        combine,
        TS_JUNCTIONS,
      )})`;
  const result = await sql<CandidateRow>`
    SELECT ${columns} FROM kb_search_docs AS d
    WHERE ${matches} AND ${where}
    ORDER BY ${newestFirst(groups, combine, documents) ? sql`d.article_id` : sql`d.article_id + 0`} DESC
    LIMIT ${limit}`.execute(db);
  return result.rows;
}

/**
 * PostgreSQL's planner misjudges how many rows a tsquery matches, and when it guesses many it walks the
 * primary key backwards testing each row: fast when one row in ten matches, seconds when one in a thousand
 * does. The term counts tell (groups taken as independent): a query matching one document in ten walks the
 * key; anything rarer is written `article_id + 0`, which no index orders, so the GIN bitmap is read instead.
 */
function newestFirst(groups: readonly QueryGroup[], combine: Combine, documents: number): boolean {
  const shares = groups.map((group) => Math.min(1, group.docs / Math.max(1, documents)));
  let share: number;
  if (combine === 'OR') share = shares.reduce((sum, s) => sum + s, 0);
  else if (combine === 'AND') share = shares.reduce((product, s) => product * s, 1);
  else
    share = shares.reduce((sum, s, i) => sum + s * shares.slice(i + 1).reduce((rest, t) => rest + t, 0), 0);
  return share >= DENSE_MATCH_SHARE;
}

const DENSE_MATCH_SHARE = 0.1;

interface Junctions<T> {
  all(parts: T[]): T;
  any(parts: T[]): T;
}

const FTS_JUNCTIONS: Junctions<string> = {
  all: (parts) => `(${parts.join(' AND ')})`,
  any: (parts) => `(${parts.join(' OR ')})`,
};
const TS_JUNCTIONS: Junctions<string> = {
  all: (parts) => `(${parts.join(' & ')})`,
  any: (parts) => `(${parts.join(' | ')})`,
};
const SQL_JUNCTIONS: Junctions<RawBuilder<unknown>> = {
  all: (parts) => sql`(${sql.join(parts, sql` AND `)})`,
  any: (parts) => sql`(${sql.join(parts, sql` OR `)})`,
};

function combined<T>(parts: T[], combine: Combine, junctions: Junctions<T>): T {
  if (combine === 'AND') return junctions.all(parts);
  if (combine === 'OR') return junctions.any(parts);
  // Any two of a, b, c, d: (a AND (b OR c OR d)) OR (b AND (c OR d)) OR (c AND d): each part read fewer times
  // than in the six pairs written out.
  const alternatives: T[] = [];
  for (let i = 0; i + 1 < parts.length; i++) {
    const rest = parts.slice(i + 1);
    alternatives.push(
      junctions.all([parts[i] as T, rest.length === 1 ? (rest[0] as T) : junctions.any(rest)]),
    );
  }
  return junctions.any(alternatives);
}

function filterConditions(filters: SearchFilters): RawBuilder<unknown> {
  const statuses = filters.statuses && filters.statuses.length > 0 ? filters.statuses : DEFAULT_STATUSES;
  const conditions: RawBuilder<unknown>[] = [sql`d.status IN (${sql.join(statuses)})`];
  const stem = categoryStemOf(filters);
  if (stem !== null) {
    conditions.push(sql`d.category_code LIKE ${`${escapeLike(stem)}%`} ESCAPE '\\'`);
  }
  if (filters.unitCodes) {
    // An empty list is a scope that holds no unit: nothing matches, rather than everything.
    conditions.push(
      filters.unitCodes.length > 0 ? sql`d.unit_code IN (${sql.join(filters.unitCodes)})` : sql`1 = 0`,
    );
  }
  if (filters.districtCode) {
    const within = `% ${escapeLike(filters.districtCode)} %`;
    conditions.push(sql`(d.districts = '' OR ' ' || d.districts || ' ' LIKE ${within} ESCAPE '\\')`);
  }
  return sql.join(conditions, sql` AND `);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

const TEXT_COLUMNS = '{title_tokens body_tokens keyword_tokens}';

/** FTS5: text alternatives searched in the three text columns, pinyin ones in the pinyin column. */
function ftsGroup(group: QueryGroup): string {
  const text = group.alternatives.filter((a) => a.field === 'text').map(ftsAlternative);
  const pinyin = group.alternatives.filter((a) => a.field === 'pinyin').map(ftsAlternative);
  const parts = [];
  if (text.length > 0) parts.push(`${TEXT_COLUMNS} : (${text.join(' OR ')})`);
  if (pinyin.length > 0) parts.push(`pinyin_tokens : (${pinyin.join(' OR ')})`);
  return `(${parts.join(' OR ')})`;
}

function ftsAlternative(alternative: Alternative): string {
  const tokens = alternative.tokens.map(
    (token) => `"${token.replace(/"/g, '""')}"${alternative.prefix ? ' *' : ''}`,
  );
  return tokens.length === 1 ? (tokens[0] as string) : `(${tokens.join(' AND ')})`;
}

/**
 * PostgreSQL: words are matched in search_vector, pinyin keys in sound_vector (migration 0009), both without
 * positions or weights, so that GIN never rechecks a row and a row's own check stays cheap.
 */
function pgGroup(group: QueryGroup): RawBuilder<unknown> {
  const text = group.alternatives.filter((a) => a.field === 'text');
  const sound = group.alternatives.filter((a) => a.field === 'pinyin');
  const parts: RawBuilder<unknown>[] = [];
  if (text.length > 0) parts.push(sql`d.search_vector @@ to_tsquery('simple', ${tsQuery(text)})`);
  if (sound.length > 0) parts.push(sql`d.sound_vector @@ to_tsquery('simple', ${tsQuery(sound)})`);
  return SQL_JUNCTIONS.any(parts);
}

function tsQuery(alternatives: readonly Alternative[]): string {
  return TS_JUNCTIONS.any(
    alternatives.map((alternative) => {
      const tokens = alternative.tokens.map(
        (token) => `'${token.replace(/'/g, "''")}'${alternative.prefix ? ':*' : ''}`,
      );
      return tokens.length === 1 ? (tokens[0] as string) : TS_JUNCTIONS.all(tokens);
    }),
  );
}
