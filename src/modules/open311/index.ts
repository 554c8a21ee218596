// The Open311 module's surface: GeoReport v2 at /open311/v2 (docs/open311.md) and its clients' API keys.
export {
  createOpen311Service,
  DEFAULT_OPEN311_SETTINGS,
  type Open311Service,
  type Open311Settings,
} from './open311.service.ts';
export { createOpen311ClientsService, type Open311ClientsService } from './open311-clients.service.ts';
export { registerGeoReportRoutes, registerOpen311ClientRoutes } from './open311.routes.ts';
export { OPEN311_ERRORS } from './open311.errors.ts';
