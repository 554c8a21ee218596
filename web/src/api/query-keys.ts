// TanStack Query keys, one family per resource. Live updates (web/src/live/useLive.ts) invalidate by these
// prefixes, so a screen that keys its queries here is refreshed when another user changes a ticket.
export const queryKeys = {
  me: ['me'] as const,
  /** Views and their counts (navigation) and every view's pages: ['queues', view, query] */
  queues: ['queues'] as const,
  queueViews: ['queues', 'views'] as const,
  queuePage: (view: string, query: object) => ['queues', 'page', view, query] as const,
  savedFilters: ['saved-filters'] as const,
  /** Every ticket-shaped answer: ['tickets', 'by-number', number], ['tickets', 'search', q] */
  tickets: ['tickets'] as const,
  ticket: (number: string) => ['tickets', 'by-number', number] as const,
  ticketSearch: (q: string) => ['tickets', 'search', q] as const,
  presence: (ticketId: number) => ['presence', ticketId] as const,
  categories: ['categories'] as const,
  dictionary: (key: string) => ['dictionaries', key] as const,
  units: ['units'] as const,
} as const;
