import type { Executor } from '../db/executor.ts';
import type { Clock } from '../shared/clock.ts';
import { AppError } from '../shared/errors.ts';
import {
  createAttachmentsService,
  type AttachmentLimits,
  type AttachmentStore,
} from '../modules/attachments/index.ts';
import { createAuditService } from '../modules/audit/index.ts';
import { createBulletinIssuesService, createBulletinService } from '../modules/bulletin/index.ts';
import { createCalendarService } from '../modules/calendar/index.ts';
import { createCallsService } from '../modules/calls/index.ts';
import {
  createOpen311ClientsService,
  createOpen311Service,
  type Open311Settings,
} from '../modules/open311/index.ts';
import {
  createBufferedSink,
  createEvaluationService,
  createSchemesService,
  createTicketRollupRecorder,
  immediateSink,
  reapportionRollups,
  type RollupSink,
} from '../modules/evaluation/index.ts';
import { createCategoriesService } from '../modules/categories/index.ts';
import { createDashboardService } from '../modules/dashboard/index.ts';
import { createDictionariesService } from '../modules/dictionaries/index.ts';
import { createImportsService, parseCategoryFile, parseUnitFile } from '../modules/imports/index.ts';
import {
  createKbArticlesService,
  createKbSearch,
  createKbSearchService,
  createKbService,
  createKbSynonymsService,
} from '../modules/kb/index.ts';
import {
  createTicketCommandsService,
  createTicketFacts,
  createTicketImporter,
  createTicketQueriesService,
  createIntakeAssistService,
} from '../modules/tickets/index.ts';
import { createQueuesService, createSavedFiltersService } from '../modules/queues/index.ts';
import { createLoggingNotifier, type Notifier } from '../modules/notify/index.ts';
import { createLinesService, createTransferRecorder, lineFigures } from '../modules/lines/index.ts';
import { createExchangeService } from '../modules/exchange/index.ts';
import { createPlacesService, createPortalService, type PortalSettings } from '../modules/portal/index.ts';
import { createSupervisionService } from '../modules/supervision/index.ts';
import { createUnitsService } from '../modules/units/index.ts';
import { createUserDirectory, createUsersService, DEFAULT_THROTTLE } from '../modules/users/index.ts';
import { createLiveBus, createLiveService, type LiveSetup, type LiveTimings } from '../modules/live/index.ts';

export interface ServiceOptions {
  db: Executor;
  clock: Clock;
  /** Session lifetime, idle timeout and concurrent sessions (config: SESSION_HOURS, SESSION_IDLE_MINUTES …). */
  sessions?: { sessionHours?: number; idleMinutes?: number; maxSessionsPerUser?: number };
  /** Failed logins from one address before it is slowed down (config: LOGIN_ADDRESS_FAILURES). */
  loginAddressFailures?: number;
  /** Where ticket changes update the rollups; bulk loads pass a buffer they flush in their transaction. */
  rollupSink?: RollupSink;
  /** How live updates reach the other server processes (PostgreSQL LISTEN/NOTIFY), and their timings. */
  live?: LiveSetup & { timings?: LiveTimings };
  /** Where attachment bytes are kept (config ATTACHMENTS_DIR); without one, uploads are refused. */
  attachmentStore?: AttachmentStore;
  attachmentLimits?: Partial<AttachmentLimits>;
  /** The CTI webhook's shared secret (config HOTLINE_CTI_SECRET); without one the webhook answers 503. */
  ctiSecret?: string | undefined;
  /** Open311 GeoReport v2: the jurisdiction served and discovery's contact lines (config OPEN311_*). */
  open311?: Partial<Open311Settings>;
  /** How text messages reach citizens' phones (an SMS gateway); without one they go to the server log. */
  notifier?: Notifier;
  /** The citizens' portal: where photos wait, banned words, per-phone limits (config PORTAL_*). */
  portal?: Partial<PortalSettings>;
}

/** The composition root: every service, wired explicitly (no container). */
export function createServices(deps: ServiceOptions) {
  // The audit log filters by unit subtree; the units service records into it, so it is reached at request time.
  const audit = createAuditService({
    ...deps,
    unitSubtree: async (code) => (await units.directory()).subtreeCodes(code),
  });
  const units = createUnitsService({ ...deps, audit, parseUnitFile, afterTreeMoved: reapportionRollups });
  const calendar = createCalendarService({ ...deps, audit });
  const categories = createCategoriesService({ ...deps, audit, parseCategoryFile });
  const dictionaries = createDictionariesService({ ...deps, audit });
  const users = createUsersService({
    ...deps,
    units,
    audit,
    sessionPolicy: Object.fromEntries(
      Object.entries(deps.sessions ?? {}).filter(([, value]) => value !== undefined),
    ),
    ...(deps.loginAddressFailures
      ? { throttle: { address: { ...DEFAULT_THROTTLE.address, freeFailures: deps.loginAddressFailures } } }
      : {}),
  });
  const userDirectory = createUserDirectory();
  const ticketQueries = createTicketQueriesService({ ...deps, units, audit, users: userDirectory });
  const ticketFacts = createTicketFacts(deps.db);
  // One search engine per process: its word dictionary and synonym table load once.
  const kbEngine = createKbSearch(deps.db, { now: () => deps.clock.now() });
  const kbArticles = createKbArticlesService({
    ...deps,
    audit,
    units,
    categories,
    search: kbEngine,
    tickets: ticketQueries,
    ticketFacts,
  });
  const kbSearch = createKbSearchService({ ...deps, units, engine: kbEngine });
  const kbSynonyms = createKbSynonymsService({ ...deps, audit, search: kbEngine });
  const live = createLiveService({
    clock: deps.clock,
    bus: createLiveBus(deps.live),
    units,
    assertVisible: (actor, id) => ticketQueries.assertVisible(actor, id),
    ...(deps.live?.timings ? { timings: deps.live.timings } : {}),
  });
  const rollups = createTicketRollupRecorder(deps.rollupSink ?? immediateSink);
  const transfers = createTransferRecorder(deps);
  const tickets = createTicketCommandsService({
    views: ticketQueries,
    ...deps,
    units,
    calendar,
    categories,
    kbAnswers: kbArticles,
    audit,
    onTicketChanged: async (trx, change) => {
      await rollups(trx, change);
      // 转接 records are written with the transfer itself (lines module)
      await transfers(trx, change);
    },
    onTicketCommitted: (change) => live.ticketCommitted(change),
  });
  const intakeAssist = createIntakeAssistService({ ...deps, units });
  const attachments = createAttachmentsService({
    ...deps,
    audit,
    store: deps.attachmentStore ?? refusingStore,
    ...(deps.attachmentLimits ? { limits: deps.attachmentLimits } : {}),
    // Each owner's module decides who sees and who may add: the ticket's scope, the article's workflow.
    owners: {
      ticket: {
        assertReadable: async (actor, id) => void (await ticketQueries.assertVisible(actor, id)),
        assertAttachable: async (actor, id) => {
          const { state } = await ticketQueries.assertVisible(actor, id);
          if (state === 'archived') throw new AppError('FORBIDDEN', '工单已归档，不能再添加附件');
        },
      },
      kbArticle: {
        assertReadable: async (actor, id) => void (await kbArticles.get(actor, id)),
        assertAttachable: async (actor, id) => {
          if (!(await kbArticles.get(actor, id)).abilities.edit)
            throw new AppError('FORBIDDEN', '当前状态或角色不能修改此知识的附件');
        },
      },
    },
  });
  const queues = createQueuesService({ ...deps, units, tickets, audit, users: userDirectory });
  const savedFilters = createSavedFiltersService(deps);
  const supervision = createSupervisionService({ ...deps, units, categories, tickets });
  const calls = createCallsService({ ...deps, audit, tickets: ticketQueries });
  const open311Clients = createOpen311ClientsService({ ...deps, audit });
  const open311 = createOpen311Service({
    ...deps,
    categories,
    units,
    tickets,
    ticketFacts,
    clients: open311Clients,
    ...(deps.open311 ? { settings: deps.open311 } : {}),
  });
  const notifier = deps.notifier ?? createLoggingNotifier();
  const portal = createPortalService({
    ...deps,
    categories,
    units,
    tickets,
    ticketQueries,
    attachments,
    notifier,
    audit,
    ...(deps.portal ? { settings: deps.portal } : {}),
  });
  const kb = createKbService({ ...deps, search: kbEngine });
  const schemes = createSchemesService({ ...deps, audit });
  const evaluation = createEvaluationService({ ...deps, units, schemes, calls, kb, ticketFacts });
  const dashboard = createDashboardService({
    ...deps,
    units,
    schemes,
    evaluation,
    categories,
    ticketFacts,
    audit,
    lineFigures: (from, to) => lineFigures(deps.db, from, to),
  });
  const bulletins = createBulletinService({
    ...deps,
    units,
    audit,
    evaluation,
    schemes,
    ticketFacts,
    lineFigures: (from, to) => lineFigures(deps.db, from, to),
  });
  const bulletinIssues = createBulletinIssuesService({ ...deps, audit, schemes, bulletins });
  // Imported tickets feed the live path's rollup recorder through a buffer flushed in the import's transaction.
  const ticketImporter = createTicketImporter({
    ...deps,
    units,
    calendar,
    rollupBuffer: () => {
      const sink = createBufferedSink();
      return { onTicketChanged: createTicketRollupRecorder(sink), flush: (db) => sink.flush(db) };
    },
  });
  const imports = createImportsService({
    units,
    categories,
    dictionaries,
    ticketImporter,
    calls,
    kb,
    db: deps.db,
    audit,
  });
  const places = createPlacesService({ ...deps, units, audit });
  const lines = createLinesService({ ...deps, tickets, ticketQueries });
  const exchange = createExchangeService({
    ...deps,
    units,
    categories,
    dictionaries,
    ticketImporter,
    ticketQueries,
    audit,
  });
  return {
    audit,
    units,
    calendar,
    categories,
    dictionaries,
    users,
    tickets,
    ticketQueries,
    live,
    intakeAssist,
    queues,
    savedFilters,
    supervision,
    evaluation,
    schemes,
    bulletins,
    bulletinIssues,
    dashboard,
    calls,
    open311,
    open311Clients,
    kb,
    kbArticles,
    kbSearch,
    kbSynonyms,
    imports,
    attachments,
    notifier,
    portal,
    lines,
    exchange,
    places,
  };
}

/** A process without an attachment store (scripts, the API document) refuses uploads rather than losing them. */
const refusingStore: AttachmentStore = {
  put: async () => {
    throw new AppError('FORBIDDEN', '未配置附件存储（ATTACHMENTS_DIR）');
  },
  open: async () => {
    throw new AppError('ATTACHMENT_NOT_FOUND', '未配置附件存储（ATTACHMENTS_DIR）');
  },
  has: async () => false,
};

export type Services = ReturnType<typeof createServices>;
