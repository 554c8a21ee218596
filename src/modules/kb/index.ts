// The knowledge base module's surface: articles owned by units, their revisions and review, search, and the
// revision counts the evaluation reads (知识库更新数).
export { createKbService, type KbService, type KbRevisionInput } from './kb.service.ts';
export type { KbArticle, KbRevision } from './kb.repository.ts';
export {
  createKbArticlesService,
  type KbArticlesService,
  type KbArticleInput,
  type KbArticleView,
} from './kb-articles.service.ts';
export type {
  KbSearchIndexer,
  KbIndexedArticle,
  KbSearchEngine,
  KbSearchFilters,
  KbSearchHit,
} from './kb-search-indexer.ts';
export { createKbSearchService, type KbSearchService } from './kb-search.service.ts';
export { createKbSynonymsService, type KbSynonymsService } from './kb-synonyms.service.ts';
export { KB_ERRORS } from './kb.errors.ts';
export { registerKbRoutes } from './kb.routes.ts';
export { createKbSearch, type KbSearch } from './search/index.ts';
