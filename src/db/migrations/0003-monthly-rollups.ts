import { sql, SqliteAdapter, type Kysely } from 'kysely';

// Frozen in time: the same counters by month of registration, without appeal type and category, so that a
// quarter or a year reads a few rows per unit and day instead of one per day of registration.
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
  let table = db.schema
    .createTable('ticket_rollups_monthly')
    .addColumn('registered_month', 'varchar(7)', (c) => c.notNull())
    .addColumn('unit_code', 'varchar(64)', (c) => c.notNull())
    .addColumn('event_on', 'varchar(10)', (c) => c.notNull());
  for (const column of COUNTER_COLUMNS)
    table = table.addColumn(column, 'integer', (c) => c.notNull().defaultTo(0));
  table = table.addPrimaryKeyConstraint('ticket_rollups_monthly_pk', [
    'registered_month',
    'unit_code',
    'event_on',
  ]);
  await (sqlite ? table.modifyEnd(sql`without rowid`) : table).execute();
  // Fill it from the daily rollups that already exist.
  const columns = COUNTER_COLUMNS.map((c) => sql.ref(c));
  const sums = COUNTER_COLUMNS.map((c) => sql`sum(${sql.ref(c)})`);
  await sql`insert into ticket_rollups_monthly (registered_month, unit_code, event_on, ${sql.join(columns)})
    select substr(registered_on, 1, 7), unit_code, event_on, ${sql.join(sums)}
    from ticket_rollups group by substr(registered_on, 1, 7), unit_code, event_on`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('ticket_rollups_monthly').execute();
}
