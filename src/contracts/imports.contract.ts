import { ADMIN_ROLES } from '../domain/access/roles.ts';
import { ImportParams, ImportQuery, ImportResultView } from './imports.schemas.ts';
import type { RouteContract } from './route-contract.ts';

const tags = ['导入 imports'];

export const importsContract = {
  importFile: {
    method: 'POST',
    path: '/api/imports/:kind',
    tags,
    summary: '导入工单、话务或知识库更新（CSV 或 XLSX 文件作为请求体）',
    description:
      'Content-Type: text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet or application/octet-stream. ' +
      '文件边接收边写入临时文件并逐行读取，上限 200 MB。' +
      '任一行有误则不导入任何数据，并返回每处错误的行号和列名（IMPORT_INVALID）；重复导入同一文件不产生新数据。',
    roles: ADMIN_ROLES,
    params: ImportParams,
    querystring: ImportQuery,
    response: { 200: ImportResultView },
  },
} as const satisfies Record<string, RouteContract>;
