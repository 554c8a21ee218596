import { ADMIN_ROLES } from '../domain/access/roles.ts';
import { AuditList, AuditQuery } from './audit.schemas.ts';
import type { RouteContract } from './route-contract.ts';

const tags = ['审计 audit'];

export const auditContract = {
  listAudit: {
    method: 'GET',
    path: '/api/audit',
    tags,
    summary: '审计日志（系统管理员）：登录、查看联系方式、导出与管理操作',
    roles: ADMIN_ROLES,
    querystring: AuditQuery,
    response: { 200: AuditList },
  },
} as const satisfies Record<string, RouteContract>;
