export {
  createTicketCommandsService,
  type TicketCommandsService,
  type IntakeResult,
  type TicketChangeListener,
} from './tickets.service.ts';
export { createTicketQueriesService, type TicketQueriesService } from './tickets.queries.ts';
export * from './ticket-queue-queries.ts';
export {
  IntakeInput,
  CommandBodies,
  TicketDetail,
  TicketList,
  TicketSummary,
} from '../../contracts/tickets.schemas.ts';
export { registerTicketRoutes } from './tickets.routes.ts';
export { createIntakeAssistService, type IntakeAssistService } from './intake-assist.ts';
export { registerIntakeAssistRoutes } from './intake-assist.routes.ts';
export { replayTicket, eventFromRow } from './ticket-replay.ts';
export {
  createTicketImporter,
  type TicketImporter,
  type ImportedTicket,
  type ImportedHandling,
  type ImportedDispatch,
  type ImportProblem,
  type RollupBuffer,
  type TicketImportOutcome,
  type RenumberedTicket,
} from './import/ticket-import.ts';
export { ticketNumberOf } from './ticket-number.ts';
export {
  createTicketFacts,
  ticketNumberIn,
  type TicketFacts,
  type AssignmentOutcome,
  type TicketWithReply,
  type ListedTicket,
  type RegisteredTicketsFilter,
} from './ticket-facts.ts';
export type { PublicTicket, PublicTicketFilter } from './ticket-public-list.ts';
export { TICKETS_ERRORS } from './tickets.errors.ts';
