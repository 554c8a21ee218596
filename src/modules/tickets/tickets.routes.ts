import type { FastifyInstance } from 'fastify';
import { REGISTERING_ROLES, rolesIssuing } from '../../domain/access/roles.ts';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { TicketCommandsService } from './tickets.service.ts';
import type { TicketQueriesService } from './tickets.queries.ts';
import { TICKET_COMMAND_TYPES } from '../../domain/lifecycle/index.ts';
import { actorOf } from '../../http/auth.ts';
import { toCommand } from './command-input.ts';
import {
  CommandBodies,
  IntakeInput,
  IntakeResponse,
  TicketDetail,
  TicketIdParams,
  TicketList,
  TicketListQuery,
} from './tickets.schemas.ts';

const COMMAND_SUMMARIES: Record<(typeof TICKET_COMMAND_TYPES)[number], string> = {
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

const IntakeHeaders = z.object({
  /** A client-chosen key: retrying the same request creates no second ticket. */
  'idempotency-key': z.string().trim().min(1).max(100).optional(),
});

export function registerTicketRoutes(
  instance: FastifyInstance,
  services: { tickets: TicketCommandsService; ticketQueries: TicketQueriesService },
) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const tags = ['工单 tickets'];

  app.post(
    '/api/tickets',
    {
      config: { roles: REGISTERING_ROLES },
      schema: {
        tags,
        summary: '受理诉求（可同时直接答复、不予受理、转接或提交派单）',
        headers: IntakeHeaders,
        body: IntakeInput,
        response: { 200: IntakeResponse, 201: IntakeResponse },
      },
    },
    async (request, reply) => {
      const { ticketId, ...result } = await services.tickets.intake(
        actorOf(request),
        request.body,
        request.headers['idempotency-key'] ?? null,
      );
      return reply
        .status(result.created ? 201 : 200)
        .header('location', `/api/tickets/${ticketId}`)
        .send({ id: ticketId, ...result });
    },
  );

  app.get(
    '/api/tickets',
    {
      config: { limit: 'personalData' },
      schema: {
        tags,
        summary: '工单列表（按权限范围）',
        querystring: TicketListQuery,
        response: { 200: TicketList },
      },
    },
    async (request) => services.ticketQueries.listTickets(actorOf(request), request.query),
  );

  app.get(
    '/api/tickets/:id',
    {
      config: { limit: 'personalData' },
      schema: {
        tags,
        summary: '工单详情（含流转记录与可执行操作）',
        params: TicketIdParams,
        response: { 200: TicketDetail },
      },
    },
    async (request) => services.ticketQueries.getTicket(actorOf(request), request.params.id),
  );

  app.get(
    '/api/tickets/by-number/:number',
    {
      config: { limit: 'personalData' },
      schema: {
        tags,
        summary: '按工单编号查询',
        params: z.object({ number: z.string().min(1).max(32) }),
        response: { 200: TicketDetail },
      },
    },
    async (request) => services.ticketQueries.getTicketByNumber(actorOf(request), request.params.number),
  );

  for (const type of TICKET_COMMAND_TYPES) {
    app.post(
      `/api/tickets/:id/${type}`,
      {
        config: { roles: rolesIssuing(type) },
        schema: {
          tags,
          summary: COMMAND_SUMMARIES[type],
          params: TicketIdParams,
          body: CommandBodies[type],
          response: { 200: TicketDetail },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        const body = request.body as { version: number };
        return services.tickets.perform(
          actor,
          request.params.id,
          body.version,
          toCommand(type, request.body as never, actor.unitCode),
        );
      },
    );
  }
}
