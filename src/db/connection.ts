import BetterSqlite3 from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';

export type DialectName = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: DialectName;
  /** A description safe to print: the file path, or the PostgreSQL URL without its password. */
  description: string;
  /** PostgreSQL: the schema worked in, when not the default one. */
  schema?: string;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** PostgreSQL only: the schema to work in (each test file gets its own). */
  schema?: string;
  poolSize?: number;
  /** SQLite only: NORMAL (default) or FULL, see src/config.ts. */
  synchronous?: 'NORMAL' | 'FULL';
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

export function connectDatabase(url: string, options: ConnectOptions = {}): DatabaseHandle {
  return isPostgresUrl(url)
    ? connectPostgres(url, options)
    : connectSqlite(url, options.synchronous ?? 'NORMAL');
}

function connectSqlite(file: string, synchronous: 'NORMAL' | 'FULL'): DatabaseHandle {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new BetterSqlite3(file);
  // WAL lets readers work while one writer commits; synchronous=NORMAL in WAL mode keeps every committed
  // transaction across an application crash (only an OS crash or power loss can drop the last ones), FULL
  // across those too.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma(`synchronous = ${synchronous}`);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return { db, dialect: 'sqlite', description: file, close: () => db.destroy() };
}

/**
 * Kysely prepares every query afresh; preparing costs more than running most of ours. The same SQL text always
 * gets the same prepared statement (the parameters vary), so the statements are kept and reused.
 */
function withStatementCache(sqlite: BetterSqlite3.Database): SqliteDatabase {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => {
      statements.clear();
      sqlite.close();
    },
    prepare: (sql: string) => {
      let statement = statements.get(sql);
      if (!statement) {
        statement = sqlite.prepare(sql);
        // Queries built from lists (IN (…), multi-row inserts) vary in shape: keep the cache bounded.
        if (statements.size > 2000) statements.clear();
        statements.set(sql, statement);
      }
      return statement;
    },
  } as SqliteDatabase;
}

// pg returns bigint (COUNT, SUM) as strings; repositories normalise with Number() where they read them.
function connectPostgres(url: string, options: ConnectOptions): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: 'postgres',
    description: url.replace(/:[^:@/]*@/, ':***@'),
    ...(options.schema ? { schema: options.schema } : {}),
    close: () => db.destroy(),
  };
}
