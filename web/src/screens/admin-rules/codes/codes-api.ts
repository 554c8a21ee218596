import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { categoriesContract } from '../../../../../src/contracts/categories.contract.ts';
import type { ResponseOf } from '../../../../../src/contracts/client.ts';
import type { dictionariesContract } from '../../../../../src/contracts/dictionaries.contract.ts';
import { api, lean } from '../../../api/client.ts';
import { queryKeys } from '../../../api/query-keys.ts';

// Code lists (dictionaries) and the category code list as the administration screens read and change them. The
// keys are the shared ones (web/src/api/query-keys.ts), so a change here refreshes the other screens' pickers.

export type Dictionary = ResponseOf<typeof dictionariesContract.getDictionary>;
export type DictionaryKey = Dictionary['key'];
export type Category = ResponseOf<typeof categoriesContract.listCategories>[number];
export type CategoryDetail = ResponseOf<typeof categoriesContract.getCategory>;

const LIST_DICTIONARIES = lean<typeof dictionariesContract.listDictionaries>('GET', '/api/dictionaries');
const GET_DICTIONARY = lean<typeof dictionariesContract.getDictionary>(
  'GET',
  '/api/dictionaries/:dictionary',
);
const SAVE_ALIAS = lean<typeof dictionariesContract.saveDictionaryAlias>(
  'PUT',
  '/api/dictionaries/:dictionary/aliases',
);
const DELETE_ALIAS = lean<typeof dictionariesContract.deleteDictionaryAlias>(
  'DELETE',
  '/api/dictionaries/:dictionary/aliases/:alias',
);
const LIST_CATEGORIES = lean<typeof categoriesContract.listCategories>('GET', '/api/categories');
const GET_CATEGORY = lean<typeof categoriesContract.getCategory>('GET', '/api/categories/:code');
const SAVE_CATEGORY = lean<typeof categoriesContract.saveCategory>('PUT', '/api/categories/:code');

export const dictionariesKey = ['dictionaries'] as const;
/** Every category, retired ones included: under the shared prefix, so either list refreshes the other. */
export const allCategoriesKey = [...queryKeys.categories, 'with-retired'] as const;

export function useDictionaries() {
  return useQuery({ queryKey: dictionariesKey, queryFn: () => api.call(LIST_DICTIONARIES, {}) });
}

/** One dictionary's code → label, for showing codes the API answers (urgent → 紧急). */
export function useDictionaryLabels(key: DictionaryKey): Map<string, string> {
  const query = useQuery({
    queryKey: queryKeys.dictionary(key),
    queryFn: () => api.call(GET_DICTIONARY, { params: { dictionary: key } }),
    staleTime: 10 * 60_000,
  });
  return useMemo(
    () => new Map((query.data?.entries ?? []).map((entry) => [entry.code, entry.label])),
    [query.data],
  );
}

export function saveAlias(dictionary: DictionaryKey, alias: string, code: string): Promise<Dictionary> {
  return api.call(SAVE_ALIAS, { params: { dictionary }, body: { alias, code } });
}

export function deleteAlias(dictionary: DictionaryKey, alias: string): Promise<Dictionary> {
  return api.call(DELETE_ALIAS, { params: { dictionary, alias } });
}

export function useAllCategories() {
  return useQuery({
    queryKey: allCategoriesKey,
    queryFn: () => api.call(LIST_CATEGORIES, { query: { includeRetired: 'true' } }),
  });
}

export function fetchCategory(code: string): Promise<CategoryDetail> {
  return api.call(GET_CATEGORY, { params: { code } });
}

export function saveCategory(
  code: string,
  body: { name: string; aliases: string[]; active: boolean },
): Promise<Category> {
  return api.call(SAVE_CATEGORY, { params: { code }, body });
}
