import type { Executor } from '../../db/executor.ts';
import { createKbArticlesRepository, type KbArticleRecord } from './kb-articles.repository.ts';
import type { KbSearchIndexer } from './kb-search-indexer.ts';

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
