import { sql, SqliteAdapter, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

// Frozen in time: rollups for evaluation, telephone calls and knowledge-base revisions.
const COUNTER_COLUMNS = [
  'registered',
  'answered',
  'dispatched',
  'rejected',
  'transferred',
  'merged',
  'assigned',
  'completed',
  'completed_on_time',
  'acknowledge_due',
  'acknowledged_on_time',
  'feedback_due',
  'feedback_on_time',
  'revisits',
  'revisits_reached',
  'rated',
  'satisfied',
  'basic',
  'dissatisfied',
  'solved',
  'partly_solved',
  'urged',
  'supervised',
  'reopened',
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const identity = (c: ColumnDefinitionBuilder) =>
    sqlite ? c.primaryKey() : c.primaryKey().generatedByDefaultAsIdentity();

  // One row per unit subtree × day of registration × day of the event × appeal type × first-level category.
  // The key leads with the registration day, so a period's rows are one range of the primary key.
  let rollups = db.schema
    .createTable('ticket_rollups')
    .addColumn('registered_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('unit_code', 'varchar(64)', (c) => c.notNull())
    .addColumn('event_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('appeal_type', 'varchar(16)', (c) => c.notNull())
    .addColumn('category_l1', 'varchar(100)', (c) => c.notNull());
  for (const column of COUNTER_COLUMNS)
    rollups = rollups.addColumn(column, 'integer', (c) => c.notNull().defaultTo(0));
  rollups = rollups.addPrimaryKeyConstraint('ticket_rollups_pk', [
    'registered_on',
    'unit_code',
    'event_on',
    'appeal_type',
    'category_l1',
  ]);
  await (sqlite ? rollups.modifyEnd(sql`without rowid`) : rollups).execute();

  await db.schema
    .createTable('calls')
    .addColumn('id', 'integer', identity)
    .addColumn('call_number', 'varchar(64)', (c) => c.notNull().unique())
    .addColumn('offered_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('answered_at', 'varchar(32)')
    .addColumn('ended_at', 'varchar(32)')
    .addColumn('agent_number', 'varchar(32)')
    .addColumn('caller_number', 'varchar(32)')
    .execute();
  await db.schema.createIndex('calls_offered_idx').on('calls').column('offered_at').execute();

  // 话务接通率 over a year reads 365 rows, not millions of calls.
  await db.schema
    .createTable('call_rollups')
    .addColumn('day', 'varchar(10)', (c) => c.primaryKey())
    .addColumn('offered', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('answered', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('answered_within_15s', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('kb_articles')
    .addColumn('id', 'integer', identity)
    .addColumn('article_number', 'varchar(64)', (c) => c.notNull().unique())
    .addColumn('title', 'varchar(300)', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('unit_code', 'varchar(64)', (c) => c.notNull().references('units.code'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('kb_revisions')
    .addColumn('id', 'integer', identity)
    .addColumn('article_id', 'integer', (c) => c.notNull().references('kb_articles.id'))
    .addColumn('unit_code', 'varchar(64)', (c) => c.notNull().references('units.code'))
    .addColumn('title', 'varchar(300)', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('revised_at', 'varchar(32)', (c) => c.notNull())
    .addUniqueConstraint('kb_revisions_uq', ['article_id', 'revised_at'])
    .execute();
  await db.schema
    .createIndex('kb_revisions_unit_idx')
    .on('kb_revisions')
    .columns(['unit_code', 'revised_at'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['kb_revisions', 'kb_articles', 'call_rollups', 'calls', 'ticket_rollups']) {
    await db.schema.dropTable(table).execute();
  }
}
