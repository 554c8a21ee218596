import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { categoriesContract } from '../../../../src/contracts/categories.contract.ts';
import { dictionariesContract } from '../../../../src/contracts/dictionaries.contract.ts';
import { intakeAssistContract } from '../../../../src/contracts/intake-assist.contract.ts';
import { kbContract } from '../../../../src/contracts/kb.contract.ts';
import { unitsContract } from '../../../../src/contracts/units.contract.ts';
import type { ResponseOf } from '../../../../src/contracts/client.ts';
import { useApi } from '../../api/client.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { buildCategoryOptions, type CategoryOption } from './category-options.ts';

// The desk's reads. Ticket-shaped answers are keyed under ['tickets', …] so that a live update refreshes them.

export type KbSuggestion = ResponseOf<typeof kbContract.searchArticles>[number];
export type PossibleDuplicate = ResponseOf<typeof intakeAssistContract.possibleDuplicates>['items'][number];
export type CallerTicket = ResponseOf<typeof intakeAssistContract.callerTickets>['items'][number];
export type SuggestedUnit = ResponseOf<typeof intakeAssistContract.suggestedUnits>['items'][number];

/** The value after it has stopped changing for `ms`: lookups follow typing without a request per key. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

const LOOKUP = { staleTime: 30_000, placeholderData: keepPreviousData, retry: false } as const;

export function useCategoryOptions() {
  const api = useApi();
  return useQuery({
    queryKey: [...queryKeys.categories, 'cascader'],
    queryFn: async (): Promise<CategoryOption[]> =>
      buildCategoryOptions(await api.call(categoriesContract.listCategories, { query: {} })),
    staleTime: 10 * 60_000,
  });
}

export function useDistricts() {
  const api = useApi();
  return useQuery({
    queryKey: [...queryKeys.units, 'districts'],
    queryFn: async () =>
      (await api.call(unitsContract.listUnits, {})).filter(
        (unit) => unit.active && (unit.kind === 'district' || unit.kind === 'zone'),
      ),
    staleTime: 10 * 60_000,
  });
}

export function useDictionary(key: 'channel' | 'appealType' | 'urgency') {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.dictionary(key),
    queryFn: async () =>
      (await api.call(dictionariesContract.getDictionary, { params: { dictionary: key } })).entries,
    staleTime: 10 * 60_000,
  });
}

export function useCallerTickets(phone: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: [...queryKeys.tickets, 'desk', 'caller', phone],
    queryFn: () => api.call(intakeAssistContract.callerTickets, { query: { phone: phone!, limit: 10 } }),
    enabled: phone !== null,
    ...LOOKUP,
  });
}

export function usePossibleDuplicates(query: {
  categoryCode?: string | undefined;
  district?: string | undefined;
  address?: string | undefined;
  phone?: string | undefined;
}) {
  const api = useApi();
  const askable = Boolean((query.categoryCode && query.district) || query.phone);
  return useQuery({
    queryKey: [...queryKeys.tickets, 'desk', 'duplicates', query],
    queryFn: async () => (await api.call(intakeAssistContract.possibleDuplicates, { query })).items,
    enabled: askable,
    ...LOOKUP,
  });
}

export function useSuggestedUnits(categoryCode: string | undefined, district: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: [...queryKeys.tickets, 'desk', 'units', categoryCode, district],
    queryFn: async () =>
      (
        await api.call(intakeAssistContract.suggestedUnits, {
          query: { categoryCode: categoryCode!, district },
        })
      ).items,
    enabled: Boolean(categoryCode),
    ...LOOKUP,
  });
}

export function useKbSuggestions(text: string, districtCode: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: ['kb', 'search', text, districtCode],
    queryFn: () =>
      api.call(kbContract.searchArticles, { query: { q: text, limit: 5, districtCode } }) as Promise<
        KbSuggestion[]
      >,
    enabled: text.length >= 2,
    ...LOOKUP,
  });
}

/** An article as the drawer shows it: the approved revision's words (a newer draft is not an answer yet). */
export function useArticle(id: number | null) {
  const api = useApi();
  return useQuery({
    queryKey: ['kb', 'article', id],
    queryFn: async () => {
      const article = await api.call(kbContract.getArticle, { params: { id: id! } });
      const live = article.revisions.find((r) => r.version === article.publishedVersion);
      return {
        id: article.id,
        number: article.number,
        title: live?.title ?? article.title,
        content: live?.content ?? article.content,
        unitCode: article.unitCode,
        expiresOn: article.expiresOn,
      };
    },
    enabled: id !== null,
    staleTime: 60_000,
  });
}
