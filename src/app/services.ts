import type { Executor } from '../db/executor.ts';
import type { Clock } from '../shared/clock.ts';
import { createCalendarService } from '../modules/calendar/index.ts';
import { createTicketCommandsService, createTicketQueriesService } from '../modules/tickets/index.ts';
import { createUnitsService } from '../modules/units/index.ts';
import { createUsersService } from '../modules/users/index.ts';

/** The composition root: every service, wired explicitly (no container). */
export function createServices(deps: { db: Executor; clock: Clock; sessionHours?: number }) {
  const units = createUnitsService(deps);
  const calendar = createCalendarService(deps);
  const users = createUsersService({ ...deps, units, sessionHours: deps.sessionHours ?? 12 });
  const tickets = createTicketCommandsService({ ...deps, units, calendar });
  const ticketQueries = createTicketQueriesService({ ...deps, units });
  return { units, calendar, users, tickets, ticketQueries };
}

export type Services = ReturnType<typeof createServices>;
