import { SqliteAdapter, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

// Frozen in time: the history of issued bulletins (通报). An issued bulletin keeps everything that decided its
// figures — the period, the as-of moment, the scoring scheme's id AND version, the 典型件 with their edited
// wording, the publication date — so that it can be drawn again exactly as it was sent. The SHA-256 of the
// DOCX handed out and of the bulletin's canonical JSON let anyone check a copy against the record.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const identity = (c: ColumnDefinitionBuilder) =>
    sqlite ? c.primaryKey() : c.primaryKey().generatedByDefaultAsIdentity();

  await db.schema
    .createTable('bulletin_issues')
    .addColumn('id', 'integer', identity)
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('period_from', 'varchar(10)', (c) => c.notNull())
    .addColumn('period_to', 'varchar(10)', (c) => c.notNull())
    // ISO 8601 instant
    .addColumn('as_of', 'varchar(32)', (c) => c.notNull())
    .addColumn('scheme_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('scheme_version', 'integer', (c) => c.notNull())
    .addColumn('published_on', 'varchar(10)', (c) => c.notNull())
    // JSON: [{ ticketNumber, title, text }] as printed
    .addColumn('highlights', 'text', (c) => c.notNull())
    .addColumn('docx_sha256', 'varchar(64)', (c) => c.notNull())
    .addColumn('json_sha256', 'varchar(64)', (c) => c.notNull())
    .addColumn('issued_by', 'integer', (c) => c.references('users.id'))
    .addColumn('issued_by_name', 'varchar(100)', (c) => c.notNull())
    .addColumn('issued_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('bulletin_issues_period_idx')
    .on('bulletin_issues')
    .columns(['period_from', 'period_to', 'id'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('bulletin_issues').execute();
}
