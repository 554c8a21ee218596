import { z } from 'zod';
import { ADMIN_ROLES } from '../domain/access/roles.ts';
import type { RouteContract } from './route-contract.ts';
import {
  SaveUnitInput,
  UnitCodeParams,
  UnitImportQuery,
  UnitImportResultView,
  UnitView,
} from './units.schemas.ts';

const tags = ['组织机构 units'];

export const unitsContract = {
  listUnits: {
    method: 'GET',
    path: '/api/units',
    tags,
    summary: '单位树（按路径排序）',
    response: { 200: z.array(UnitView) },
  },
  getUnit: {
    method: 'GET',
    path: '/api/units/:code',
    tags,
    summary: '单位详情',
    params: UnitCodeParams,
    response: { 200: UnitView },
  },
  saveUnit: {
    method: 'PUT',
    path: '/api/units/:code',
    tags,
    summary: '新建或修改单位（改上级单位即移动：连同下级单位一起移动，并在同一事务中重算考核汇总）',
    roles: ADMIN_ROLES,
    params: UnitCodeParams,
    body: SaveUnitInput,
    response: { 200: UnitView },
  },
  deactivateUnit: {
    method: 'POST',
    path: '/api/units/:code/deactivate',
    tags,
    summary: '停用单位（有未办结工单或启用的下级单位时拒绝，并说明数量）',
    roles: ADMIN_ROLES,
    params: UnitCodeParams,
    response: { 200: UnitView },
  },
  activateUnit: {
    method: 'POST',
    path: '/api/units/:code/activate',
    tags,
    summary: '启用单位（上级单位须为启用）',
    roles: ADMIN_ROLES,
    params: UnitCodeParams,
    response: { 200: UnitView },
  },
  importUnits: {
    method: 'POST',
    path: '/api/units/import',
    tags,
    summary: '导入单位（CSV 或 XLSX 文件作为请求体）',
    description:
      'Content-Type: text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet or application/octet-stream',
    roles: ADMIN_ROLES,
    querystring: UnitImportQuery,
    response: { 200: UnitImportResultView },
  },
} as const satisfies Record<string, RouteContract>;
