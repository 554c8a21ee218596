import { z } from 'zod';
import { ADMIN_ROLES } from '../domain/access/roles.ts';
import {
  PlaceExportQuery,
  PlaceImportQuery,
  PlaceImportResult,
  PlaceList,
  PlaceListQuery,
} from './places.schemas.ts';
import type { RouteContract } from './route-contract.ts';

const tags = ['地点 places'];

export const placesContract = {
  listPlaces: {
    method: 'GET',
    path: '/api/places',
    tags,
    summary: '市民网页端可选的地点（按名称、地址或拼音首字母查找；含停用的）',
    roles: ADMIN_ROLES,
    querystring: PlaceListQuery,
    response: { 200: PlaceList },
  },
  exportPlaces: {
    method: 'GET',
    path: '/api/places/export',
    tags,
    summary: '导出地点表（CSV 或 XLSX：地点名称、地址、所属区县、纬度、经度、状态）',
    roles: ADMIN_ROLES,
    querystring: PlaceExportQuery,
    response: { 200: z.unknown().meta({ description: 'CSV 或 XLSX 文件' }) },
  },
  importPlaces: {
    method: 'POST',
    path: '/api/places/import',
    tags,
    summary: '导入地点表（CSV 或 XLSX 文件作为请求体）',
    description:
      'Content-Type: text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet or application/octet-stream. ' +
      '列：地点名称、地址，可选 所属区县（编码或名称）、纬度、经度（WGS-84，须同时填写）、状态（启用/停用）。' +
      '名称与地址相同的地点更新，其余新增；任一行有误则不导入任何数据。',
    roles: ADMIN_ROLES,
    querystring: PlaceImportQuery,
    response: { 200: PlaceImportResult },
  },
} as const satisfies Record<string, RouteContract>;
