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
  sessionHours: z.coerce.number().positive(),
  /**
   * SQLite's synchronous setting in WAL mode: NORMAL keeps every commit through an application crash (an OS
   * crash or power loss may drop the last few); FULL also survives those, at about half the write rate.
   */
  sqliteSynchronous: z.enum(['NORMAL', 'FULL']),
});
export type Config = z.infer<typeof ConfigSchema>;

export const DEFAULT_SQLITE_FILE = './data/hotline.db';

export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  overrides: Partial<Config> = {},
): Config {
  const parsed = ConfigSchema.safeParse({
    databaseUrl: env.DATABASE_URL || DEFAULT_SQLITE_FILE,
    port: env.PORT ?? 3000,
    host: env.HOST ?? '0.0.0.0',
    logLevel: env.LOG_LEVEL ?? 'info',
    secureCookies: env.SECURE_COOKIES === 'true',
    sessionHours: env.SESSION_HOURS ?? 12,
    sqliteSynchronous: (env.SQLITE_SYNCHRONOUS ?? 'NORMAL').toUpperCase(),
    ...overrides,
  });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
