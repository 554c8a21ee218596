import type { exchangeContract } from '../../../../src/contracts/exchange.contract.ts';
import type { linesContract } from '../../../../src/contracts/lines.contract.ts';
import type { RequestOf, ResponseOf } from '../../../../src/contracts/client.ts';
import { addCalendarDays } from '../../../../src/domain/time.ts';
import { api, lean } from '../../api/client.ts';
import { uploadWithProgress } from '../../api/upload.ts';

const FIGURES = lean<typeof linesContract.figures>('GET', '/api/lines/figures');
const TRANSFERS = lean<typeof linesContract.listTransfers>('GET', '/api/lines/transfers');
const OUTCOME = lean<typeof linesContract.recordTransferOutcome>('POST', '/api/lines/transfers/:id/outcome');
const ORDERS = lean<typeof linesContract.listOrders>('GET', '/api/lines/orders');
const IMPORT_PATH: (typeof exchangeContract.importUpper)['path'] = '/api/exchange/upper/import';
const EXPORT_PATH: (typeof exchangeContract.exportUpper)['path'] = '/api/exchange/upper/export';

export type LineFigures = ResponseOf<typeof linesContract.figures>;
export type TransferPage = ResponseOf<typeof linesContract.listTransfers>;
export type Transfer = TransferPage['items'][number];
export type OutcomeBody = RequestOf<typeof linesContract.recordTransferOutcome>['body'];
export type OrderPage = ResponseOf<typeof linesContract.listOrders>;
export type Order = OrderPage['items'][number];
export type UpperImportResult = ResponseOf<typeof exchangeContract.importUpper>;

export type Outcome = NonNullable<Transfer['outcome']>;
export const OUTCOMES: readonly Outcome[] = ['accepted', 'returned', 'completed'];
export const LINES = ['110', '119', '120', '122', 'other'] as const;
export const ORDER_SOURCES = [...LINES, 'upper'] as const;

/** A period of whole days [from, to] as the API's times: from 00:00 to the next day's 00:00. */
const period = (from: string, to: string) => ({
  from: `${from} 00:00:00`,
  to: `${addCalendarDays(to, 1)} 00:00:00`,
});

// Transfers and orders change with tickets: keys under ['tickets'] so live ticket updates refresh them.
export const figuresKey = (from: string, to: string) => ['tickets', 'lines', 'figures', from, to] as const;
export const transfersKey = (query: object) => ['tickets', 'lines', 'transfers', query] as const;
export const ordersKey = (query: object) => ['tickets', 'lines', 'orders', query] as const;

export const fetchFigures = (from: string, to: string) => api.call(FIGURES, { query: period(from, to) });

export const fetchTransfers = (q: {
  from: string;
  to: string;
  line?: string;
  outcome?: string;
  page: number;
}) =>
  api.call(TRANSFERS, {
    query: {
      ...period(q.from, q.to),
      ...(q.line ? { line: q.line } : {}),
      ...(q.outcome ? { outcome: q.outcome } : {}),
      page: q.page,
      pageSize: 20,
    } as RequestOf<typeof linesContract.listTransfers>['query'],
  });

export const recordOutcome = (id: number, body: OutcomeBody) => api.call(OUTCOME, { params: { id }, body });

export const fetchOrders = (q: { from: string; to: string; line?: string; page: number }) =>
  api.call(ORDERS, {
    query: {
      ...period(q.from, q.to),
      ...(q.line ? { line: q.line } : {}),
      page: q.page,
      pageSize: 20,
    } as RequestOf<typeof linesContract.listOrders>['query'],
  });

export const upperExportUrl = (from: string, to: string, format: 'xlsx' | 'csv') =>
  `${EXPORT_PATH}?${new URLSearchParams({ from, to, format })}`;

/**
 * Sends an upper platform's file as the request body; IMPORT_INVALID comes back as an ApiError whose details carry
 * every row error.
 */
export const importUpperFile = (file: File) =>
  uploadWithProgress<UpperImportResult>(
    `${IMPORT_PATH}?${new URLSearchParams({ fileName: file.name })}`,
    file,
  );
