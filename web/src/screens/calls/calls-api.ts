import type { callsContract } from '../../../../src/contracts/calls.contract.ts';
import type { RequestOf, ResponseOf } from '../../../../src/contracts/client.ts';
import { api, lean } from '../../api/client.ts';

const FIGURES = lean<typeof callsContract.figures>('GET', '/api/calls/figures');
const MISSED = lean<typeof callsContract.missed>('GET', '/api/calls/missed');
const CALLBACK = lean<typeof callsContract.recordCallback>('POST', '/api/calls/missed/:id/callback');

export type FiguresBy = 'hour' | 'day' | 'agent';
export type FiguresResult = ResponseOf<typeof callsContract.figures>;
export type Figures = FiguresResult['total'];
export type MissedPage = ResponseOf<typeof callsContract.missed>;
export type MissedCall = MissedPage['items'][number];
export type CallbackBody = RequestOf<typeof callsContract.recordCallback>['body'];

// Calls are not tickets: live ticket updates do not refresh them; the missed list polls instead.
export const figuresKey = (by: FiguresBy, from: string, to: string) =>
  ['calls', 'figures', by, from, to] as const;
export const missedKey = (days: number, page: number, pageSize: number) =>
  ['calls', 'missed', days, page, pageSize] as const;

export const fetchFigures = (by: FiguresBy, from: string, to: string) =>
  api.call(FIGURES, { query: { by, from, to } });

export const fetchMissed = (days: number, page: number, pageSize: number) =>
  api.call(MISSED, { query: { days, page, pageSize } });

export const recordCallback = (id: number, body: CallbackBody) =>
  api.call(CALLBACK, { params: { id }, body });
