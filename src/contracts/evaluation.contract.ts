import { ADMIN_ROLES, CENTRE_ROLES } from '../domain/access/roles.ts';
import {
  RankingsQuery,
  RankingsView,
  SchemeDocument,
  SchemePreviewRequest,
  SchemePreviewView,
  SchemeIdParams,
  SchemeList,
  SchemeView,
  ScoreExplanationView,
  UnitScoreParams,
  UnitScoreQuery,
  DataMonthsView,
} from './evaluation.schemas.ts';
import type { RouteContract } from './route-contract.ts';

const tags = ['考核 evaluation'];

export const evaluationContract = {
  listSchemes: {
    method: 'GET',
    path: '/api/schemes',
    tags,
    summary: '考核方案（每个方案的现行版本）',
    response: { 200: SchemeList },
  },
  schemeVersions: {
    method: 'GET',
    path: '/api/schemes/:id',
    tags,
    summary: '考核方案的全部版本',
    params: SchemeIdParams,
    response: { 200: SchemeList },
  },
  saveScheme: {
    method: 'POST',
    path: '/api/schemes',
    tags,
    summary: '保存考核方案的新版本（系统管理员）',
    description:
      'The body is a scheme document (as src/modules/evaluation/schemes/*.json); its version must exceed every saved one.',
    roles: ADMIN_ROLES,
    body: SchemeDocument,
    response: { 201: SchemeView },
  },
  unitScore: {
    method: 'GET',
    path: '/api/evaluation/units/:code/score',
    tags,
    summary: '单位得分说明：各项指标、失分及失分工单',
    params: UnitScoreParams,
    querystring: UnitScoreQuery,
    response: { 200: ScoreExplanationView },
  },
  previewScheme: {
    method: 'POST',
    path: '/api/schemes/preview',
    tags,
    summary: '预览考核方案草稿：现行版本与草稿下的排名及名次变化（不保存）',
    roles: CENTRE_ROLES,
    body: SchemePreviewRequest,
    response: { 200: SchemePreviewView },
  },
  rankings: {
    method: 'GET',
    path: '/api/evaluation/rankings',
    tags,
    summary: '各分组单位排名（通报各表的完整版）；两期对比由调用方取两次',
    roles: CENTRE_ROLES,
    querystring: RankingsQuery,
    response: { 200: RankingsView },
  },
  dataMonths: {
    method: 'GET',
    path: '/api/evaluation/months',
    tags,
    summary: '有工单的月份（最近的在前，最多 36 个）：看板、考核、通报据此打开最近有数据的月份',
    response: { 200: DataMonthsView },
  },
} as const satisfies Record<string, RouteContract>;
