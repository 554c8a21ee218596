import type { Role } from '../domain/access/roles.ts';
import { UpperExportQuery, UpperImportQuery, UpperImportResult } from './exchange.schemas.ts';
import type { RouteContract } from './route-contract.ts';
import { z } from 'zod';

const tags = ['上级交办 exchange'];
/** The centre's staff who put work to units, and the administrator. */
export const UPPER_EXCHANGE_ROLES: readonly Role[] = ['dispatcher', 'supervisor', 'admin'];

export const exchangeContract = {
  importUpper: {
    method: 'POST',
    path: '/api/exchange/upper/import',
    tags,
    summary: '导入上级平台交办的工单（工单文件格式，另加「上级工单编号」列；按上级工单编号幂等）',
    description:
      'Content-Type: text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet or application/octet-stream. ' +
      '来源渠道一律记为“上级交办”；办理方式为空时按“转办”处理（无承办单位即待派单）；工单编号由本平台编号。' +
      '任一行有误则不导入任何数据，并返回每处错误的行号和列名（IMPORT_INVALID）；已导入的上级工单编号再次导入时跳过。',
    roles: UPPER_EXCHANGE_ROLES,
    querystring: UpperImportQuery,
    response: { 200: UpperImportResult },
  },
  exportUpper: {
    method: 'GET',
    path: '/api/exchange/upper/export',
    tags,
    summary: '导出上级交办工单及办理结果（工单文件格式加「上级工单编号」，XLSX 或 CSV）',
    roles: UPPER_EXCHANGE_ROLES,
    limit: 'personalData',
    querystring: UpperExportQuery,
    response: { 200: z.unknown().meta({ description: 'CSV 或 XLSX 文件' }) },
  },
} as const satisfies Record<string, RouteContract>;
