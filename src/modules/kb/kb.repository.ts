import { sql } from 'kysely';
import { toNumber } from '../../db/dialect.ts';
import type { Executor } from '../../db/executor.ts';

export interface KbArticle {
  id: number;
  articleNumber: string;
  title: string;
  content: string;
  /** The unit that owns the article (维护单位 of its first revision). */
  unitCode: string;
  createdAt: string;
  updatedAt: string;
}

export interface KbRevision {
  articleId: number;
  unitCode: string;
  title: string;
  content: string;
  revisedAt: string;
}

const ROWS_PER_STATEMENT = 500;

function slices<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += ROWS_PER_STATEMENT)
    out.push(items.slice(start, start + ROWS_PER_STATEMENT));
  return out;
}

export function createKbRepository(db: Executor) {
  return {
    async findArticles(numbers: readonly string[]): Promise<Map<string, KbArticle>> {
      const found = new Map<string, KbArticle>();
      for (const slice of slices([...new Set(numbers)])) {
        const rows = await db
          .selectFrom('kb_articles')
          .selectAll()
          .where('article_number', 'in', slice)
          .execute();
        for (const row of rows) {
          found.set(row.article_number, {
            id: Number(row.id),
            articleNumber: row.article_number,
            title: row.title,
            content: row.content,
            unitCode: row.unit_code,
            createdAt: row.created_at,
            updatedAt: row.updated_at,
          });
        }
      }
      return found;
    },

    async insertArticle(article: Omit<KbArticle, 'id'>): Promise<number> {
      const row = await db
        .insertInto('kb_articles')
        .values({
          article_number: article.articleNumber,
          title: article.title,
          content: article.content,
          unit_code: article.unitCode,
          created_at: article.createdAt,
          updated_at: article.updatedAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return Number(row.id);
    },

    async updateArticle(id: number, change: { title: string; content: string; updatedAt: string }) {
      await db
        .updateTable('kb_articles')
        .set({ title: change.title, content: change.content, updated_at: change.updatedAt })
        .where('id', '=', id)
        .execute();
    },

    /** `${articleId}|${revisedAt}` of the revisions already stored for these articles. */
    async storedRevisionKeys(articleIds: readonly number[]): Promise<Set<string>> {
      const keys = new Set<string>();
      for (const slice of slices([...new Set(articleIds)])) {
        const rows = await db
          .selectFrom('kb_revisions')
          .select(['article_id', 'revised_at'])
          .where('article_id', 'in', slice)
          .execute();
        for (const row of rows) keys.add(`${Number(row.article_id)}|${row.revised_at}`);
      }
      return keys;
    },

    /**
     * A file's revision carries only title and content: the rest of the article (category, keywords, districts,
     * validity) is carried over from the article as it stands, so a revision made live by an import keeps them.
     */
    async insertRevisions(revisions: readonly KbRevision[]): Promise<void> {
      for (const slice of slices(revisions)) {
        const described = new Map(
          (
            await db
              .selectFrom('kb_articles')
              .select(['id', 'category_code', 'keywords', 'district_codes', 'effective_from', 'expires_on'])
              .where('id', 'in', [...new Set(slice.map((r) => r.articleId))])
              .execute()
          ).map((row) => [Number(row.id), row]),
        );
        await db
          .insertInto('kb_revisions')
          .values(
            slice.map((r) => {
              const article = described.get(r.articleId);
              return {
                article_id: r.articleId,
                unit_code: r.unitCode,
                title: r.title,
                content: r.content,
                revised_at: r.revisedAt,
                category_code: article?.category_code ?? null,
                keywords: article?.keywords ?? null,
                district_codes: article?.district_codes ?? null,
                effective_from: article?.effective_from ?? null,
                expires_on: article?.expires_on ?? null,
              };
            }),
          )
          .execute();
      }
    },

    /** Revisions by the unit that made them, within [fromIso, toIso) instants (知识库更新数, DESIGN §7). */
    async revisionCountsByUnit(fromIso: string, toIso: string): Promise<Map<string, number>> {
      const rows = await db
        .selectFrom('kb_revisions')
        .select(['unit_code', sql<number>`count(*)`.as('n')])
        .where('revised_at', '>=', fromIso)
        .where('revised_at', '<', toIso)
        .groupBy('unit_code')
        .execute();
      return new Map(rows.map((r) => [r.unit_code, toNumber(r.n)]));
    },

    /**
     * Imported articles were live in the old system: their revisions are numbered 1, 2, 3 … in time order and the
     * latest one is published. Set-based, so that a file of tens of thousands of revisions costs a few statements.
     */
    async publishLatest(articleIds: readonly number[]): Promise<void> {
      for (const slice of slices([...new Set(articleIds)])) {
        await db
          .updateTable('kb_revisions')
          .set({
            version: sql<number>`(select count(*) from kb_revisions r2 where r2.article_id = kb_revisions.article_id
              and (r2.revised_at < kb_revisions.revised_at
                or (r2.revised_at = kb_revisions.revised_at and r2.id <= kb_revisions.id)))`,
          })
          .where('article_id', 'in', slice)
          .execute();
        await db
          .updateTable('kb_articles')
          .set({
            status: 'published',
            published_version: sql<number>`(select max(r.version) from kb_revisions r where r.article_id = kb_articles.id)`,
            published_at: sql<string>`(select max(r.revised_at) from kb_revisions r where r.article_id = kb_articles.id)`,
            review_comment: null,
            version: sql<number>`version + 1`,
          })
          .where('id', 'in', slice)
          .execute();
      }
    },

    async listRevisions(articleId: number): Promise<KbRevision[]> {
      const rows = await db
        .selectFrom('kb_revisions')
        .selectAll()
        .where('article_id', '=', articleId)
        .orderBy('revised_at')
        .execute();
      return rows.map((row) => ({
        articleId: Number(row.article_id),
        unitCode: row.unit_code,
        title: row.title,
        content: row.content,
        revisedAt: row.revised_at,
      }));
    },
  };
}

export type KbRepository = ReturnType<typeof createKbRepository>;
