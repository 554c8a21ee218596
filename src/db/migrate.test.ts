import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/db.ts';
import type { DatabaseHandle } from './connection.ts';
import { migrateToLatest } from './migrate.ts';

describe('migrations', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => handle.close());

  it('create every table, and a second run applies nothing', async () => {
    const tables = (await handle.db.introspection.getTables()).map((t) => t.name);
    for (const table of [
      'units',
      'users',
      'tickets',
      'assignments',
      'ticket_events',
      'calendar_days',
      'deadline_policies',
    ]) {
      expect(tables).toContain(table);
    }
    expect(await migrateToLatest(handle)).toEqual([]);
  });
});
