import type { supervisionContract } from '../../../../src/contracts/supervision.contract.ts';
import type { SupervisionMeasure } from '../../../../src/contracts/supervision.schemas.ts';
import type { RequestOf, ResponseOf } from '../../../../src/contracts/client.ts';
import { api, lean } from '../../api/client.ts';

const BOARD = lean<typeof supervisionContract.board>('GET', '/api/supervision');
const TICKETS = lean<typeof supervisionContract.tickets>('GET', '/api/supervision/tickets');
export const BULK = lean<typeof supervisionContract.bulk>('POST', '/api/supervision/bulk');

export type Board = ResponseOf<typeof supervisionContract.board>;
export type BoardCounts = Board['total'];
export type TicketPage = ResponseOf<typeof supervisionContract.tickets>;
export type BulkBody = RequestOf<typeof supervisionContract.bulk>['body'];
export type BulkResult = ResponseOf<typeof supervisionContract.bulk>;

/** One cell of the board: a measure, within a unit row or a category row of the board's scope. */
export interface Cell {
  measure: SupervisionMeasure;
  scope: string;
  unitCode?: string;
  own?: boolean;
  categoryCode?: string;
  /** What the drawer's title says: the row's name */
  label: string;
}

// Under the 'tickets' prefix: a live ticket change refreshes the board and its lists.
export const boardKey = (unitCode: string | null) => ['tickets', 'supervision', 'board', unitCode] as const;
export const cellKey = (cell: Cell, page: number, pageSize: number) =>
  ['tickets', 'supervision', 'cell', cell, page, pageSize] as const;

export const fetchBoard = (unitCode: string | null) =>
  api.call(BOARD, { query: unitCode ? { unitCode } : {} });

export const fetchCell = (cell: Cell, page: number, pageSize: number) =>
  api.call(TICKETS, {
    query: {
      measure: cell.measure,
      scope: cell.scope,
      ...(cell.unitCode ? { unitCode: cell.unitCode } : {}),
      ...(cell.own ? { own: 'true' as const } : {}),
      ...(cell.categoryCode ? { categoryCode: cell.categoryCode } : {}),
      page,
      pageSize,
    },
  });
