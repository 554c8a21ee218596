import { Migrator, type MigrationResultSet } from 'kysely';
import type { DatabaseHandle } from './connection.ts';
import { MIGRATIONS } from './migrations/index.ts';

export async function migrateToLatest(handle: DatabaseHandle): Promise<string[]> {
  const migrator = new Migrator({
    db: handle.db,
    provider: { getMigrations: async () => MIGRATIONS },
    // With several schemas in one database (one per test file), the migrator must look only in its own.
    ...(handle.schema ? { migrationTableSchema: handle.schema } : {}),
  });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Migration ${failed} failed: ${String(result.error)}`);
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
