import type { RequestOf, ResponseOf } from '../../../../src/contracts/client.ts';
import type { evaluationContract } from '../../../../src/contracts/evaluation.contract.ts';
import { api, lean } from '../../api/client.ts';

// The evaluation screens' requests, typed by the contracts without loading their schemas (lean).

const SCHEME_VERSIONS = lean<typeof evaluationContract.schemeVersions>('GET', '/api/schemes/:id');
const SAVE_SCHEME = lean<typeof evaluationContract.saveScheme>('POST', '/api/schemes');
const PREVIEW_SCHEME = lean<typeof evaluationContract.previewScheme>('POST', '/api/schemes/preview');
const RANKINGS = lean<typeof evaluationContract.rankings>('GET', '/api/evaluation/rankings');
const UNIT_SCORE = lean<typeof evaluationContract.unitScore>('GET', '/api/evaluation/units/:code/score');

export type RankingsQuery = NonNullable<RequestOf<typeof RANKINGS>['query']>;
export type Rankings = ResponseOf<typeof RANKINGS>;
export type RankedRow = Rankings['groups'][number]['rows'][number];
export type Scheme = ResponseOf<typeof evaluationContract.listSchemes>[number];
export type SchemePreview = ResponseOf<typeof PREVIEW_SCHEME>;
export type ScoreExplanation = ResponseOf<typeof UNIT_SCORE>;

export const evaluationKeys = {
  versions: (id: string) => ['schemes', id] as const,
  rankings: (query: RankingsQuery) => ['evaluation', 'rankings', query] as const,
  score: (code: string, query: RankingsQuery) => ['evaluation', 'score', code, query] as const,
};

export const fetchVersions = (id: string) => api.call(SCHEME_VERSIONS, { params: { id } });
export const fetchRankings = (query: RankingsQuery) => api.call(RANKINGS, { query });
export const fetchScore = (code: string, query: RankingsQuery) =>
  api.call(UNIT_SCORE, { params: { code }, query: { ...query, limit: 200 } });
export const previewScheme = (body: RequestOf<typeof PREVIEW_SCHEME>['body']) =>
  api.call(PREVIEW_SCHEME, { body });
export const saveScheme = (body: RequestOf<typeof SAVE_SCHEME>['body']) => api.call(SAVE_SCHEME, { body });

/** 0.97479 → '97.48%'; null (nothing counted) → '—' */
export function percent(value: number | null): string {
  return value === null ? '—' : `${(value * 100).toFixed(2)}%`;
}
export function score(value: number | null): string {
  return value === null ? '—' : value.toFixed(2);
}
