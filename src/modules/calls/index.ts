// The calls module's surface: telephone calls (话务), the CTI events they are rebuilt from, their day counts,
// figures and the missed-call callback list.
export { createCallsService, callDaysOf, callDayChanges, type CallsService } from './calls.service.ts';
export type { CallDay, NewCall } from './calls.repository.ts';
export { registerCallRoutes, registerCtiRoutes } from './calls.routes.ts';
export { signCtiBody, ctiSignedText, CTI_TOLERANCE_SECONDS } from './cti-signature.ts';
export { CALLS_ERRORS } from './calls.errors.ts';
