import { z } from 'zod';
import { REGISTERING_ROLES, rolesIssuing } from '../domain/access/roles.ts';
import { TICKET_COMMAND_TYPES, type TicketCommandType } from '../domain/lifecycle/index.ts';
import type { RouteContract } from './route-contract.ts';
import {
  CommandBodies,
  IntakeInput,
  IntakeResponse,
  TicketDetail,
  TicketIdParams,
  TicketList,
  TicketListQuery,
} from './tickets.schemas.ts';

const tags = ['工单 tickets'];

const COMMAND_SUMMARIES: Record<TicketCommandType, string> = {
  directAnswer: '直接答复',
  reject: '不予受理',
  transfer: '转接 110/119/120/122',
  merge: '并单',
  requestDispatch: '提交派单',
  dispatch: '派单（主办、协办）',
  acknowledge: '签收',
  requestSendBack: '申请退回',
  ruleSendBack: '审批退回',
  requestExtension: '申请延期',
  ruleExtension: '审批延期',
  subDispatch: '二级派单',
  submitFeedback: '反馈办理结果',
  review: '审核反馈（通过或退回重办）',
  revisit: '回访',
  complete: '办结（不回访）',
  reopen: '重办',
  urge: '催办',
  supervise: '督办',
  archive: '归档',
};

export const IntakeHeaders = z.object({
  /** A client-chosen key: retrying the same request creates no second ticket. */
  'idempotency-key': z.string().trim().min(1).max(100).optional(),
});

export const ticketsContract = {
  intake: {
    method: 'POST',
    path: '/api/tickets',
    tags,
    summary: '受理诉求（可同时直接答复、不予受理、转接或提交派单）',
    roles: REGISTERING_ROLES,
    headers: IntakeHeaders,
    body: IntakeInput,
    response: { 200: IntakeResponse, 201: IntakeResponse },
  },
  list: {
    method: 'GET',
    path: '/api/tickets',
    tags,
    summary: '工单列表（按权限范围）',
    limit: 'personalData',
    querystring: TicketListQuery,
    response: { 200: TicketList },
  },
  get: {
    method: 'GET',
    path: '/api/tickets/:id',
    tags,
    summary: '工单详情（含流转记录与可执行操作）',
    limit: 'personalData',
    params: TicketIdParams,
    response: { 200: TicketDetail },
  },
  getByNumber: {
    method: 'GET',
    path: '/api/tickets/by-number/:number',
    tags,
    summary: '按工单编号查询',
    limit: 'personalData',
    params: z.object({ number: z.string().min(1).max(32) }),
    response: { 200: TicketDetail },
  },
} as const satisfies Record<string, RouteContract>;

/** One route per lifecycle command: POST /api/tickets/:id/<command>, answering with the ticket after it. */
export function commandContract<T extends TicketCommandType>(type: T) {
  return {
    method: 'POST',
    path: `/api/tickets/:id/${type}`,
    tags,
    summary: COMMAND_SUMMARIES[type],
    roles: rolesIssuing(type),
    params: TicketIdParams,
    body: CommandBodies[type],
    response: { 200: TicketDetail },
  } as const satisfies RouteContract;
}

export const ticketCommandContracts = Object.fromEntries(
  TICKET_COMMAND_TYPES.map((type) => [type, commandContract(type)]),
) as { [T in TicketCommandType]: ReturnType<typeof commandContract<T>> };
