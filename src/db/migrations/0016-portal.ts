import { SqliteAdapter, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

// Frozen in time: the citizens' portal (docs/portal.md).
// - portal_places: named points (squares, schools, stations) a citizen picks instead of typing an address.
// - portal_photos: photos uploaded before the appeal is sent, held at most an hour, then attached or deleted.
// - portal_submissions: which ticket came from which phone through the portal (open-ticket cap, per-phone limit).
// - portal_track_codes: one-time codes sent by SMS to look a ticket up; only their SHA-256 is kept.
// - portal_track_tokens: what a verified code buys: 30 minutes of reading one ticket; only the SHA-256 is kept.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const identity = (c: ColumnDefinitionBuilder) =>
    sqlite ? c.primaryKey() : c.primaryKey().generatedByDefaultAsIdentity();

  await db.schema
    .createTable('portal_places')
    .addColumn('id', 'integer', identity)
    .addColumn('name', 'varchar(100)', (c) => c.notNull())
    // pinyin initials of the name (人民广场 → rmgc), for search from a phone keyboard
    .addColumn('initials', 'varchar(100)', (c) => c.notNull().defaultTo(''))
    .addColumn('address', 'varchar(300)', (c) => c.notNull())
    .addColumn('district_code', 'varchar(64)')
    .addColumn('lat', 'double precision')
    .addColumn('long', 'double precision')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('portal_photos')
    .addColumn('id', 'integer', identity)
    .addColumn('token_hash', 'varchar(64)', (c) => c.notNull().unique())
    // the held file on the server's disk until the appeal is sent
    .addColumn('path', 'varchar(500)', (c) => c.notNull())
    .addColumn('file_name', 'varchar(200)', (c) => c.notNull())
    .addColumn('media_type', 'varchar(100)', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    // set once the appeal is sent: the photo is then one of the ticket's attachments
    .addColumn('ticket_id', 'integer', (c) => c.references('tickets.id'))
    .addColumn('attachment_id', 'integer')
    .execute();
  await db.schema.createIndex('portal_photos_created_idx').on('portal_photos').column('created_at').execute();

  await db.schema
    .createTable('portal_submissions')
    .addColumn('id', 'integer', identity)
    .addColumn('ticket_id', 'integer', (c) => c.notNull().unique().references('tickets.id'))
    .addColumn('ticket_number', 'varchar(32)', (c) => c.notNull())
    .addColumn('phone', 'varchar(32)', (c) => c.notNull())
    .addColumn('address', 'varchar(64)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('portal_submissions_phone_idx')
    .on('portal_submissions')
    .columns(['phone', 'created_at'])
    .execute();

  await db.schema
    .createTable('portal_track_codes')
    .addColumn('id', 'integer', identity)
    .addColumn('ticket_id', 'integer', (c) => c.notNull().references('tickets.id'))
    .addColumn('phone', 'varchar(32)', (c) => c.notNull())
    .addColumn('code_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('expires_at', 'varchar(32)', (c) => c.notNull())
    // set when the code was used or burnt by wrong tries
    .addColumn('spent_at', 'varchar(32)')
    .execute();
  await db.schema
    .createIndex('portal_track_codes_phone_idx')
    .on('portal_track_codes')
    .columns(['phone', 'created_at'])
    .execute();

  await db.schema
    .createTable('portal_track_tokens')
    .addColumn('token_hash', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('ticket_id', 'integer', (c) => c.notNull().references('tickets.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('expires_at', 'varchar(32)', (c) => c.notNull())
    .execute();
}
