import { useQuery } from '@tanstack/react-query';
import type { evaluationContract } from '../../../src/contracts/evaluation.contract.ts';
import { api, lean } from './client.ts';

const LIST_SCHEMES = lean<typeof evaluationContract.listSchemes>('GET', '/api/schemes');

/** The scoring schemes in force (the default first), for every screen that picks one. */
export const schemesKey = ['schemes'] as const;

export function useSchemes() {
  return useQuery({ queryKey: schemesKey, queryFn: () => api.call(LIST_SCHEMES, {}), staleTime: 60_000 });
}

const DATA_MONTHS = lean<typeof evaluationContract.dataMonths>('GET', '/api/evaluation/months');

/** The months with registered tickets, latest first: period screens open on the latest one. */
export function useDataMonths() {
  return useQuery({
    queryKey: ['evaluation', 'months'],
    queryFn: () => api.call(DATA_MONTHS, {}),
    staleTime: 5 * 60_000,
  });
}
