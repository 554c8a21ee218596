import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { intakeAssistContract as c } from '../../contracts/intake-assist.contract.ts';
import { actorOf } from '../../http/auth.ts';
import { routeOptions } from '../../http/contract-route.ts';
import type { IntakeAssistService } from './intake-assist.ts';

export function registerIntakeAssistRoutes(
  instance: FastifyInstance,
  services: { intakeAssist: IntakeAssistService },
) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { intakeAssist } = services;

  app.get(c.possibleDuplicates.path, routeOptions(c.possibleDuplicates), async (request) =>
    intakeAssist.possibleDuplicates(actorOf(request), request.query),
  );

  app.get(c.callerTickets.path, routeOptions(c.callerTickets), async (request) =>
    intakeAssist.callerTickets(actorOf(request), request.query.phone, request.query.limit),
  );

  app.get(c.suggestedUnits.path, routeOptions(c.suggestedUnits), async (request) =>
    intakeAssist.suggestedUnits(actorOf(request), request.query),
  );
}
