import { isUniqueViolation, toIso } from '../../db/dialect.ts';
import type { Executor } from '../../db/executor.ts';
import { inTransaction } from '../../db/executor.ts';
import { createKbArticlesRepository } from './kb-articles.repository.ts';
import { indexLiveRevision, liveArticles } from './kb-live-index.ts';
import type { KbSearchIndexer } from './kb-search-indexer.ts';
import { createKbRepository, type KbArticle, type KbRevision } from './kb.repository.ts';

/** One creation or revision of an article (知识库更新, DESIGN §7). */
export interface KbRevisionInput {
  articleNumber: string;
  title: string;
  content: string;
  /** 维护单位: the unit that wrote this revision (it owns the article when this is the first). */
  unitCode: string;
  revisedAt: Date;
}

type ImportCounts = { imported: number; skipped: number };

const INDEX_ONE_BY_ONE = 200;

export function createKbService(deps: { db: Executor; search: KbSearchIndexer }) {
  /**
   * Creates each article on first sight, brings its title and content to the latest revision, and stores
   * every revision not stored yet (unique on article and time): importing the same file twice adds nothing.
   */
  function store(inputs: readonly KbRevisionInput[]): Promise<ImportCounts> {
    return inTransaction(deps.db, async (trx) => {
      const repository = createKbRepository(trx);
      const byArticle = new Map<string, KbRevisionInput[]>();
      for (const input of inputs) {
        const list = byArticle.get(input.articleNumber) ?? [];
        list.push(input);
        byArticle.set(input.articleNumber, list);
      }
      const articles = await repository.findArticles([...byArticle.keys()]);
      const revisions: KbRevision[] = [];
      for (const [articleNumber, list] of byArticle) {
        const ordered = [...list].sort((a, b) => a.revisedAt.getTime() - b.revisedAt.getTime());
        const first = ordered[0]!;
        const latest = ordered[ordered.length - 1]!;
        const latestAt = toIso(latest.revisedAt);
        const stored = articles.get(articleNumber);
        let articleId = stored?.id;
        if (!stored) {
          articleId = await repository.insertArticle({
            articleNumber,
            title: latest.title,
            content: latest.content,
            unitCode: first.unitCode,
            createdAt: toIso(first.revisedAt),
            updatedAt: latestAt,
          });
        } else if (latestAt > stored.updatedAt) {
          await repository.updateArticle(stored.id, {
            title: latest.title,
            content: latest.content,
            updatedAt: latestAt,
          });
        }
        for (const r of ordered) {
          const { unitCode, title, content } = r;
          revisions.push({ articleId: articleId!, unitCode, title, content, revisedAt: toIso(r.revisedAt) });
        }
      }
      const storedKeys = await repository.storedRevisionKeys(revisions.map((r) => r.articleId));
      const fresh = revisions.filter((r) => !storedKeys.has(`${r.articleId}|${r.revisedAt}`));
      await repository.insertRevisions(fresh);
      await publishImported(trx, [...new Set(fresh.map((r) => r.articleId))]);
      return { imported: fresh.length, skipped: inputs.length - fresh.length };
    });
  }

  /**
   * An imported knowledge base was live in the old system: its articles are published at their latest revision,
   * numbered 1, 2, 3 … in time order, and indexed for search.
   */
  async function publishImported(trx: Executor, articleIds: readonly number[]): Promise<void> {
    await createKbRepository(trx).publishLatest(articleIds);
    // A few articles are indexed one by one; a whole legacy knowledge base at once, with its word counts summed.
    if (articleIds.length > INDEX_ONE_BY_ONE) {
      await deps.search.reindexAll(trx, liveArticles(trx));
      return;
    }
    const articles = createKbArticlesRepository(trx);
    for (const id of articleIds) await indexLiveRevision(trx, deps.search, (await articles.find(id))!);
  }

  return {
    async importRevisions(inputs: readonly KbRevisionInput[]): Promise<ImportCounts> {
      try {
        return await store(inputs);
      } catch (error) {
        // Another import of the same revisions committed first: this attempt rolled back, the next skips them.
        if (isUniqueViolation(error)) return store(inputs);
        throw error;
      }
    },

    /** An article and its revisions, oldest first; undefined when no article has this number. */
    async getArticle(articleNumber: string): Promise<(KbArticle & { revisions: KbRevision[] }) | undefined> {
      const repository = createKbRepository(deps.db);
      const article = (await repository.findArticles([articleNumber])).get(articleNumber);
      return article && { ...article, revisions: await repository.listRevisions(article.id) };
    },

    /** How many revisions each unit made within [from, to) (知识库更新数, DESIGN §7). */
    revisionCountsByUnit(from: Date, to: Date): Promise<Map<string, number>> {
      return createKbRepository(deps.db).revisionCountsByUnit(from.toISOString(), to.toISOString());
    },
  };
}

export type KbService = ReturnType<typeof createKbService>;
