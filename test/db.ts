import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { connectDatabase, type DatabaseHandle, type DialectName } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';

/** The dialect this test process runs against: the vitest project sets TEST_DIALECT (vitest.config.ts). */
export function testDialect(): DialectName {
  return process.env.TEST_DIALECT === 'postgres' ? 'postgres' : 'sqlite';
}

/**
 * A fresh, migrated database for one test file: a temporary SQLite file, or a PostgreSQL schema of its own
 * in TEST_DATABASE_URL. Nothing is shared between files, so files run in parallel.
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  const handle = testDialect() === 'postgres' ? await createPostgresSchema() : createSqliteFile();
  await migrateToLatest(handle);
  return handle;
}

function createSqliteFile(): DatabaseHandle {
  const dir = mkdtempSync(join(tmpdir(), 'hotline-test-'));
  const handle = connectDatabase(join(dir, 'test.db'));
  return {
    ...handle,
    close: async () => {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function createPostgresSchema(): Promise<DatabaseHandle> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set for the postgres test project');
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const handle = connectDatabase(url, { schema, poolSize: 4 });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`DROP SCHEMA ${schema} CASCADE`);
      await cleanup.end();
    },
  };
}
