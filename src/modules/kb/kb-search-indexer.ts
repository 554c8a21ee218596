import type { Executor } from '../../db/executor.ts';
import type { SearchDocument } from './search/index.ts';

/** An article's live revision as the search index keeps it: the engine's own document. */
export type KbIndexedArticle = SearchDocument;

/** What the articles service needs of the search engine: keeping the index in step, in the same transaction. */
export interface KbSearchIndexer {
  index(db: Executor, article: KbIndexedArticle): Promise<void>;
  remove(db: Executor, articleId: number): Promise<void>;
  /** One more answer given with the article: usage raises its rank */
  recordUse(db: Executor, articleId: number): Promise<void>;
  /** Replaces the whole index (usage counts kept); returns how many articles it holds. */
  reindexAll(db: Executor, articles: AsyncIterable<KbIndexedArticle>): Promise<number>;
}

export interface KbSearchFilters {
  /** This category and below it */
  categoryCode?: string;
  unitCodes?: string[];
  districtCode?: string;
  /** Default: published only */
  statuses?: string[];
  limit?: number;
}

export interface KbSearchHit {
  articleId: number;
  score: number;
  /** The query terms (after synonyms and homophones) that matched */
  matched: string[];
  /** HTML-escaped text with <mark> around matched words */
  highlights: { title: string; snippet: string };
}

/** The engine as the knowledge base's use cases call it. */
export interface KbSearchEngine extends KbSearchIndexer {
  search(query: string, filters?: KbSearchFilters): Promise<KbSearchHit[]>;
}
