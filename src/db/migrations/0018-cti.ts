import { SqliteAdapter, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

// Frozen in time: calls reported live by the telephone switch (CTI), beside the CDR imports of 0002.
// - cti_events keeps every event as received (once per event id); a call's row in `calls` is rebuilt from
//   them, so replays and out-of-order arrival change nothing.
// - calls gains what the figures group and sum by (local day and hour of the offer, wait and talk time),
//   written with the row, so that hour, day and agent figures are portable GROUP BYs on both databases.
// - call_callbacks records missed-call callbacks (国办函〔2025〕66号): switch-reported or noted by an agent.

type Build = (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const BATCH = 1000;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const identity = (c: ColumnDefinitionBuilder) =>
    sqlite ? c.primaryKey() : c.primaryKey().generatedByDefaultAsIdentity();

  await db.schema
    .createTable('cti_events')
    .addColumn('id', 'integer', identity)
    .addColumn('event_id', 'varchar(128)', (c) => c.notNull().unique())
    .addColumn('call_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('type', 'varchar(16)', (c) => c.notNull())
    // ISO 8601 instant of the event at the switch
    .addColumn('at', 'varchar(32)', (c) => c.notNull())
    // JSON: the event's fields as validated
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('received_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('cti_events_call_idx').on('cti_events').column('call_id').execute();

  // SQLite adds one column per statement.
  const columns: [string, 'varchar(8)' | 'varchar(10)' | 'varchar(100)' | 'integer', Build][] = [
    // 'import' (CDR file) or 'cti' (rebuilt from events)
    ['source', 'varchar(8)', (c) => c.notNull().defaultTo('import')],
    ['abandoned', 'integer', (c) => c.notNull().defaultTo(0)],
    ['offered_on', 'varchar(10)', (c) => c],
    ['offered_hour', 'integer', (c) => c],
    ['wait_ms', 'integer', (c) => c],
    ['talk_ms', 'integer', (c) => c],
    ['transfer_count', 'integer', (c) => c.notNull().defaultTo(0)],
    ['transferred_to', 'varchar(100)', (c) => c],
  ];
  for (const [name, type, build] of columns) {
    await db.schema.alterTable('calls').addColumn(name, type, build).execute();
  }
  await backfillCalls(db);
  await db.schema
    .createIndex('calls_caller_idx')
    .on('calls')
    .columns(['caller_number', 'offered_at'])
    .execute();
  await db.schema
    .createIndex('calls_abandoned_idx')
    .on('calls')
    .columns(['abandoned', 'offered_at'])
    .execute();

  await db.schema
    .createTable('call_callbacks')
    .addColumn('id', 'integer', identity)
    // The number called back: one callback answers every earlier missed call from it.
    .addColumn('number', 'varchar(32)', (c) => c.notNull())
    .addColumn('at', 'varchar(32)', (c) => c.notNull())
    // The missed call an agent worked from the list (one record each); null for switch-reported callbacks
    .addColumn('call_id', 'integer', (c) => c.unique().references('calls.id'))
    .addColumn('event_id', 'varchar(128)')
    // reached | unreachable | noNeed; null for switch-reported callbacks
    .addColumn('outcome', 'varchar(16)')
    .addColumn('note', 'varchar(500)')
    .addColumn('ticket_id', 'integer', (c) => c.references('tickets.id'))
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .execute();
  await db.schema
    .createIndex('call_callbacks_number_idx')
    .on('call_callbacks')
    .columns(['number', 'at'])
    .execute();
}

/** Fills the new columns of calls imported before this migration (Shanghai is UTC+8 all year). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function backfillCalls(db: Kysely<any>): Promise<void> {
  let after = 0;
  for (;;) {
    const rows: { id: number; offered_at: string; answered_at: string | null; ended_at: string | null }[] =
      await db
        .selectFrom('calls')
        .select(['id', 'offered_at', 'answered_at', 'ended_at'])
        .where('id', '>', after)
        .orderBy('id')
        .limit(BATCH)
        .execute();
    if (rows.length === 0) return;
    for (const row of rows) {
      const offered = Date.parse(row.offered_at);
      const answered = row.answered_at === null ? null : Date.parse(row.answered_at);
      const ended = row.ended_at === null ? null : Date.parse(row.ended_at);
      const local = new Date(offered + SHANGHAI_OFFSET_MS).toISOString();
      await db
        .updateTable('calls')
        .set({
          abandoned: answered === null ? 1 : 0,
          offered_on: local.slice(0, 10),
          offered_hour: Number(local.slice(11, 13)),
          wait_ms: answered === null ? null : Math.max(0, answered - offered),
          talk_ms: answered === null || ended === null ? null : Math.max(0, ended - answered),
        })
        .where('id', '=', row.id)
        .execute();
    }
    after = Number(rows[rows.length - 1]!.id);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('call_callbacks').execute();
  await db.schema.dropIndex('calls_abandoned_idx').execute();
  await db.schema.dropIndex('calls_caller_idx').execute();
  for (const name of [
    'transferred_to',
    'transfer_count',
    'talk_ms',
    'wait_ms',
    'offered_hour',
    'offered_on',
    'abandoned',
    'source',
  ]) {
    await db.schema.alterTable('calls').dropColumn(name).execute();
  }
  await db.schema.dropTable('cti_events').execute();
}
