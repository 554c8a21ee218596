import { sql } from 'kysely';
import { toNumber } from '../../db/dialect.ts';
import type { Executor } from '../../db/executor.ts';
import type { Database } from '../../db/schema.ts';
import type { KbStatus } from '../../domain/kb/article-workflow.ts';
import type { Selectable } from 'kysely';

type ArticleRow = Selectable<Database['kb_articles']>;
type RevisionRow = Selectable<Database['kb_revisions']>;

/** What an article says and to whom it applies: the part every revision keeps a snapshot of. */
export interface KbContent {
  title: string;
  /** Markdown; rendered without raw HTML, so nothing an author writes can run as script */
  content: string;
  categoryCode: string | null;
  keywords: string[];
  /** District unit codes; empty: the whole city */
  districtCodes: string[];
  /** 'YYYY-MM-DD' */
  effectiveFrom: string | null;
  expiresOn: string | null;
}

export interface KbArticleRecord extends KbContent {
  id: number;
  number: string;
  unitCode: string;
  status: KbStatus;
  version: number;
  reviewDueOn: string | null;
  internalNote: string | null;
  reviewComment: string | null;
  publishedVersion: number | null;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  createdBy: number | null;
}

export interface KbRevisionRecord extends KbContent {
  version: number;
  unitCode: string;
  authorUserId: number | null;
  changeNote: string | null;
  revisedAt: string;
}

const list = (text: string | null): string[] => (text ? (JSON.parse(text) as string[]) : []);

function articleOf(row: ArticleRow): KbArticleRecord {
  return {
    id: Number(row.id),
    number: row.article_number,
    title: row.title,
    content: row.content,
    unitCode: row.unit_code,
    status: row.status as KbStatus,
    version: Number(row.version),
    categoryCode: row.category_code,
    keywords: list(row.keywords),
    districtCodes: list(row.district_codes),
    effectiveFrom: row.effective_from,
    expiresOn: row.expires_on,
    reviewDueOn: row.review_due_on,
    internalNote: row.internal_note,
    reviewComment: row.review_comment,
    publishedVersion: row.published_version === null ? null : Number(row.published_version),
    publishedAt: row.published_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    createdBy: row.created_by === null ? null : Number(row.created_by),
  };
}

function revisionOf(row: RevisionRow, index: number): KbRevisionRecord {
  return {
    version: row.version === null ? index + 1 : Number(row.version),
    unitCode: row.unit_code,
    title: row.title,
    content: row.content,
    categoryCode: row.category_code,
    keywords: list(row.keywords),
    districtCodes: list(row.district_codes),
    effectiveFrom: row.effective_from,
    expiresOn: row.expires_on,
    authorUserId: row.author_user_id === null ? null : Number(row.author_user_id),
    changeNote: row.change_note,
    revisedAt: row.revised_at,
  };
}

function contentColumns(content: KbContent) {
  return {
    title: content.title,
    content: content.content,
    category_code: content.categoryCode,
    keywords: JSON.stringify(content.keywords),
    district_codes: JSON.stringify(content.districtCodes),
    effective_from: content.effectiveFrom,
    expires_on: content.expiresOn,
  };
}

export interface KbArticleFilter {
  /** Articles owned by these units (a unit's subtree); absent: every unit */
  unitCodes?: readonly string[];
  statuses?: readonly KbStatus[];
  categoryPrefix?: string;
  q?: string;
}

export function createKbArticlesRepository(db: Executor) {
  return {
    async find(id: number): Promise<KbArticleRecord | undefined> {
      const row = await db.selectFrom('kb_articles').selectAll().where('id', '=', id).executeTakeFirst();
      return row && articleOf(row);
    },

    async findByNumber(number: string): Promise<KbArticleRecord | undefined> {
      const row = await db
        .selectFrom('kb_articles')
        .selectAll()
        .where('article_number', '=', number)
        .executeTakeFirst();
      return row && articleOf(row);
    },

    async list(filter: KbArticleFilter, page: { offset: number; limit: number }) {
      let query = db.selectFrom('kb_articles');
      if (filter.unitCodes) query = query.where('unit_code', 'in', [...filter.unitCodes]);
      if (filter.statuses?.length) query = query.where('status', 'in', [...filter.statuses]);
      if (filter.categoryPrefix) query = query.where('category_code', 'like', `${filter.categoryPrefix}%`);
      if (filter.q) {
        const pattern = `%${filter.q.replace(/[%_]/g, '')}%`;
        query = query.where((eb) =>
          eb.or([eb('title', 'like', pattern), eb('article_number', '=', filter.q!)]),
        );
      }
      const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
      const rows = await query
        .selectAll()
        .orderBy('updated_at', 'desc')
        .orderBy('id', 'desc')
        .offset(page.offset)
        .limit(page.limit)
        .execute();
      return { rows: rows.map(articleOf), total: toNumber(total?.n ?? 0) };
    },

    /** Articles due for attention by `until` ('YYYY-MM-DD'): 失效 or 定期复核 due, live ones only. */
    async due(unitCodes: readonly string[] | undefined, until: string): Promise<KbArticleRecord[]> {
      let query = db
        .selectFrom('kb_articles')
        .selectAll()
        .where('published_version', 'is not', null)
        .where('status', '!=', 'withdrawn')
        .where((eb) => eb.or([eb('expires_on', '<=', until), eb('review_due_on', '<=', until)]));
      if (unitCodes) query = query.where('unit_code', 'in', [...unitCodes]);
      return (await query.orderBy('unit_code').orderBy('expires_on').execute()).map(articleOf);
    },

    async insert(
      article: KbContent & { unitCode: string; createdBy: number | null; internalNote: string | null },
      at: string,
    ): Promise<KbArticleRecord> {
      // The number is made from the id (ZSK000123): a placeholder keeps the unique column filled until then.
      const placeholder = `new-${at}-${Math.random().toString(36).slice(2)}`;
      const row = await db
        .insertInto('kb_articles')
        .values({
          article_number: placeholder,
          ...contentColumns(article),
          unit_code: article.unitCode,
          status: 'draft',
          version: 1,
          internal_note: article.internalNote,
          created_by: article.createdBy,
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const id = Number(row.id);
      await db
        .updateTable('kb_articles')
        .set({ article_number: `ZSK${String(id).padStart(6, '0')}` })
        .where('id', '=', id)
        .execute();
      return (await this.find(id))!;
    },

    /**
     * Applies a change if the article is still at `expectedVersion` (optimistic lock); false when another
     * change came first.
     */
    async update(
      id: number,
      expectedVersion: number,
      change: Partial<KbContent> & {
        status?: KbStatus;
        internalNote?: string | null;
        reviewComment?: string | null;
        publishedVersion?: number | null;
        publishedAt?: string | null;
        reviewDueOn?: string | null;
      },
      at: string,
    ): Promise<boolean> {
      const { title, content, categoryCode, keywords, districtCodes, effectiveFrom, expiresOn } = change;
      const contentChange =
        title === undefined
          ? {}
          : contentColumns({
              title,
              content: content!,
              categoryCode: categoryCode ?? null,
              keywords: keywords ?? [],
              districtCodes: districtCodes ?? [],
              effectiveFrom: effectiveFrom ?? null,
              expiresOn: expiresOn ?? null,
            });
      const result = await db
        .updateTable('kb_articles')
        .set({
          ...contentChange,
          ...(change.status ? { status: change.status } : {}),
          ...(change.internalNote !== undefined ? { internal_note: change.internalNote } : {}),
          ...(change.reviewComment !== undefined ? { review_comment: change.reviewComment } : {}),
          ...(change.publishedVersion !== undefined ? { published_version: change.publishedVersion } : {}),
          ...(change.publishedAt !== undefined ? { published_at: change.publishedAt } : {}),
          ...(change.reviewDueOn !== undefined ? { review_due_on: change.reviewDueOn } : {}),
          version: sql<number>`version + 1`,
          updated_at: at,
        })
        .where('id', '=', id)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async insertRevision(
      articleId: number,
      revision: KbContent & {
        version: number;
        unitCode: string;
        authorUserId: number | null;
        changeNote: string | null;
      },
      at: string,
    ): Promise<void> {
      await db
        .insertInto('kb_revisions')
        .values({
          article_id: articleId,
          ...contentColumns(revision),
          version: revision.version,
          unit_code: revision.unitCode,
          author_user_id: revision.authorUserId,
          change_note: revision.changeNote,
          revised_at: at,
        })
        .execute();
    },

    async revisions(articleId: number): Promise<KbRevisionRecord[]> {
      const rows = await db
        .selectFrom('kb_revisions')
        .selectAll()
        .where('article_id', '=', articleId)
        .orderBy('revised_at')
        .orderBy('id')
        .execute();
      return rows.map(revisionOf);
    },

    /** Every revision of the articles owned by these units (all when absent), article by article, oldest first. */
    async exportRows(unitCodes: readonly string[] | undefined) {
      let query = db
        .selectFrom('kb_revisions')
        .innerJoin('kb_articles', 'kb_articles.id', 'kb_revisions.article_id')
        .select([
          'kb_articles.article_number as number',
          'kb_revisions.title as title',
          'kb_revisions.content as content',
          'kb_revisions.unit_code as unitCode',
          'kb_revisions.revised_at as revisedAt',
        ]);
      if (unitCodes) query = query.where('kb_articles.unit_code', 'in', [...unitCodes]);
      return query.orderBy('kb_articles.article_number').orderBy('kb_revisions.revised_at').execute();
    },

    async recordAnswer(articleId: number, ticketId: number, unitCode: string, at: string): Promise<void> {
      await db
        .insertInto('kb_answers')
        .values({ article_id: articleId, ticket_id: ticketId, unit_code: unitCode, answered_at: at })
        .execute();
    },

    async answeredTickets(articleId: number): Promise<number[]> {
      const rows = await db
        .selectFrom('kb_answers')
        .select('ticket_id')
        .where('article_id', '=', articleId)
        .execute();
      return rows.map((row) => Number(row.ticket_id));
    },

    /** How many tickets each unit's articles answered within [fromIso, toIso). */
    async answerCountsByUnit(fromIso: string, toIso: string): Promise<Map<string, number>> {
      const rows = await db
        .selectFrom('kb_answers')
        .select(['unit_code', sql<number>`count(*)`.as('n')])
        .where('answered_at', '>=', fromIso)
        .where('answered_at', '<', toIso)
        .groupBy('unit_code')
        .execute();
      return new Map(rows.map((row) => [row.unit_code, toNumber(row.n)]));
    },
  };
}

export type KbArticlesRepository = ReturnType<typeof createKbArticlesRepository>;
