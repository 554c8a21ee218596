import type { Executor } from '../db/executor.ts';
import type { Clock } from '../shared/clock.ts';
import { createCalendarService } from '../modules/calendar/index.ts';
import { createTicketRollupRecorder, immediateSink, type RollupSink } from '../modules/evaluation/index.ts';
import { createTicketCommandsService, createTicketQueriesService } from '../modules/tickets/index.ts';
import { createUnitsService } from '../modules/units/index.ts';
import { createUsersService } from '../modules/users/index.ts';

export interface ServiceOptions {
  db: Executor;
  clock: Clock;
  sessionHours?: number;
  /** Where ticket changes update the rollups; bulk loads pass a buffer they flush in their transaction. */
  rollupSink?: RollupSink;
}

/** The composition root: every service, wired explicitly (no container). */
export function createServices(deps: ServiceOptions) {
  const units = createUnitsService(deps);
  const calendar = createCalendarService(deps);
  const users = createUsersService({ ...deps, units, sessionHours: deps.sessionHours ?? 12 });
  const tickets = createTicketCommandsService({
    ...deps,
    units,
    calendar,
    onTicketChanged: createTicketRollupRecorder(deps.rollupSink ?? immediateSink),
  });
  const ticketQueries = createTicketQueriesService({ ...deps, units });
  return { units, calendar, users, tickets, ticketQueries };
}

export type Services = ReturnType<typeof createServices>;
