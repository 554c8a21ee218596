import type { FastifyInstance } from 'fastify';
import { ADMIN_ROLES } from '../../domain/access/roles.ts';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CalendarService } from './calendar.service.ts';
import { formatTimeLimit, type TimeLimit } from '../../domain/calendar/time-limit.ts';
import { formatLocalTime } from '../../domain/time.ts';
import { actorOf } from '../../http/auth.ts';
import { OkResponse } from '../../shared/schemas.ts';
import {
  CalendarDateParams,
  CalendarDaysQuery,
  CalendarDayView,
  DeadlineQuery,
  DeadlineView,
  PolicyIdParams,
  PolicyInputSchema,
  PolicyView,
  SetCalendarDayInput,
} from './calendar.schemas.ts';
import type { DeadlinePolicy } from './deadline-policy.ts';

function presentPolicy(policy: DeadlinePolicy): z.infer<typeof PolicyView> {
  const text = (limit: TimeLimit | null) => (limit ? formatTimeLimit(limit) : null);
  return {
    ...policy,
    acknowledgeLimit: text(policy.acknowledgeLimit),
    feedbackLimit: text(policy.feedbackLimit),
    completionLimit: text(policy.completionLimit),
  };
}

export function registerCalendarRoutes(instance: FastifyInstance, services: { calendar: CalendarService }) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const tags = ['工作日历与时限 calendar'];
  const { calendar } = services;

  app.get(
    '/api/calendar/days',
    {
      schema: {
        tags,
        summary: '节假日与调休上班日',
        querystring: CalendarDaysQuery,
        response: { 200: z.array(CalendarDayView) },
      },
    },
    async (request) => calendar.listDays(request.query.from, request.query.to),
  );

  app.put(
    '/api/calendar/days/:date',
    {
      config: { roles: ADMIN_ROLES },
      schema: {
        tags,
        summary: '设置节假日或调休上班日',
        params: CalendarDateParams,
        body: SetCalendarDayInput,
        response: { 200: CalendarDayView },
      },
    },
    async (request) => calendar.setDay(actorOf(request), { date: request.params.date, ...request.body }),
  );

  app.delete(
    '/api/calendar/days/:date',
    {
      config: { roles: ADMIN_ROLES },
      schema: { tags, summary: '恢复为普通日', params: CalendarDateParams, response: { 200: OkResponse } },
    },
    async (request) => {
      await calendar.deleteDay(actorOf(request), request.params.date);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/deadline-policies',
    { schema: { tags, summary: '时限规则', response: { 200: z.array(PolicyView) } } },
    async () => (await calendar.listPolicies()).map(presentPolicy),
  );

  app.post(
    '/api/deadline-policies',
    {
      config: { roles: ADMIN_ROLES },
      schema: { tags, summary: '新增时限规则', body: PolicyInputSchema, response: { 201: PolicyView } },
    },
    async (request, reply) =>
      reply.status(201).send(presentPolicy(await calendar.savePolicy(actorOf(request), request.body))),
  );

  app.put(
    '/api/deadline-policies/:id',
    {
      config: { roles: ADMIN_ROLES },
      schema: {
        tags,
        summary: '修改时限规则',
        params: PolicyIdParams,
        body: PolicyInputSchema,
        response: { 200: PolicyView },
      },
    },
    async (request) =>
      presentPolicy(await calendar.savePolicy(actorOf(request), request.body, request.params.id)),
  );

  app.delete(
    '/api/deadline-policies/:id',
    {
      config: { roles: ADMIN_ROLES },
      schema: { tags, summary: '删除时限规则', params: PolicyIdParams, response: { 200: OkResponse } },
    },
    async (request) => {
      await calendar.deletePolicy(actorOf(request), request.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/deadlines/compute',
    {
      schema: {
        tags,
        summary: '计算时限（按工作日历）',
        querystring: DeadlineQuery,
        response: { 200: DeadlineView },
      },
    },
    async (request) => {
      const { from, limit, start, cutoff } = request.query;
      const due = await calendar.computeDeadline(from, limit, { start, cutoff: cutoff ?? null });
      return { from: from.toISOString(), limit, due: due.toISOString(), dueLocal: formatLocalTime(due) };
    },
  );
}
