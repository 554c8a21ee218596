import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { dashboardContract } from '../../../../src/contracts/dashboard.contract.ts';
import type { DrillTarget } from '../../../../src/contracts/dashboard.schemas.ts';
import { api, lean } from '../../api/client.ts';

// The dashboard's requests: the figures, the channel mix (read apart: it scans tickets, not rollups) and a
// drill-down page. Keys under ['dashboard'] so a refresh reloads all three.

const OVERVIEW = lean<typeof dashboardContract.overview>('GET', '/api/dashboard');
const CHANNELS = lean<typeof dashboardContract.channels>('GET', '/api/dashboard/channels');
const DRILL = lean<typeof dashboardContract.drill>('GET', '/api/dashboard/tickets');

export interface DashboardFilter {
  from: string;
  to: string;
  unit: string | undefined;
  granularity: 'day' | 'week' | 'month';
}

const periodOf = (f: DashboardFilter) => ({ from: f.from, to: f.to, ...(f.unit ? { unit: f.unit } : {}) });

export function useDashboard(filter: DashboardFilter) {
  return useQuery({
    queryKey: ['dashboard', 'overview', filter],
    queryFn: () =>
      api.call(OVERVIEW, { query: { ...periodOf(filter), granularity: filter.granularity } as never }),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export function useChannels(filter: DashboardFilter) {
  return useQuery({
    queryKey: ['dashboard', 'channels', periodOf(filter)],
    queryFn: () => api.call(CHANNELS, { query: periodOf(filter) as never }),
    staleTime: 60_000,
  });
}

/** The query string of a drill target, as the API and the XLSX export take it. */
export function drillParams(target: DrillTarget): Record<string, string> {
  return {
    counters: target.counters.join(','),
    ...(target.indicator ? { indicator: target.indicator } : {}),
    ...(target.appealType ? { appealType: target.appealType } : {}),
    ...(target.category ? { category: target.category } : {}),
  };
}

export function useDrill(
  filter: { from: string; to: string; unit: string },
  target: DrillTarget | null,
  page: number,
  pageSize: number,
) {
  return useQuery({
    queryKey: ['dashboard', 'drill', filter, target, page, pageSize],
    enabled: target !== null,
    queryFn: () =>
      api.call(DRILL, {
        query: { ...filter, ...drillParams(target!), page, pageSize } as never,
      }),
    placeholderData: keepPreviousData,
  });
}

/** The address of an XLSX export: a plain link, so the browser downloads it with the session cookie. */
export function exportHref(
  filter: DashboardFilter,
  table: string,
  extra: Record<string, string> = {},
): string {
  const search = new URLSearchParams({
    from: filter.from,
    to: filter.to,
    granularity: filter.granularity,
    table,
    ...(filter.unit ? { unit: filter.unit } : {}),
    ...extra,
  });
  return `/api/dashboard/export?${search.toString()}`;
}
