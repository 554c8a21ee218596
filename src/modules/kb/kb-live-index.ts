import type { Executor } from '../../db/executor.ts';
import {
  createKbArticlesRepository,
  type KbArticleRecord,
  type KbContent,
} from './kb-articles.repository.ts';
import type { KbIndexedArticle, KbSearchIndexer } from './kb-search-indexer.ts';

/**
 * Keeps the search index on an article's live revision, in the caller's transaction: the approved text is what
 * agents and citizens find, never a working copy; an article with none, or withdrawn, leaves the index.
 */
export async function indexLiveRevision(
  trx: Executor,
  search: KbSearchIndexer,
  article: KbArticleRecord,
): Promise<void> {
  if (article.publishedVersion === null || article.status === 'withdrawn') {
    await search.remove(trx, article.id);
    return;
  }
  const revisions = await createKbArticlesRepository(trx).revisions(article.id);
  const live = revisions.find((revision) => revision.version === article.publishedVersion);
  if (!live) return;
  await search.index(trx, indexedArticle(article, live));
}

/** The approved revision of a live article as the index keeps it. */
function indexedArticle(
  article: Pick<KbArticleRecord, 'id' | 'unitCode' | 'publishedAt' | 'updatedAt'>,
  live: Pick<KbContent, 'title' | 'content' | 'keywords' | 'categoryCode' | 'districtCodes' | 'expiresOn'>,
): KbIndexedArticle {
  return {
    articleId: article.id,
    title: live.title,
    body: live.content,
    keywords: live.keywords,
    status: 'published',
    categoryCode: live.categoryCode,
    unitCode: article.unitCode,
    districtCodes: live.districtCodes,
    updatedAt: new Date(article.publishedAt ?? article.updatedAt),
    // 失效日期 is the first day it no longer holds, at 00:00 in Shanghai.
    expiresAt: live.expiresOn ? new Date(`${live.expiresOn}T00:00:00+08:00`) : null,
  };
}

/** Every live article's approved revision, as the index keeps it, a page at a time. */
export async function* liveArticles(db: Executor): AsyncGenerator<KbIndexedArticle> {
  const PAGE = 1000;
  for (let after = 0; ;) {
    const rows = await db
      .selectFrom('kb_articles as a')
      .innerJoin('kb_revisions as r', (join) =>
        join.onRef('r.article_id', '=', 'a.id').onRef('r.version', '=', 'a.published_version'),
      )
      .select([
        'a.id',
        'a.unit_code',
        'a.published_at',
        'a.updated_at',
        'r.title',
        'r.content',
        'r.keywords',
        'r.category_code',
        'r.district_codes',
        'r.expires_on',
      ])
      .where('a.status', '!=', 'withdrawn')
      .where('a.id', '>', after)
      .orderBy('a.id')
      .limit(PAGE)
      .execute();
    const list = (text: string | null) => (text ? (JSON.parse(text) as string[]) : []);
    for (const row of rows) {
      yield indexedArticle(
        {
          id: Number(row.id),
          unitCode: row.unit_code,
          publishedAt: row.published_at,
          updatedAt: row.updated_at,
        },
        {
          title: row.title,
          content: row.content,
          keywords: list(row.keywords),
          categoryCode: row.category_code,
          districtCodes: list(row.district_codes),
          expiresOn: row.expires_on,
        },
      );
    }
    if (rows.length < PAGE) return;
    after = Number(rows[rows.length - 1]!.id);
  }
}
