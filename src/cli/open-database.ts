import { createServices, type Services } from '../app/services.ts';
import { loadConfig, type Config } from '../config.ts';
import { connectDatabase, type DatabaseHandle } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { systemClock } from '../shared/clock.ts';
import { createDiskAttachmentStore } from '../modules/attachments/index.ts';
import { DEFAULT_BANNED_WORDS } from '../modules/portal/index.ts';

export interface Opened {
  config: Config;
  handle: DatabaseHandle;
  services: Services;
  close(): Promise<void>;
}

/** Opens the database named by --db (or DATABASE_URL, or ./data/hotline.db), migrates it and seeds defaults. */
export async function openDatabase(options: { db?: string; port?: string }): Promise<Opened> {
  const config = loadConfig(undefined, {
    ...(options.db ? { databaseUrl: options.db } : {}),
    ...(options.port ? { port: Number(options.port) } : {}),
  });
  const handle = connectDatabase(config.databaseUrl, { synchronous: config.sqliteSynchronous });
  await migrateToLatest(handle);
  const services = createServices({
    db: handle.db,
    clock: systemClock,
    sessions: {
      sessionHours: config.sessionHours,
      idleMinutes: config.sessionIdleMinutes,
      maxSessionsPerUser: config.maxSessionsPerUser,
    },
    loginAddressFailures: config.loginAddressFailures,
    attachmentStore: createDiskAttachmentStore(config.attachmentsDir),
    attachmentLimits: { maxBytes: Math.round(config.attachmentMaxMb * 1024 * 1024) },
    ctiSecret: config.ctiSecret,
    open311: {
      ...(config.open311JurisdictionId ? { jurisdictionId: config.open311JurisdictionId } : {}),
      ...(config.open311Contact ? { contact: config.open311Contact } : {}),
      ...(config.open311KeyService ? { keyService: config.open311KeyService } : {}),
    },
    portal: {
      ...(config.portalPhotoDir ? { photoDir: config.portalPhotoDir } : {}),
      bannedWords: [...DEFAULT_BANNED_WORDS, ...config.portalBannedWords],
    },
    // Several server processes on one PostgreSQL see each other's changes through LISTEN/NOTIFY (docs/live.md).
    live: handle.dialect === 'postgres' ? { postgres: { url: config.databaseUrl } } : {},
  });
  await services.calendar.seedDefaults();
  await services.categories.seedDefaults();
  await services.dictionaries.seedDefaults();
  return { config, handle, services, close: () => handle.close() };
}
