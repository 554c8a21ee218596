// The work queues module's surface: the console's built-in views over the tickets (counts, pages, exports),
// bulk actions through the ticket commands, and each person's saved filters.
export { createQueuesService, type QueuesService } from './queues.service.ts';
export { createSavedFiltersService, type SavedFiltersService } from './saved-filters.service.ts';
export { viewsOf } from './queue-views.ts';
export { registerQueueRoutes } from './queues.routes.ts';
export { QUEUES_ERRORS } from './queues.errors.ts';
