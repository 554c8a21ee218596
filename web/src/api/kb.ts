import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { kbContract } from '../../../src/contracts/kb.contract.ts';
import type { RequestOf, ResponseOf } from '../../../src/contracts/client.ts';
import { api, lean } from './client.ts';

// The knowledge base as the console reads it: the same GET /api/kb/search the agent desk suggests from, the
// article with its revisions, and the lists of the review queue and the due list. Every key starts with 'kb' so
// that one invalidation after a change refreshes every screen that shows articles.

export type KbSearchHit = ResponseOf<typeof kbContract.searchArticles>[number];
export type KbSearchQuery = NonNullable<RequestOf<typeof kbContract.searchArticles>['query']>;
export type KbArticle = ResponseOf<typeof kbContract.getArticle>;
export type KbArticleView = ResponseOf<typeof kbContract.listArticles>['items'][number];
export type KbRevision = KbArticle['revisions'][number];
export type KbShownStatus = KbArticleView['shownStatus'];
export type KbDiff = ResponseOf<typeof kbContract.diffArticle>;
export type KbUsage = ResponseOf<typeof kbContract.articleUsage>;
export type KbArticleDraft = RequestOf<typeof kbContract.createArticle>['body'];
export type KbAction = RequestOf<typeof kbContract.articleAction>['params']['action'];
export type KbSynonym = ResponseOf<typeof kbContract.listSynonyms>[number];
export type KbSynonymInput = RequestOf<typeof kbContract.addSynonym>['body'];

export const KB = {
  search: lean<typeof kbContract.searchArticles>('GET', '/api/kb/search'),
  list: lean<typeof kbContract.listArticles>('GET', '/api/kb/articles'),
  get: lean<typeof kbContract.getArticle>('GET', '/api/kb/articles/:id'),
  create: lean<typeof kbContract.createArticle>('POST', '/api/kb/articles'),
  revise: lean<typeof kbContract.reviseArticle>('PUT', '/api/kb/articles/:id'),
  action: lean<typeof kbContract.articleAction>('POST', '/api/kb/articles/:id/:action'),
  diff: lean<typeof kbContract.diffArticle>('GET', '/api/kb/articles/:id/diff'),
  usage: lean<typeof kbContract.articleUsage>('GET', '/api/kb/articles/:id/usage'),
  due: lean<typeof kbContract.dueArticles>('GET', '/api/kb/articles/due'),
  unitUsage: lean<typeof kbContract.unitUsage>('GET', '/api/kb/usage'),
  synonyms: lean<typeof kbContract.listSynonyms>('GET', '/api/kb/synonyms'),
  addSynonym: lean<typeof kbContract.addSynonym>('POST', '/api/kb/synonyms'),
  updateSynonym: lean<typeof kbContract.updateSynonym>('PUT', '/api/kb/synonyms/:id'),
  deleteSynonym: lean<typeof kbContract.deleteSynonym>('DELETE', '/api/kb/synonyms/:id'),
  reindex: lean<typeof kbContract.reindex>('POST', '/api/kb/search/reindex'),
} as const;

export const kbKeys = {
  all: ['kb'] as const,
  search: (query: object) => ['kb', 'search', query] as const,
  list: (query: object) => ['kb', 'list', query] as const,
  /** Not ['kb', 'article', id]: the agent desk keeps a reduced shape under that key. */
  detail: (id: number) => ['kb', 'detail', id] as const,
  diff: (id: number, from: number, to: number) => ['kb', 'diff', id, from, to] as const,
  usage: (id: number) => ['kb', 'usage', id] as const,
  due: (days: number) => ['kb', 'due', days] as const,
  synonyms: ['kb', 'synonyms'] as const,
};

/** The search the agent desk suggests from; nothing is asked until there are two characters. */
export function useKbSearch(query: KbSearchQuery | null) {
  return useQuery({
    queryKey: kbKeys.search(query ?? {}),
    queryFn: () => api.call(KB.search, { query: query! }),
    enabled: query !== null && query.q.trim().length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    retry: false,
  });
}

/** `fresh`: read it again on mount whatever the cache holds (an editor must start from the latest version). */
export function useKbArticle(id: number | null, options: { fresh?: boolean } = {}) {
  return useQuery({
    queryKey: kbKeys.detail(id ?? 0),
    queryFn: () => api.call(KB.get, { params: { id: id! } }),
    enabled: id !== null,
    retry: false,
    ...(options.fresh ? { refetchOnMount: 'always' as const } : {}),
  });
}
