import type { App } from '../http/server.ts';
import type { ApiOptions } from './api-options.ts';
import { registerAttachmentRoutes } from '../modules/attachments/index.ts';
import { registerAuditRoutes } from '../modules/audit/index.ts';
import { registerBulletinIssueRoutes, registerBulletinRoutes } from '../modules/bulletin/index.ts';
import { registerCalendarRoutes } from '../modules/calendar/index.ts';
import { registerCallRoutes, registerCtiRoutes } from '../modules/calls/index.ts';
import { registerCategoryRoutes } from '../modules/categories/index.ts';
import { registerDashboardRoutes } from '../modules/dashboard/index.ts';
import { registerDictionaryRoutes } from '../modules/dictionaries/index.ts';
import { registerEvaluationRoutes } from '../modules/evaluation/index.ts';
import { registerImportRoutes } from '../modules/imports/index.ts';
import { registerKbRoutes } from '../modules/kb/index.ts';
import { registerLiveRoutes } from '../modules/live/index.ts';
import { registerIntakeAssistRoutes, registerTicketRoutes } from '../modules/tickets/index.ts';
import { registerQueueRoutes } from '../modules/queues/index.ts';
import { registerGeoReportRoutes, registerOpen311ClientRoutes } from '../modules/open311/index.ts';
import { registerPlaceRoutes, registerPortalRoutes } from '../modules/portal/index.ts';
import { registerLinesRoutes } from '../modules/lines/index.ts';
import { registerExchangeRoutes } from '../modules/exchange/index.ts';
import { ERROR_KINDS } from './error-kinds.ts';
import { registerSupervisionRoutes } from '../modules/supervision/index.ts';
import { registerUnitRoutes } from '../modules/units/index.ts';
import { registerUserRoutes } from '../modules/users/index.ts';
import type { Services } from './services.ts';

type MountRoutes = (app: App, services: Services, options: ApiOptions) => void | Promise<void>;

/**
 * The one place a module's routes join the API. Each registrar receives only its own module's services: a
 * route cannot reach past its module to another one's rules.
 */
export const MODULE_ROUTES: readonly MountRoutes[] = [
  (app, { users }, options) => registerUserRoutes(app, { users }, options),
  (app, { units }) => registerUnitRoutes(app, { units }),
  (app, { calendar }) => registerCalendarRoutes(app, { calendar }),
  (app, { categories }) => registerCategoryRoutes(app, { categories }),
  (app, { dictionaries }) => registerDictionaryRoutes(app, { dictionaries }),
  (app, { tickets, ticketQueries }) => registerTicketRoutes(app, { tickets, ticketQueries }),
  (app, { intakeAssist }) => registerIntakeAssistRoutes(app, { intakeAssist }),
  (app, { queues, savedFilters }) => registerQueueRoutes(app, { queues, savedFilters }),
  (app, { supervision }) => registerSupervisionRoutes(app, { supervision }),
  // Imports keep a body limit and content parsers of their own: an encapsulated scope.
  (app, { imports }) => app.register(async (scope) => registerImportRoutes(scope, { imports })),
  (app, { kbArticles, kbSearch, kbSynonyms }) => registerKbRoutes(app, { kbArticles, kbSearch, kbSynonyms }),
  // Uploads take any content type and spool to disk: an encapsulated scope like imports.
  (app, { attachments }) => app.register(async (scope) => registerAttachmentRoutes(scope, { attachments })),
  (app, { bulletins }) => registerBulletinRoutes(app, { bulletins }),
  (app, { bulletinIssues }) => registerBulletinIssueRoutes(app, { bulletinIssues }),
  (app, { evaluation, schemes }) => registerEvaluationRoutes(app, { evaluation, schemes }),
  (app, { dashboard }) => registerDashboardRoutes(app, { dashboard }),
  (app, { audit }) => registerAuditRoutes(app, audit),
  (app, { live }) => registerLiveRoutes(app, { live }),
  (app, { calls }) => registerCallRoutes(app, { calls }),
  // The CTI webhook keeps its body as the signed bytes: an encapsulated scope with its own JSON parser.
  (app, { calls }) => app.register(async (scope) => registerCtiRoutes(scope, { calls })),
  // GeoReport v2 parses form bodies and answers errors in its own shapes: an encapsulated scope.
  (app, { open311 }) =>
    app.register(async (scope) => registerGeoReportRoutes(scope, { open311 }, ERROR_KINDS)),
  (app, { open311Clients }) => registerOpen311ClientRoutes(app, { open311Clients }),
  // Photo uploads arrive as multipart bodies spooled to disk: an encapsulated scope like attachments.
  (app, { portal }) => app.register(async (scope) => registerPortalRoutes(scope, { portal })),
  (app, { lines }) => registerLinesRoutes(app, { lines }),
  (app, { places }) => registerPlaceRoutes(app, { places }),
  // 上级交办 files arrive as the file's bytes, spooled to disk: an encapsulated scope like imports.
  (app, { exchange }) => app.register(async (scope) => registerExchangeRoutes(scope, { exchange })),
];
