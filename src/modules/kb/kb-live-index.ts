import type { Executor } from '../../db/executor.ts';
import { createKbArticlesRepository, type KbArticleRecord } from './kb-articles.repository.ts';
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
  await search.index(trx, {
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
  });
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
    for (const row of rows) {
      yield {
        articleId: Number(row.id),
        title: row.title,
        body: row.content,
        keywords: row.keywords ? (JSON.parse(row.keywords) as string[]) : [],
        status: 'published',
        categoryCode: row.category_code,
        unitCode: row.unit_code,
        districtCodes: row.district_codes ? (JSON.parse(row.district_codes) as string[]) : [],
        updatedAt: new Date(row.published_at ?? row.updated_at),
        expiresAt: row.expires_on ? new Date(`${row.expires_on}T00:00:00+08:00`) : null,
      };
    }
    if (rows.length < PAGE) return;
    after = Number(rows[rows.length - 1]!.id);
  }
}
