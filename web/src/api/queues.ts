import { useQuery } from '@tanstack/react-query';
import type { queuesContract } from '../../../src/contracts/queues.contract.ts';
import type { QueueCounts, QueueViewKey } from '../../../src/contracts/queues.schemas.ts';
import { ApiError, getJson } from './client.ts';
import { queryKeys } from './query-keys.ts';

export type QueueView = QueueCounts['views'][number];

/** The server labels views in Chinese; the English console names them itself. */
const QUEUE_LABELS_EN: Record<QueueViewKey, string> = {
  toDispatch: 'To dispatch',
  toAcknowledge: 'To acknowledge',
  inProgress: 'In progress',
  dueSoon: 'Due soon',
  overdue: 'Overdue',
  pendingRulings: 'Send-backs & extensions',
  toReview: 'To review',
  toRevisit: 'To revisit',
  supervised: 'Supervised',
};

export function queueLabel(view: QueueView, lang: 'zh-CN' | 'en'): string {
  return lang === 'en' ? (QUEUE_LABELS_EN[view.key] ?? view.label) : view.label;
}

// The shell shows the counts on every page: typed by the contract (path included) without loading its schemas.
const COUNTS_PATH: (typeof queuesContract.counts)['path'] = '/api/queues';

/**
 * The user's work queues with their counts (GET /api/queues), for the navigation. Refreshed every minute and
 * whenever a live event says a ticket changed. A server without the queues module answers no views.
 */
export function useQueueViews() {
  return useQuery({
    queryKey: queryKeys.queueViews,
    queryFn: async (): Promise<QueueView[]> => {
      try {
        return (await getJson<QueueCounts>(COUNTS_PATH)).views;
      } catch (error) {
        if (error instanceof ApiError && error.code === 'ROUTE_NOT_FOUND') return [];
        throw error;
      }
    },
    refetchInterval: 60_000,
    staleTime: 10_000,
  });
}

export type { QueueViewKey };
