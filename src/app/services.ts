import type { Executor } from '../db/executor.ts';
import type { Clock } from '../shared/clock.ts';
import { createBulletinService } from '../modules/bulletin/index.ts';
import { createCalendarService } from '../modules/calendar/index.ts';
import { createCallsService } from '../modules/calls/index.ts';
import {
  createBufferedSink,
  createEvaluationService,
  createSchemesService,
  createTicketRollupRecorder,
  immediateSink,
  type RollupSink,
} from '../modules/evaluation/index.ts';
import { createImportsService } from '../modules/imports/index.ts';
import { createKbService } from '../modules/kb/index.ts';
import {
  createTicketCommandsService,
  createTicketImporter,
  createTicketQueriesService,
} from '../modules/tickets/index.ts';
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
  const evaluation = createEvaluationService({ ...deps, units });
  const schemes = createSchemesService(deps);
  const bulletins = createBulletinService({ ...deps, units, evaluation, schemes });
  const calls = createCallsService(deps);
  const kb = createKbService(deps);
  // Imported tickets feed the live path's rollup recorder through a buffer flushed in the import's transaction.
  const ticketImporter = createTicketImporter({
    ...deps,
    units,
    calendar,
    rollupBuffer: () => {
      const sink = createBufferedSink();
      return { onTicketChanged: createTicketRollupRecorder(sink), flush: (db) => sink.flush(db) };
    },
  });
  const imports = createImportsService({ units, ticketImporter, calls, kb });
  return {
    units,
    calendar,
    users,
    tickets,
    ticketQueries,
    evaluation,
    schemes,
    bulletins,
    calls,
    kb,
    imports,
  };
}

export type Services = ReturnType<typeof createServices>;
