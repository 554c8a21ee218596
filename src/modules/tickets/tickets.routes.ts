import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ticketCommandContracts, ticketsContract } from '../../contracts/tickets.contract.ts';
import { TICKET_COMMAND_TYPES } from '../../domain/lifecycle/index.ts';
import { actorOf } from '../../http/auth.ts';
import { routeOptions } from '../../http/contract-route.ts';
import { toCommand } from './command-input.ts';
import type { TicketQueriesService } from './tickets.queries.ts';
import type { TicketCommandsService } from './tickets.service.ts';

export function registerTicketRoutes(
  instance: FastifyInstance,
  services: { tickets: TicketCommandsService; ticketQueries: TicketQueriesService },
) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { intake, list, get, getByNumber } = ticketsContract;

  app.post(intake.path, routeOptions(intake), async (request, reply) => {
    const { ticketId, ...result } = await services.tickets.intake(
      actorOf(request),
      request.body,
      request.headers['idempotency-key'] ?? null,
    );
    return reply
      .status(result.created ? 201 : 200)
      .header('location', `/api/tickets/${ticketId}`)
      .send({ id: ticketId, ...result });
  });

  app.get(list.path, routeOptions(list), async (request) =>
    services.ticketQueries.listTickets(actorOf(request), request.query),
  );

  app.get(get.path, routeOptions(get), async (request) =>
    services.ticketQueries.getTicket(actorOf(request), request.params.id),
  );

  app.get(getByNumber.path, routeOptions(getByNumber), async (request) =>
    services.ticketQueries.getTicketByNumber(actorOf(request), request.params.number),
  );

  for (const type of TICKET_COMMAND_TYPES) {
    const contract = ticketCommandContracts[type];
    app.post(contract.path, routeOptions(contract), async (request) => {
      const actor = actorOf(request);
      const body = request.body as { version: number };
      return services.tickets.perform(
        actor,
        request.params.id,
        body.version,
        toCommand(type, request.body as never, actor.unitCode),
      );
    });
  }
}
