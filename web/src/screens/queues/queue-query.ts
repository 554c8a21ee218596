import type { queuesContract } from '../../../../src/contracts/queues.contract.ts';
import type { QueueItem, QueueViewKey } from '../../../../src/contracts/queues.schemas.ts';
import type { ticketsContract } from '../../../../src/contracts/tickets.contract.ts';
import type { TicketSummary } from '../../../../src/contracts/tickets.schemas.ts';
import type { RequestOf } from '../../../../src/contracts/client.ts';
import { api, lean } from '../../api/client.ts';

const LIST_TICKETS = lean<typeof ticketsContract.list>('GET', '/api/tickets');
const LIST_QUEUE = lean<typeof queuesContract.list>('GET', '/api/queues/:view');
const EXPORT_QUEUE: (typeof queuesContract.exportView)['path'] = '/api/queues/:view/export';

/** The plain ticket search (GET /api/tickets) beside the server's work queues. */
export const ALL_VIEW = 'all';

/** The filter fields, as they stand in the address bar, in saved filters and in a bulk action's filter. */
export const FILTER_KEYS = [
  'q',
  'categoryCode',
  'district',
  'unitCode',
  'urgency',
  'channel',
  'appealType',
  'receivedFrom',
  'receivedTo',
  'flag',
  'state',
  'sort',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type FilterText = Partial<Record<FilterKey, string>>;

/** Filters the ticket search understands; the rest belong to the queues API only. */
const ALL_VIEW_KEYS: readonly FilterKey[] = [
  'q',
  'unitCode',
  'urgency',
  'channel',
  'appealType',
  'receivedFrom',
  'receivedTo',
  'flag',
  'state',
];
const QUEUE_KEYS: readonly FilterKey[] = FILTER_KEYS.filter((key) => key !== 'state');

export function filterKeysOf(view: string): readonly FilterKey[] {
  return view === ALL_VIEW ? ALL_VIEW_KEYS : QUEUE_KEYS;
}

export function readFilter(params: URLSearchParams, view: string): FilterText {
  const filter: FilterText = {};
  for (const key of filterKeysOf(view)) {
    const value = params.get(key);
    if (value) filter[key] = value;
  }
  return filter;
}

export type Row = TicketSummary & Partial<Pick<QueueItem, 'unitDueAt' | 'revisitAssignee'>>;

export interface Page {
  items: Row[];
  total: number;
  page: number;
  pageSize: number;
}

export async function fetchPage(
  view: string,
  filter: FilterText,
  page: number,
  pageSize: number,
): Promise<Page> {
  if (view === ALL_VIEW) {
    const { sort: _sort, categoryCode: _c, district: _d, ...query } = filter;
    // The address bar may hold anything: the server validates it and names the field that is wrong.
    const typed = { ...query, page, pageSize } as RequestOf<typeof ticketsContract.list>['query'];
    return api.call(LIST_TICKETS, { query: typed });
  }
  const { state: _state, ...query } = filter;
  return api.call(LIST_QUEUE, {
    params: { view: view as QueueViewKey },
    query: { ...query, page, pageSize } as RequestOf<typeof queuesContract.list>['query'],
  });
}

/** The export's address: the same filter, as a file (CSV or XLSX) of every matching row. */
export function exportUrl(view: string, filter: FilterText, format: 'csv' | 'xlsx'): string {
  const { state: _state, sort: _sort, ...rest } = filter;
  const query = new URLSearchParams({ ...(rest as Record<string, string>), format });
  return `${EXPORT_QUEUE.replace(':view', encodeURIComponent(view))}?${query}`;
}
