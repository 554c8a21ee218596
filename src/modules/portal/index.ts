// The portal module's surface: the citizens' web portal (submit an appeal with photos, track it with a code
// sent to the phone, rate the result), its places, and its error table.
export {
  createPortalService,
  DEFAULT_PORTAL_SETTINGS,
  PORTAL_DISPLAY_NAME,
  PORTAL_USERNAME,
  type PortalService,
  type PortalSettings,
} from './portal.service.ts';
export { createPortalRepository } from './portal.repository.ts';
export { PORTAL_ERRORS } from './portal.errors.ts';
export { DEFAULT_BANNED_WORDS } from './content-checks.ts';
export { registerPortalRoutes } from './portal.routes.ts';
export { createPlacesService, type PlacesService } from './places.service.ts';
export { registerPlaceRoutes } from './places.routes.ts';
