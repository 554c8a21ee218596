import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, type DatabaseHandle } from '../../../db/connection.ts';
import { migrateToLatest } from '../../../db/migrate.ts';
import { createTestDatabase, testDialect } from '../../../../test/db.ts';
import { TEST_ARTICLES, TEST_NOW } from './kb-search.fixtures.ts';
import { createKbSearch, type KbSearch } from './index.ts';

// Both databases must rank alike (DESIGN §8): in the PostgreSQL run, the same articles also go into a SQLite
// file and every query must come back in the same order, with the same scores and highlights.
const QUERIES = [
  '供暖',
  '我家暖气一点都不热咋整',
  '采暖费多少钱一平',
  '上户口',
  '公基金提取',
  '采缓费',
  '醫保卡掛失',
  '停水通知',
  '收费标准',
  '电',
  '是这样，我父亲今年刚退休，打算冬天去海南住半年，在外地看病不提前弄个手续的话就不能直接结算，这个医保手续在哪办',
];

describe.skipIf(testDialect() !== 'postgres')('knowledge-base search on SQLite and PostgreSQL', () => {
  let postgres: DatabaseHandle;
  let sqlite: DatabaseHandle;
  let sqliteDir: string;
  const engines: KbSearch[] = [];

  beforeAll(async () => {
    postgres = await createTestDatabase();
    sqliteDir = mkdtempSync(join(tmpdir(), 'hotline-kb-dialects-'));
    sqlite = connectDatabase(join(sqliteDir, 'kb.db'));
    await migrateToLatest(sqlite);
    for (const handle of [postgres, sqlite]) {
      const engine = createKbSearch(handle.db, { now: () => TEST_NOW });
      await engine.reindexAll(handle.db, TEST_ARTICLES);
      engines.push(engine);
    }
  });
  afterAll(async () => {
    await postgres.close();
    await sqlite.close();
    rmSync(sqliteDir, { recursive: true, force: true });
  });

  it.each(QUERIES)('ranks “%s” alike', async (query) => {
    const [onPostgres, onSqlite] = await Promise.all(
      engines.map((engine) => engine.search(query, { limit: 5 })),
    );
    expect(onPostgres?.length).toBeGreaterThan(0);
    expect(onPostgres).toEqual(onSqlite);
  });

  it('filters alike', async () => {
    const filters = { categoryCode: '010000', statuses: ['published', 'expired'], districtCode: 'PJ-DW' };
    const [onPostgres, onSqlite] = await Promise.all(
      engines.map((engine) => engine.search('收费标准', filters)),
    );
    expect(onPostgres).toEqual(onSqlite);
  });
});
