import type { Kysely } from 'kysely';
import { createServices } from '../app/services.ts';
import type { Database } from '../db/schema.ts';
import { systemClock } from '../shared/clock.ts';
import { DEFAULT_DEMO } from './defaults.ts';
import { loadDemoKb } from './kb-articles.ts';
import { seedDemoCity } from './seed-city.ts';
import { simulate, type SimulationOptions, type SimulationResult } from './simulate.ts';

export { DEFAULT_DEMO } from './defaults.ts';
export { DEMO_LOGINS, DEMO_PASSWORD } from './seed-city.ts';

/**
 * Loads the demo city into an empty database: its organisation, accounts, and months of tickets.
 * Returns null (and changes nothing) when the database already holds units.
 */
export async function loadDemoCity(
  db: Kysely<Database>,
  options: Partial<SimulationOptions> = {},
): Promise<SimulationResult | null> {
  const existing = await db.selectFrom('units').select('code').limit(1).execute();
  if (existing.length > 0) return null;
  const settings = { ...DEFAULT_DEMO, ...options };
  settings.onProgress?.(
    `演示城市：盘锦市（${settings.from} 至 ${settings.to}，日均约 ${settings.perDay} 件）\n`,
  );
  const people = await db
    .transaction()
    .execute((trx) => seedDemoCity(trx, createServices({ db: trx, clock: systemClock })));
  const articles = await db.transaction().execute((trx) => loadDemoKb(trx, people));
  settings.onProgress?.(`  知识库：${articles} 篇\n`);
  return simulate(db, people, settings);
}
