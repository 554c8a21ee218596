import { SqliteAdapter, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

// Frozen in time: this file never imports application code and only uses DDL both dialects understand.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // SQLite's INTEGER PRIMARY KEY is the rowid (ascending, the fastest key it has); PostgreSQL uses an identity.
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const identity = (c: ColumnDefinitionBuilder) =>
    sqlite ? c.primaryKey() : c.primaryKey().generatedByDefaultAsIdentity();
  await db.schema
    .createTable('units')
    .addColumn('code', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('name', 'varchar(200)', (c) => c.notNull().unique())
    .addColumn('parent_code', 'varchar(64)', (c) => c.references('units.code'))
    .addColumn('kind', 'varchar(32)', (c) => c.notNull())
    .addColumn('path', 'varchar(1000)', (c) => c.notNull())
    .addColumn('depth', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('units_parent_idx').on('units').column('parent_code').execute();
  await db.schema.createIndex('units_path_idx').on('units').column('path').execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'integer', identity)
    .addColumn('username', 'varchar(64)', (c) => c.notNull().unique())
    .addColumn('display_name', 'varchar(100)', (c) => c.notNull())
    .addColumn('password_hash', 'varchar(200)', (c) => c.notNull())
    .addColumn('role', 'varchar(32)', (c) => c.notNull())
    .addColumn('unit_code', 'varchar(64)', (c) => c.notNull().references('units.code'))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('expires_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'integer', identity)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('name', 'varchar(100)', (c) => c.notNull())
    .addColumn('token_hash', 'varchar(64)', (c) => c.notNull().unique())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('revoked_at', 'varchar(32)')
    .execute();

  await db.schema
    .createTable('tickets')
    .addColumn('id', 'integer', identity)
    .addColumn('number', 'varchar(32)', (c) => c.notNull().unique())
    .addColumn('idempotency_key', 'varchar(100)', (c) => c.unique())
    .addColumn('state', 'varchar(32)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('channel', 'varchar(16)', (c) => c.notNull())
    .addColumn('appeal_type', 'varchar(16)', (c) => c.notNull())
    .addColumn('category', 'varchar(200)', (c) => c.notNull())
    .addColumn('urgency', 'varchar(16)', (c) => c.notNull())
    .addColumn('confidential', 'integer', (c) => c.notNull())
    .addColumn('revisit_consent', 'integer', (c) => c.notNull())
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('caller_name', 'varchar(100)')
    .addColumn('caller_phone', 'varchar(32)')
    .addColumn('address', 'varchar(300)')
    .addColumn('district_code', 'varchar(64)', (c) => c.references('units.code'))
    .addColumn('received_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('registered_by', 'integer', (c) => c.references('users.id'))
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('lead_unit_code', 'varchar(64)', (c) => c.references('units.code'))
    .addColumn('answer', 'text')
    .addColumn('reject_reason', 'text')
    .addColumn('transfer_target', 'varchar(16)')
    .addColumn('merged_into_id', 'integer')
    .addColumn('revisit_reached', 'integer')
    .addColumn('satisfaction', 'varchar(16)')
    .addColumn('solved', 'varchar(16)')
    .addColumn('revisited_at', 'varchar(32)')
    .addColumn('urge_count', 'integer', (c) => c.notNull())
    .addColumn('supervised', 'integer', (c) => c.notNull())
    .addColumn('reopen_count', 'integer', (c) => c.notNull())
    .addColumn('due_at', 'varchar(32)')
    .addColumn('yellow_at', 'varchar(32)')
    .addColumn('completed_at', 'varchar(32)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('tickets_received_idx').on('tickets').column('received_at').execute();
  await db.schema.createIndex('tickets_state_idx').on('tickets').columns(['state', 'received_at']).execute();
  await db.schema.createIndex('tickets_due_idx').on('tickets').column('due_at').execute();

  await db.schema
    .createTable('assignments')
    .addColumn('id', 'integer', identity)
    .addColumn('ticket_id', 'integer', (c) => c.notNull().references('tickets.id'))
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('unit_code', 'varchar(64)', (c) => c.notNull().references('units.code'))
    .addColumn('role', 'varchar(16)', (c) => c.notNull())
    .addColumn('parent_unit_code', 'varchar(64)')
    .addColumn('state', 'varchar(32)', (c) => c.notNull())
    .addColumn('dispatched_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('acknowledge_due', 'varchar(32)')
    .addColumn('acknowledged_at', 'varchar(32)')
    .addColumn('feedback_due', 'varchar(32)')
    .addColumn('feedback_at', 'varchar(32)')
    .addColumn('feedback_text', 'text')
    .addColumn('completion_due', 'varchar(32)')
    .addColumn('closed_at', 'varchar(32)')
    .addColumn('send_back_reason', 'text')
    .addColumn('send_back_requested_at', 'varchar(32)')
    .addColumn('extension_reason', 'text')
    .addColumn('extension_requested_due', 'varchar(32)')
    .addColumn('extension_requested_at', 'varchar(32)')
    .addColumn('extension_count', 'integer', (c) => c.notNull())
    .addUniqueConstraint('assignments_round_unit_uq', ['ticket_id', 'round', 'unit_code'])
    .execute();
  await db.schema
    .createIndex('assignments_unit_idx')
    .on('assignments')
    .columns(['unit_code', 'ticket_id'])
    .execute();

  await db.schema
    .createTable('ticket_events')
    .addColumn('id', 'integer', identity)
    .addColumn('ticket_id', 'integer', (c) => c.notNull().references('tickets.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('type', 'varchar(32)', (c) => c.notNull())
    .addColumn('at', 'varchar(32)', (c) => c.notNull())
    .addColumn('actor_user_id', 'integer')
    .addColumn('actor_unit_code', 'varchar(64)')
    .addColumn('unit_code', 'varchar(64)')
    .addColumn('data', 'text', (c) => c.notNull())
    .addUniqueConstraint('ticket_events_version_uq', ['ticket_id', 'version'])
    .execute();
  await db.schema.createIndex('ticket_events_at_idx').on('ticket_events').columns(['at', 'type']).execute();

  await db.schema
    .createTable('deadline_changes')
    .addColumn('id', 'integer', identity)
    .addColumn('ticket_id', 'integer', (c) => c.notNull().references('tickets.id'))
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('unit_code', 'varchar(64)', (c) => c.notNull())
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('due_at', 'varchar(32)')
    .addColumn('previous_due_at', 'varchar(32)')
    .addColumn('reason', 'varchar(32)', (c) => c.notNull())
    .addColumn('event_version', 'integer', (c) => c.notNull())
    .addColumn('at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('deadline_changes_ticket_idx')
    .on('deadline_changes')
    .column('ticket_id')
    .execute();

  await db.schema
    .createTable('calendar_days')
    .addColumn('date', 'varchar(10)', (c) => c.primaryKey())
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('name', 'varchar(100)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('deadline_policies')
    .addColumn('id', 'integer', identity)
    .addColumn('appeal_type', 'varchar(16)')
    .addColumn('category_prefix', 'varchar(200)')
    .addColumn('urgency', 'varchar(16)')
    .addColumn('acknowledge_limit', 'varchar(16)')
    .addColumn('feedback_limit', 'varchar(16)')
    .addColumn('completion_limit', 'varchar(16)')
    .addColumn('counting_start', 'varchar(16)', (c) => c.notNull())
    .addColumn('counting_cutoff', 'varchar(5)')
    .addColumn('note', 'varchar(300)')
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'deadline_policies',
    'calendar_days',
    'deadline_changes',
    'ticket_events',
    'assignments',
    'tickets',
    'api_tokens',
    'sessions',
    'users',
    'units',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
