import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { connectDatabase } from './connection.ts';

describe('SQLite durability', () => {
  it('runs WAL with synchronous NORMAL by default, FULL when configured', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hotline-sync-'));
    try {
      for (const [setting, level] of [
        [undefined, 1],
        ['FULL', 2],
      ] as const) {
        const handle = connectDatabase(
          join(dir, `${setting ?? 'default'}.db`),
          setting ? { synchronous: setting } : {},
        );
        const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(handle.db);
        const sync = await sql<{ synchronous: number }>`pragma synchronous`.execute(handle.db);
        expect(mode.rows[0]?.journal_mode).toBe('wal');
        expect(sync.rows[0]?.synchronous).toBe(level);
        await handle.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads the setting from the environment and names a wrong value', () => {
    expect(loadConfig({ SQLITE_SYNCHRONOUS: 'full' }).sqliteSynchronous).toBe('FULL');
    expect(() => loadConfig({ SQLITE_SYNCHRONOUS: 'sometimes' })).toThrow(/sqliteSynchronous/);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/port/);
  });
});
