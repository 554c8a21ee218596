import type { Executor } from '../../../db/executor.ts';
import { fetchCandidates } from './candidates.ts';
import type { SearchFilters } from './search-filters.ts';
import { highlightTitle, snippetOf } from './highlight.ts';
import { deleteDocument, incrementUsage, rebuildIndex, writeDocument } from './index-writer.ts';
import { createSoundingVocabulary, type SoundingVocabulary } from './pinyin-keys.ts';
import { projectWords } from './project-words.ts';
import { planQuery } from './query-plan.ts';
import { rankCandidates } from './ranking.ts';
import type { SearchDocument } from './search-document.ts';
import { countTerms } from './search-terms.ts';
import { getSegmenter } from './segmenter.ts';
import { createSynonymSet, ruleInputOf, type SynonymSet } from './synonyms.ts';
import {
  EMPTY_VERSION_PREFIX,
  listSynonymRules,
  seedDefaultSynonyms,
  synonymsVersion,
} from './synonyms.repository.ts';
import { normalizeText } from './text.ts';

export interface KbSearchOptions {
  /** More dictionary words: the city's places and unit names, product names … */
  extraWords?: readonly string[];
  /** The clock expiry and recency are measured against */
  now?: () => Date;
}

export interface KbSearchResult {
  articleId: number;
  score: number;
  /** Past its expiry date, or marked expired: such results come after all others */
  expired: boolean;
  /** Words of the article that matched the query, its synonyms or its sound */
  matched: string[];
  /** HTML-escaped text with <mark> around matched words: the whole title, ≈ 80 characters of the body */
  highlights: { title: string; snippet: string };
}

export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 50;
/** Documents ranked per query, at most: enough for any page of results, few enough to rank in a millisecond. */
export const MAX_CANDIDATES = 200;
/** Long pasted texts are searched by their beginning: a caller's description fits easily. */
const MAX_QUERY_LENGTH = 500;

/**
 * The knowledge base's search engine. `db` is what searches read; writes take the caller's executor, so the
 * index changes in the same transaction as the article.
 */
export function createKbSearch(db: Executor, options: KbSearchOptions = {}) {
  const segmenter = getSegmenter(options.extraWords);
  const now = options.now ?? (() => new Date());
  const dictionary = projectWords(options.extraWords);
  let synonyms: { version: string; set: SynonymSet; vocabulary: SoundingVocabulary } | undefined;

  /**
   * The synonym set, reloaded when the table changed; its words join the dictionary before anything is cut.
   * An empty table gets the default rules, in the caller's transaction (a rollback takes them back, and the
   * next call seeds again).
   */
  async function currentSynonyms(executor: Executor) {
    let version = await synonymsVersion(executor);
    if (version.startsWith(EMPTY_VERSION_PREFIX)) {
      await seedDefaultSynonyms(executor, now());
      version = await synonymsVersion(executor);
    }
    if (synonyms?.version !== version) {
      const set = createSynonymSet((await listSynonymRules(executor)).map(ruleInputOf));
      segmenter.addWords(set.vocabulary());
      const vocabulary = createSoundingVocabulary([...dictionary, ...set.vocabulary()]);
      synonyms = { version, set, vocabulary };
    }
    return synonyms;
  }

  return {
    /** Adds or replaces an article's entry (upsert); call it inside the transaction that changed the article. */
    async index(executor: Executor, doc: SearchDocument): Promise<void> {
      await currentSynonyms(executor);
      await writeDocument(executor, segmenter, doc);
    },

    async remove(executor: Executor, articleId: number): Promise<void> {
      await deleteDocument(executor, articleId);
    },

    /** One more answer given with the article: usage raises its rank. */
    async recordUse(executor: Executor, articleId: number): Promise<void> {
      await incrementUsage(executor, articleId);
    },

    /** Replaces the whole index; returns how many documents it holds. */
    async reindexAll(
      executor: Executor,
      docs: AsyncIterable<SearchDocument> | Iterable<SearchDocument>,
    ): Promise<number> {
      await currentSynonyms(executor);
      return rebuildIndex(executor, segmenter, docs);
    },

    async search(query: string, filters: SearchFilters = {}): Promise<KbSearchResult[]> {
      const normalized = normalizeText(query.slice(0, MAX_QUERY_LENGTH)).replace(/\s+/g, ' ').trim();
      if (normalized === '') return [];
      const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(filters.limit ?? DEFAULT_LIMIT)));
      const { set, vocabulary } = await currentSynonyms(db);
      const count = (terms: readonly string[]) => countTerms(db, terms);
      const plan = await planQuery(normalized, { segmenter, synonyms: set, vocabulary, count });
      if (plan.groups.length === 0) return [];
      const candidates = await fetchCandidates(db, plan, filters, MAX_CANDIDATES);
      const ranked = rankCandidates(plan, candidates, now(), limit);
      if (ranked.length === 0) return [];
      const texts = await db
        .selectFrom('kb_search_docs')
        .select(['article_id', 'title', 'body'])
        .where(
          'article_id',
          'in',
          ranked.map((hit) => hit.articleId),
        )
        .execute();
      const textOf = new Map(texts.map((row) => [Number(row.article_id), row]));
      return ranked.map((hit) => {
        const text = textOf.get(hit.articleId);
        return {
          articleId: hit.articleId,
          score: hit.score,
          expired: hit.expired,
          matched: hit.matched,
          highlights: {
            title: text ? highlightTitle(text.title, hit.matched) : '',
            snippet: text ? snippetOf(text.body, hit.matched) : '',
          },
        };
      });
    },
  };
}

export type KbSearch = ReturnType<typeof createKbSearch>;
