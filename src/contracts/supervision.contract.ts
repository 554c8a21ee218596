import { ROLES, isUnitRole, roleMayIssue, type Role } from '../domain/access/roles.ts';
import {
  SupervisionBoard,
  SupervisionBoardQuery,
  SupervisionBulkInput,
  SupervisionBulkResult,
  SupervisionTicketPage,
  SupervisionTicketsQuery,
} from './supervision.schemas.ts';
import type { RouteContract } from './route-contract.ts';

const tags = ['督办 supervision'];

/**
 * Who reads the board: the centre's roles that watch deadlines (督办员, 领导, 派单员 who urges, 系统管理员), and a
 * unit admin for its own subtree. 话务员 and 审核/回访员 have no stage in deadlines; a 承办人 works its own queues.
 */
export const SUPERVISION_ROLES: readonly Role[] = ROLES.filter(
  (role) =>
    role === 'unitAdmin' ||
    role === 'leader' ||
    roleMayIssue(role, 'urge') ||
    roleMayIssue(role, 'supervise'),
);
/** Who urges or supervises in bulk: the roles that issue 催办 or 督办 (centre roles only). */
export const SUPERVISION_BULK_ROLES: readonly Role[] = ROLES.filter(
  (role) => !isUnitRole(role) && (roleMayIssue(role, 'urge') || roleMayIssue(role, 'supervise')),
);

export const supervisionContract = {
  board: {
    method: 'GET',
    path: '/api/supervision',
    tags,
    summary: '督办看板：各单位、各一级分类的即将超时（黄牌）、已超时（红牌）、督办中工单数（按权限范围）',
    roles: SUPERVISION_ROLES,
    querystring: SupervisionBoardQuery,
    response: { 200: SupervisionBoard },
  },
  tickets: {
    method: 'GET',
    path: '/api/supervision/tickets',
    tags,
    summary: '看板某一格背后的工单（分页；联系人按列表规则脱敏）',
    roles: SUPERVISION_ROLES,
    limit: 'personalData',
    querystring: SupervisionTicketsQuery,
    response: { 200: SupervisionTicketPage },
  },
  bulk: {
    method: 'POST',
    path: '/api/supervision/bulk',
    tags,
    summary: '批量催办或督办（逐单办理，单张被拒不影响其他工单；至多 500 张）',
    roles: SUPERVISION_BULK_ROLES,
    body: SupervisionBulkInput,
    response: { 200: SupervisionBulkResult },
  },
} as const satisfies Record<string, RouteContract>;
