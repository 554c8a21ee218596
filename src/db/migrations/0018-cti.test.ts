import { Migrator } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { connectDatabase, type DatabaseHandle } from '../connection.ts';
import { MIGRATIONS } from './index.ts';

describe('migration 0018-cti', () => {
  let handle: DatabaseHandle;
  afterEach(async () => handle.close());

  it('fills the new columns of calls imported before it', async () => {
    handle = connectDatabase(':memory:');
    const migrator = new Migrator({ db: handle.db, provider: { getMigrations: async () => MIGRATIONS } });
    expect((await migrator.migrateTo('0014-dashboard')).error).toBeUndefined();
    await handle.db
      .insertInto('calls')
      .values([
        // 2023-03-01 23:59:50 in Shanghai: the local day and hour, not UTC's.
        {
          call_number: 'OLD-1',
          offered_at: '2023-03-01T15:59:50.000Z',
          answered_at: '2023-03-01T16:00:02.000Z',
          ended_at: '2023-03-01T16:03:02.000Z',
          agent_number: '1001',
          caller_number: '13800000001',
        },
        {
          call_number: 'OLD-2',
          offered_at: '2023-03-02T01:00:00.000Z',
          answered_at: null,
          ended_at: '2023-03-02T01:00:30.000Z',
          agent_number: null,
          caller_number: '13800000002',
        },
      ] as never)
      .execute();
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    const rows = await handle.db
      .selectFrom('calls')
      .select(['call_number', 'source', 'abandoned', 'offered_on', 'offered_hour', 'wait_ms', 'talk_ms'])
      .orderBy('call_number')
      .execute();
    expect(rows).toEqual([
      {
        call_number: 'OLD-1',
        source: 'import',
        abandoned: 0,
        offered_on: '2023-03-01',
        offered_hour: 23,
        wait_ms: 12_000,
        talk_ms: 180_000,
      },
      {
        call_number: 'OLD-2',
        source: 'import',
        abandoned: 1,
        offered_on: '2023-03-02',
        offered_hour: 9,
        wait_ms: null,
        talk_ms: null,
      },
    ]);
  });
});
