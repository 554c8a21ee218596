// The supervision module's surface: the 督办 board over the tickets' deadline cards, its drill-down and bulk
// 催办/督办. It owns no table: it reads through the tickets module's queue queries and acts through its commands.
export { createSupervisionService, type SupervisionService } from './supervision.service.ts';
export { registerSupervisionRoutes } from './supervision.routes.ts';
export { SUPERVISION_ERRORS } from './supervision.errors.ts';
