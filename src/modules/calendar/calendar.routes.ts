import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { calendarContract as c } from '../../contracts/calendar.contract.ts';
import type { PolicyView } from '../../contracts/calendar.schemas.ts';
import { formatTimeLimit, type TimeLimit } from '../../domain/calendar/time-limit.ts';
import { formatLocalTime } from '../../domain/time.ts';
import { actorOf } from '../../http/auth.ts';
import { routeOptions } from '../../http/contract-route.ts';
import type { CalendarService } from './calendar.service.ts';
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
  const { calendar } = services;

  app.get(c.listDays.path, routeOptions(c.listDays), async (request) =>
    calendar.listDays(request.query.from, request.query.to),
  );

  app.put(c.setDay.path, routeOptions(c.setDay), async (request) =>
    calendar.setDay(actorOf(request), { date: request.params.date, ...request.body }),
  );

  app.delete(c.deleteDay.path, routeOptions(c.deleteDay), async (request) => {
    await calendar.deleteDay(actorOf(request), request.params.date);
    return { ok: true as const };
  });

  app.get(c.listPolicies.path, routeOptions(c.listPolicies), async () =>
    (await calendar.listPolicies()).map(presentPolicy),
  );

  app.post(c.createPolicy.path, routeOptions(c.createPolicy), async (request, reply) =>
    reply.status(201).send(presentPolicy(await calendar.savePolicy(actorOf(request), request.body))),
  );

  app.put(c.updatePolicy.path, routeOptions(c.updatePolicy), async (request) =>
    presentPolicy(await calendar.savePolicy(actorOf(request), request.body, request.params.id)),
  );

  app.delete(c.deletePolicy.path, routeOptions(c.deletePolicy), async (request) => {
    await calendar.deletePolicy(actorOf(request), request.params.id);
    return { ok: true as const };
  });

  app.get(c.computeDeadline.path, routeOptions(c.computeDeadline), async (request) => {
    const { from, limit, start, cutoff } = request.query;
    const due = await calendar.computeDeadline(from, limit, { start, cutoff: cutoff ?? null });
    return { from: from.toISOString(), limit, due: due.toISOString(), dueLocal: formatLocalTime(due) };
  });
}
