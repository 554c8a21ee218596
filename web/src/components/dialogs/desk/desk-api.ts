import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { queuesContract } from '../../../../../src/contracts/queues.contract.ts';
import type { QueueItem, QueueViewKey } from '../../../../../src/contracts/queues.schemas.ts';
import type { ticketsContract } from '../../../../../src/contracts/tickets.contract.ts';
import { api, lean } from '../../../api/client.ts';
import { queryKeys } from '../../../api/query-keys.ts';

export type { QueueItem, QueueViewKey };

const LIST_QUEUE = lean<typeof queuesContract.list>('GET', '/api/queues/:view');
const BY_NUMBER = lean<typeof ticketsContract.getByNumber>('GET', '/api/tickets/by-number/:number');

export const DESK_PAGE_SIZE = 100;

/** One page of a work queue, in the server's order for the view; live updates refresh it (['queues', …]). */
export function useQueuePage(view: QueueViewKey, page: number) {
  const query = { page, pageSize: DESK_PAGE_SIZE };
  return useQuery({
    queryKey: queryKeys.queuePage(view, query),
    queryFn: () => api.call(LIST_QUEUE, { params: { view }, query }),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}

/** The whole ticket (assignments, events, abilities) of the selected row; the same cache as the ticket page. */
export function useTicketDetail(number: string | null) {
  return useQuery({
    queryKey: queryKeys.ticket(number ?? ''),
    queryFn: () => api.call(BY_NUMBER, { params: { number: number! } }),
    enabled: number !== null,
    retry: false,
  });
}

/**
 * The value once it has stopped changing for `ms`: holding J down moves the highlight at once but fetches only
 * the ticket the user stops on (ticket reads are rate-limited per user).
 */
export function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
