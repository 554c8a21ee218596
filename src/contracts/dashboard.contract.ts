import { z } from 'zod';
import { ROLES, type Role } from '../domain/access/roles.ts';
import {
  ChannelMix,
  ChannelQuery,
  DashboardExportQuery,
  DashboardQuery,
  DashboardView,
  DrillPage,
  DrillQuery,
} from './dashboard.schemas.ts';
import type { RouteContract } from './route-contract.ts';

const tags = ['数据看板 dashboard'];

/**
 * The centre's roles read the whole city; a unit's administrator reads its own subtree (the service narrows it).
 * A unit handler works tickets, not figures.
 */
export const DASHBOARD_ROLES: readonly Role[] = ROLES.filter((role) => role !== 'unitHandler');

export const dashboardContract = {
  overview: {
    method: 'GET',
    path: '/api/dashboard',
    tags,
    summary:
      '数据看板：一个时段、一个单位及下级单位的各项指标、趋势、构成、热点与排名（均来自通报同一套数据）',
    roles: DASHBOARD_ROLES,
    querystring: DashboardQuery,
    response: { 200: DashboardView },
  },
  drill: {
    method: 'GET',
    path: '/api/dashboard/tickets',
    tags,
    summary: '数据看板下钻：某项计数背后的工单（合计与看板数字一致）',
    roles: DASHBOARD_ROLES,
    querystring: DrillQuery,
    response: { 200: DrillPage },
  },
  channels: {
    method: 'GET',
    path: '/api/dashboard/channels',
    tags,
    summary: '数据看板：来源渠道构成',
    roles: DASHBOARD_ROLES,
    querystring: ChannelQuery,
    response: { 200: ChannelMix },
  },
  exportTable: {
    method: 'GET',
    path: '/api/dashboard/export',
    tags,
    summary: '导出数据看板的一张表（XLSX）',
    roles: DASHBOARD_ROLES,
    querystring: DashboardExportQuery,
    response: { 200: z.unknown().meta({ description: 'XLSX 文件' }) },
  },
} as const satisfies Record<string, RouteContract>;
