import type { Executor } from '../../db/executor.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { localDate } from '../../domain/time.ts';
import type { Clock } from '../../shared/clock.ts';
import type { UnitsService } from '../units/index.ts';
import { createKbArticlesRepository, type KbArticleRecord } from './kb-articles.repository.ts';
import type { KbSearchEngine, KbSearchFilters, KbSearchHit } from './kb-search-indexer.ts';

export interface KbSearchResult {
  id: number;
  number: string;
  title: string;
  unitCode: string;
  categoryCode: string | null;
  expiresOn: string | null;
  expired: boolean;
  score: number;
  matched: string[];
  highlights: KbSearchHit['highlights'];
}

export interface KbPublicArticle {
  number: string;
  title: string;
  content: string;
  categoryCode: string | null;
  districtCodes: string[];
  updatedAt: string;
}

/**
 * Search as agents use it while the caller talks (any signed-in user, every unit's live articles), and as the
 * public FAQ shows it: only the approved text of live, unexpired articles — never drafts or internal notes.
 */
export function createKbSearchService(deps: {
  db: Executor;
  clock: Clock;
  units: Pick<UnitsService, 'directory'>;
  engine: KbSearchEngine;
}) {
  async function hits(query: string, filters: KbSearchFilters) {
    const found = await deps.engine.search(query, filters);
    const repository = createKbArticlesRepository(deps.db);
    const articles = await Promise.all(found.map((hit) => repository.find(hit.articleId)));
    return found.flatMap((hit, index) => (articles[index] ? [{ hit, article: articles[index] }] : []));
  }

  const today = () => localDate(deps.clock.now());
  const expired = (article: KbArticleRecord) => article.expiresOn !== null && article.expiresOn <= today();

  return {
    async search(
      _actor: Actor,
      query: string,
      filters: Omit<KbSearchFilters, 'unitCodes'> & { unitCode?: string | undefined },
    ): Promise<KbSearchResult[]> {
      const { unitCode, ...rest } = filters;
      const unitCodes = unitCode ? (await deps.units.directory()).subtreeCodes(unitCode) : undefined;
      const found = await hits(query, { ...rest, ...(unitCodes ? { unitCodes } : {}) });
      return found.map(({ hit, article }) => ({
        id: article.id,
        number: article.number,
        title: article.title,
        unitCode: article.unitCode,
        categoryCode: article.categoryCode,
        expiresOn: article.expiresOn,
        expired: expired(article),
        score: hit.score,
        matched: hit.matched,
        highlights: hit.highlights,
      }));
    },

    /** The public FAQ: published, unexpired, the live revision's text only. */
    async publicSearch(
      query: string,
      limit: number,
    ): Promise<(KbPublicArticle & { highlights: KbSearchHit['highlights'] })[]> {
      const found = await hits(query, { statuses: ['published'], limit: Math.min(limit, 20) });
      const repository = createKbArticlesRepository(deps.db);
      const results = [];
      for (const { hit, article } of found) {
        if (expired(article) || article.publishedVersion === null) continue;
        const live = (await repository.revisions(article.id)).find(
          (r) => r.version === article.publishedVersion,
        );
        if (!live) continue;
        results.push({
          number: article.number,
          title: live.title,
          content: live.content,
          categoryCode: live.categoryCode,
          districtCodes: live.districtCodes,
          updatedAt: article.publishedAt ?? article.updatedAt,
          highlights: hit.highlights,
        });
      }
      return results;
    },
  };
}

export type KbSearchService = ReturnType<typeof createKbSearchService>;
