import { createMemoryBus, type LiveBus } from './live-bus.ts';
import { createPostgresBus, type PostgresBusOptions } from './postgres-bus.ts';

export {
  createLiveService,
  type LiveService,
  type LiveTimings,
  type TicketChangeNotice,
} from './live.service.ts';
export { createMemoryBus, type LiveBus, type LiveMessage } from './live-bus.ts';
export { createPostgresBus, channelFor, type PostgresBusOptions } from './postgres-bus.ts';
export { registerLiveRoutes } from './live.routes.ts';

/** How live updates travel: between the processes of one PostgreSQL database, or within this process. */
export interface LiveSetup {
  /** Set when the database is PostgreSQL: every server process on it then sees every other's changes. */
  postgres?: PostgresBusOptions;
}

export function createLiveBus(setup: LiveSetup = {}): LiveBus {
  return setup.postgres ? createPostgresBus(setup.postgres) : createMemoryBus();
}
