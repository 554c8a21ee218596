export {
  createTicketCommandsService,
  type TicketCommandsService,
  type IntakeResult,
  type TicketChangeListener,
} from './tickets.service.ts';
export { createTicketQueriesService, type TicketQueriesService } from './tickets.queries.ts';
export { IntakeInput, CommandBodies, TicketDetail, TicketList, TicketSummary } from './tickets.schemas.ts';
export { registerTicketRoutes } from './tickets.routes.ts';
export { replayTicket, eventFromRow } from './ticket-replay.ts';
