import { dirname, join } from 'node:path';
import { z } from 'zod';

// The one place that reads the environment (STYLE: config is one typed object validated at start).
const ConfigSchema = z.object({
  /** `postgres://…` selects PostgreSQL; anything else is a SQLite file path. */
  databaseUrl: z.string().min(1),
  port: z.coerce.number().int().min(0).max(65535),
  host: z.string().min(1),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
  /** Session cookies are marked Secure when the console is served over HTTPS. */
  secureCookies: z.boolean(),
  /** A session ends this long after login, however active. */
  sessionHours: z.coerce.number().positive(),
  /** A session ends after this long without a request (an agent's desk left unattended). */
  sessionIdleMinutes: z.coerce.number().int().positive(),
  /** Logging in once more ends the oldest of a user's sessions beyond this many. */
  maxSessionsPerUser: z.coerce.number().int().min(1).max(100),
  /** Failed logins from one address before it is slowed down; raise it for a centre behind one NAT address. */
  loginAddressFailures: z.coerce.number().int().min(5),
  /** Requests per minute and user on routes that list or export personal data. */
  listRateLimit: z.coerce.number().int().min(1),
  /** Requests per minute and client address on public routes (the citizens' FAQ). */
  publicRateLimit: z.coerce.number().int().min(1),
  /**
   * Origins (scheme://host[:port]) allowed to send state-changing requests with a session cookie, besides the
   * server's own; e.g. the console served from another host name.
   */
  allowedOrigins: z.array(z.url()),
  /**
   * The reverse proxies whose X-Forwarded-For is believed (TRUST_PROXY: comma-separated addresses or CIDR
   * ranges). Empty: the client is the peer of the socket. Behind a proxy without it, every login throttle and
   * audit entry would name the proxy.
   */
  trustedProxies: z.array(z.string().min(1)),
  /**
   * SQLite's synchronous setting in WAL mode: NORMAL keeps every commit through an application crash (an OS
   * crash or power loss may drop the last few); FULL also survives those, at about half the write rate.
   */
  sqliteSynchronous: z.enum(['NORMAL', 'FULL']),
  /**
   * Where attachment bytes are kept (ATTACHMENTS_DIR). Default: an `attachments` folder beside the SQLite file,
   * or ./data/attachments with PostgreSQL. Back it up with the database: a record without its bytes is a loss.
   */
  attachmentsDir: z.string().min(1),
  /** Largest attachment accepted, in MB (ATTACHMENT_MAX_MB): phone photos and short recordings fit in 20. */
  attachmentMaxMb: z.coerce.number().positive().max(1024),
  /**
   * The secret shared with the telephone switch (HOTLINE_CTI_SECRET): CTI events are accepted only when signed
   * with it (docs/calls.md). Unset: POST /api/cti/events answers 503. At least 16 characters.
   */
  ctiSecret: z.string().min(16, 'HOTLINE_CTI_SECRET 至少 16 个字符').optional(),
  /**
   * Open311 GeoReport v2 (docs/open311.md): the jurisdiction_id served (OPEN311_JURISDICTION_ID; a request naming
   * another answers 404), and the contact and key_service lines of its discovery document (OPEN311_CONTACT,
   * OPEN311_KEY_SERVICE). Unset: the defaults of src/modules/open311.
   */
  open311JurisdictionId: z.string().trim().min(1).max(200).optional(),
  open311Contact: z.string().trim().min(1).max(500).optional(),
  open311KeyService: z.string().trim().min(1).max(500).optional(),
  /**
   * The citizens' portal (docs/portal.md): where uploaded photos wait, at most an hour, until their appeal is sent
   * (PORTAL_PHOTO_DIR; default: a folder in the system's temporary directory), and words that refuse a submission
   * on top of the built-in list (PORTAL_BANNED_WORDS, comma-separated).
   */
  portalPhotoDir: z.string().min(1).optional(),
  portalBannedWords: z.array(z.string().min(1)),
});
export type Config = z.infer<typeof ConfigSchema>;

export const DEFAULT_SQLITE_FILE = './data/hotline.db';

function defaultAttachmentsDir(databaseUrl: string | undefined): string {
  const url = databaseUrl || DEFAULT_SQLITE_FILE;
  if (/^postgres(ql)?:\/\//.test(url) || url === ':memory:') return './data/attachments';
  return join(dirname(url), 'attachments');
}

/**
 * HOTLINE_CONSOLE_DIR: a console built elsewhere (`npm run build:web` builds there too: vite.config.ts), so that
 * two checkouts on one machine never serve each other's build. Read once, when the server module loads.
 */
export function consoleDirOverride(
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  return env.HOTLINE_CONSOLE_DIR || undefined;
}

export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  overrides: Partial<Config> = {},
): Config {
  const parsed = ConfigSchema.safeParse({
    databaseUrl: env.DATABASE_URL || DEFAULT_SQLITE_FILE,
    port: env.PORT ?? 3000,
    // Loopback unless told otherwise: exposing the server is a decision (behind a reverse proxy with TLS).
    host: env.HOST ?? '127.0.0.1',
    logLevel: env.LOG_LEVEL ?? 'info',
    secureCookies: env.SECURE_COOKIES === 'true',
    sessionHours: env.SESSION_HOURS ?? 12,
    sessionIdleMinutes: env.SESSION_IDLE_MINUTES ?? 30,
    maxSessionsPerUser: env.MAX_SESSIONS_PER_USER ?? 5,
    loginAddressFailures: env.LOGIN_ADDRESS_FAILURES ?? 30,
    listRateLimit: env.LIST_RATE_LIMIT ?? 120,
    publicRateLimit: env.PUBLIC_RATE_LIMIT ?? 60,
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    trustedProxies: (env.TRUST_PROXY ?? '')
      .split(',')
      .map((proxy) => proxy.trim())
      .filter(Boolean),
    sqliteSynchronous: (env.SQLITE_SYNCHRONOUS ?? 'NORMAL').toUpperCase(),
    attachmentsDir: env.ATTACHMENTS_DIR || defaultAttachmentsDir(overrides.databaseUrl ?? env.DATABASE_URL),
    attachmentMaxMb: env.ATTACHMENT_MAX_MB ?? 20,
    ctiSecret: env.HOTLINE_CTI_SECRET || undefined,
    open311JurisdictionId: env.OPEN311_JURISDICTION_ID || undefined,
    open311Contact: env.OPEN311_CONTACT || undefined,
    open311KeyService: env.OPEN311_KEY_SERVICE || undefined,
    portalPhotoDir: env.PORTAL_PHOTO_DIR || undefined,
    portalBannedWords: (env.PORTAL_BANNED_WORDS ?? '')
      .split(',')
      .map((word) => word.trim())
      .filter(Boolean),
    ...overrides,
  });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
