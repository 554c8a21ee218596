import { SqliteAdapter, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

// Frozen in time: files attached to a ticket (a unit's feedback evidence, a citizen's photo) or to a knowledge-base
// article. The bytes live in an attachment store (disk by default) under their SHA-256; a row here names the
// owner, who uploaded it and what it is. Nothing is ever deleted: a withdrawn file is marked, not removed.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const identity = (c: ColumnDefinitionBuilder) =>
    sqlite ? c.primaryKey() : c.primaryKey().generatedByDefaultAsIdentity();
  await db.schema
    .createTable('attachments')
    .addColumn('id', 'integer', identity)
    // 'ticket' | 'kbArticle'
    .addColumn('owner_kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('owner_id', 'integer', (c) => c.notNull())
    .addColumn('file_name', 'varchar(255)', (c) => c.notNull())
    // detected from the bytes, never taken from the client
    .addColumn('media_type', 'varchar(128)', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'varchar(64)', (c) => c.notNull())
    .addColumn('note', 'varchar(200)')
    // the account and the name shown at the time, as the ticket's event log keeps them
    .addColumn('uploaded_by', 'integer')
    .addColumn('uploader_name', 'varchar(100)', (c) => c.notNull())
    .addColumn('uploader_unit_code', 'varchar(64)', (c) => c.notNull())
    .addColumn('uploaded_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('withdrawn_at', 'varchar(32)')
    .addColumn('withdrawn_by', 'integer')
    .execute();
  await db.schema
    .createIndex('attachments_owner_idx')
    .on('attachments')
    .columns(['owner_kind', 'owner_id'])
    .execute();
}
