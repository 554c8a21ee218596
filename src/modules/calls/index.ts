// The calls module's surface: telephone calls (话务) and their day counts.
export { createCallsService, callDaysOf, type CallsService } from './calls.service.ts';
export type { CallDay, NewCall } from './calls.repository.ts';
