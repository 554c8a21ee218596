import { REGISTERING_ROLES, type Role } from '../domain/access/roles.ts';
import {
  LineFigures,
  LineFiguresQuery,
  LineOrderInput,
  LineOrderList,
  LineOrderListQuery,
  LineOrderParams,
  LineOrderRegistered,
  LineOrderView,
  TransferIdParams,
  TransferList,
  TransferListQuery,
  TransferOutcomeInput,
  TransferView,
} from './lines.schemas.ts';
import type { RouteContract } from './route-contract.ts';

const tags = ['热线联动 lines'];
/** The centre sees every line's traffic; units do not (a transfer never reaches a unit). */
const CENTRE: readonly Role[] = ['agent', 'dispatcher', 'reviewer', 'supervisor', 'leader', 'admin'];
/**
 * Outcomes come from the centre's staff or from the receiving line's integration account, which registers
 * orders and therefore holds a registering role.
 */
const OUTCOME_RECORDERS: readonly Role[] = ['agent', 'dispatcher', 'supervisor', 'admin'];

export const linesContract = {
  registerOrder: {
    method: 'POST',
    path: '/api/lines/orders',
    tags,
    summary: '接收 110 等热线转来的工单（按 热线+对方工单号 幂等：重复提交返回同一工单，created 为 false）',
    roles: REGISTERING_ROLES,
    body: LineOrderInput,
    response: { 200: LineOrderRegistered, 201: LineOrderRegistered },
  },
  listOrders: {
    method: 'GET',
    path: '/api/lines/orders',
    tags,
    summary: '其他热线转入的工单（按热线、受理时间筛选）',
    roles: CENTRE,
    querystring: LineOrderListQuery,
    response: { 200: LineOrderList },
  },
  getOrder: {
    method: 'GET',
    path: '/api/lines/orders/:line/:orderNumber',
    tags,
    summary: '按对方工单号查询办理状态与办理结果',
    roles: CENTRE,
    params: LineOrderParams,
    response: { 200: LineOrderView },
  },
  listTransfers: {
    method: 'GET',
    path: '/api/lines/transfers',
    tags,
    summary: '转接记录（转出至 110 等热线）及其结果',
    roles: CENTRE,
    querystring: TransferListQuery,
    response: { 200: TransferList },
  },
  recordTransferOutcome: {
    method: 'POST',
    path: '/api/lines/transfers/:id/outcome',
    tags,
    summary: '登记转接结果（已接收 / 已退回 / 已办结）',
    roles: OUTCOME_RECORDERS,
    params: TransferIdParams,
    body: TransferOutcomeInput,
    response: { 200: TransferView },
  },
  figures: {
    method: 'GET',
    path: '/api/lines/figures',
    tags,
    summary: '转出（按热线与结果）与转入（按热线）的统计',
    roles: CENTRE,
    querystring: LineFiguresQuery,
    response: { 200: LineFigures },
  },
} as const satisfies Record<string, RouteContract>;
