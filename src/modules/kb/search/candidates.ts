import { sql, SqliteAdapter, type RawBuilder } from 'kysely';
import type { Executor } from '../../../db/executor.ts';
import { categoryStem, isCategoryCode } from '../../../domain/categories/category-code.ts';
import type { Alternative, QueryGroup, QueryPlan } from './query-types.ts';

// The only dialect-specific part of the search: which documents match. SQLite asks FTS5, PostgreSQL the GIN
// index over the weighted tsvector; both return the same rows in the same order (newest article first) for
// the same plan, and everything after — scores, order, highlights — is computed by the same TypeScript.

export interface SearchFilters {
  /** This category and every category below it */
  categoryCode?: string | undefined;
  unitCodes?: readonly string[] | undefined;
  /** Articles for this district, and articles for the whole city */
  districtCode?: string | undefined;
  /** Default: published only */
  statuses?: readonly string[] | undefined;
  /** Default 10, at most 50 */
  limit?: number | undefined;
}

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

export const DEFAULT_STATUSES: readonly string[] = ['published'];

type Combine = 'AND' | 'OR';

/**
 * At most `limit` matching documents, chosen without any database-specific ranking so that both databases
 * choose the same ones. When every match fits, all are taken. Otherwise, in turn until `limit` is reached:
 * documents matching every group; all documents of the rarest groups whose counts fit together; documents
 * matching the two rarest groups; documents matching the rarest group left — the newest first at each step.
 * A query of very common words (问题, 小区) thus reads `limit` rows, never every match.
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
  if (total <= limit) return matching(db, columns, groups, 'OR', filters, limit);

  const found = new Map<number, CandidateRow>();
  const room = () => limit - found.size;
  const take = async (chosen: readonly QueryGroup[], combine: Combine) => {
    if (room() <= 0 || chosen.length === 0) return;
    for (const row of await matching(db, columns, chosen, combine, filters, room())) {
      found.set(Number(row.article_id), row);
    }
  };
  if (groups.length >= 2) await take(groups, 'AND');
  const byRarity = [...groups].sort((a, b) => a.docs - b.docs);
  const fitting: QueryGroup[] = [];
  let fittingDocs = 0;
  for (const group of byRarity) {
    if (fittingDocs + group.docs > room()) break;
    fitting.push(group);
    fittingDocs += group.docs;
  }
  await take(fitting, 'OR');
  const rest = byRarity.slice(fitting.length);
  if (rest.length >= 2 && groups.length >= 3) await take(rest.slice(0, 2), 'AND');
  await take(rest.slice(0, 1), 'OR');
  return [...found.values()];
}

async function matching(
  db: Executor,
  columns: RawBuilder<unknown>,
  groups: readonly QueryGroup[],
  combine: Combine,
  filters: SearchFilters,
  limit: number,
): Promise<CandidateRow[]> {
  const where = filterConditions(filters);
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    const expression = groups.map(ftsGroup).join(` ${combine} `);
    const result = await sql<CandidateRow>`
      SELECT ${columns} FROM kb_search_fts JOIN kb_search_docs AS d ON d.article_id = kb_search_fts.rowid
      WHERE kb_search_fts MATCH ${expression} AND ${where}
      ORDER BY kb_search_fts.rowid DESC LIMIT ${limit}`.execute(db);
    return result.rows;
  }
  const expression = groups.map(tsGroup).join(combine === 'AND' ? ' & ' : ' | ');
  const result = await sql<CandidateRow>`
    SELECT ${columns} FROM kb_search_docs AS d
    WHERE d.search_vector @@ to_tsquery('simple', ${expression}) AND ${where}
    ORDER BY d.article_id DESC LIMIT ${limit}`.execute(db);
  return result.rows;
}

function filterConditions(filters: SearchFilters): RawBuilder<unknown> {
  const statuses = filters.statuses && filters.statuses.length > 0 ? filters.statuses : DEFAULT_STATUSES;
  const conditions: RawBuilder<unknown>[] = [sql`d.status IN (${sql.join(statuses)})`];
  if (filters.categoryCode) {
    const stem = isCategoryCode(filters.categoryCode)
      ? categoryStem(filters.categoryCode)
      : filters.categoryCode;
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

/** PostgreSQL: weights A–C are the text columns, D the pinyin column (see migration 0009). */
function tsGroup(group: QueryGroup): string {
  return `(${group.alternatives.map(tsAlternative).join(' | ')})`;
}

function tsAlternative(alternative: Alternative): string {
  const label = `${alternative.prefix ? '*' : ''}${alternative.field === 'text' ? 'ABC' : 'D'}`;
  const tokens = alternative.tokens.map((token) => `'${token.replace(/'/g, "''")}':${label}`);
  return tokens.length === 1 ? (tokens[0] as string) : `(${tokens.join(' & ')})`;
}
