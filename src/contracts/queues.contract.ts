import { z } from 'zod';
import { ROLES, roleMayIssue } from '../domain/access/roles.ts';
import { OkResponse } from './common.schemas.ts';
import {
  BulkInput,
  BulkResult,
  QueueCounts,
  QueueExportQuery,
  QueuePage,
  QueueQuery,
  QueueViewParams,
  SavedFilterIdParams,
  SavedFilterInput,
  SavedFilterView,
} from './queues.schemas.ts';
import type { RouteContract } from './route-contract.ts';

const tags = ['工作台 queues'];

/** The roles that issue at least one of the bulk actions' commands (回访 assignment goes with 回访 itself). */
const BULK_ROLES = ROLES.filter((role) =>
  (['dispatch', 'urge', 'revisit'] as const).some((command) => roleMayIssue(role, command)),
);

export const queuesContract = {
  counts: {
    method: 'GET',
    path: '/api/queues',
    tags,
    summary: '本人可用的工作台视图及各视图工单数（按权限范围）',
    response: { 200: QueueCounts },
  },
  list: {
    method: 'GET',
    path: '/api/queues/:view',
    tags,
    summary: '工作台视图的一页工单（筛选、排序、分页；联系人按列表规则脱敏）',
    limit: 'personalData',
    params: QueueViewParams,
    querystring: QueueQuery,
    response: { 200: QueuePage },
  },
  exportView: {
    method: 'GET',
    path: '/api/queues/:view/export',
    tags,
    summary: '导出工作台视图（CSV 或 XLSX，中文表头，至多 50,000 行，联系人脱敏）',
    limit: 'personalData',
    params: QueueViewParams,
    querystring: QueueExportQuery,
    response: { 200: z.unknown().meta({ description: 'CSV 或 XLSX 文件' }) },
  },
  bulk: {
    method: 'POST',
    path: '/api/queues/:view/bulk',
    tags,
    summary: '批量派单、催办或分配回访（逐单办理，单张失败不影响其他工单；至多 5,000 张）',
    roles: BULK_ROLES,
    params: QueueViewParams,
    body: BulkInput,
    response: { 200: BulkResult },
  },
  listSavedFilters: {
    method: 'GET',
    path: '/api/saved-filters',
    tags,
    summary: '本人保存的筛选条件',
    response: { 200: z.array(SavedFilterView) },
  },
  saveFilter: {
    method: 'POST',
    path: '/api/saved-filters',
    tags,
    summary: '保存筛选条件（每人名称不重复）',
    body: SavedFilterInput,
    response: { 201: SavedFilterView },
  },
  deleteSavedFilter: {
    method: 'DELETE',
    path: '/api/saved-filters/:id',
    tags,
    summary: '删除本人保存的筛选条件',
    params: SavedFilterIdParams,
    response: { 200: OkResponse },
  },
} as const satisfies Record<string, RouteContract>;
