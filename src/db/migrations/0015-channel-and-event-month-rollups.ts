import { sql, SqliteAdapter, type Kysely } from 'kysely';

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

// Frozen in time: the 来源渠道 mix of the dashboard counted by day of registration, per unit subtree, so that a
// year is a few hundred rows instead of a scan of every ticket (4 s at 10M tickets). A unit's row counts the
// tickets assigned within its subtree in any round, once each; the centre's counts every registered appeal.
// Filled here from the tickets that exist; kept with every change afterwards (evaluation/ticket-rollups.ts).

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await channelRollups(db);
  await eventMonthRollups(db);
}

// Frozen in time as well: every unit's figures for whole months of registration by month of the event. A
// period's figures count events up to the as-of day; every event month before the as-of day's month is summed
// here (a year: ~5,000 rows instead of ~90,000 day rows at 10M tickets), and only the as-of month's days are
// read from the monthly table, through an index on the event day.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function eventMonthRollups(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  let table = db.schema
    .createTable('ticket_rollups_event_monthly')
    .addColumn('registered_month', 'varchar(7)', (c) => c.notNull())
    .addColumn('unit_code', 'varchar(64)', (c) => c.notNull())
    .addColumn('event_month', 'varchar(7)', (c) => c.notNull());
  for (const column of COUNTER_COLUMNS)
    table = table.addColumn(column, 'integer', (c) => c.notNull().defaultTo(0));
  table = table.addPrimaryKeyConstraint('ticket_rollups_event_monthly_pk', [
    'registered_month',
    'unit_code',
    'event_month',
  ]);
  await (sqlite ? table.modifyEnd(sql`without rowid`) : table).execute();
  const columns = COUNTER_COLUMNS.map((c) => sql.ref(c));
  const sums = COUNTER_COLUMNS.map((c) => sql`sum(${sql.ref(c)})`);
  await sql`insert into ticket_rollups_event_monthly (registered_month, unit_code, event_month, ${sql.join(columns)})
    select registered_month, unit_code, substr(event_on, 1, 7), ${sql.join(sums)}
    from ticket_rollups_monthly group by registered_month, unit_code, substr(event_on, 1, 7)`.execute(db);
  await db.schema
    .createIndex('ticket_rollups_monthly_event_idx')
    .on('ticket_rollups_monthly')
    .columns(['event_on', 'registered_month', 'unit_code'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function channelRollups(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const table = db.schema
    .createTable('ticket_channel_rollups')
    .addColumn('unit_code', 'varchar(64)', (c) => c.notNull())
    .addColumn('registered_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('channel', 'varchar(32)', (c) => c.notNull())
    .addColumn('tickets', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('ticket_channel_rollups_pk', ['unit_code', 'registered_on', 'channel']);
  await (sqlite ? table.modifyEnd(sql`without rowid`) : table).execute();

  // The day of registration in China Standard Time (UTC+8, no daylight saving), as ticketKey() computes it.
  const day = sqlite
    ? sql`date(t.received_at, '+8 hours')`
    : sql`to_char(t.received_at::timestamptz at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`;
  await sql`insert into ticket_channel_rollups (unit_code, registered_on, channel, tickets)
    select unit_code, registered_on, channel, count(*) from (
      select distinct t.id, ${day} as registered_on, t.channel, above.ancestor as unit_code
      from tickets t
      join assignments a on a.ticket_id = t.id
      join (
        select u.code as unit_code, anc.code as ancestor
        from units u join units anc on u.path like anc.path || '%'
        where anc.parent_code is not null
      ) above on above.unit_code = a.unit_code
      union all
      select t.id, ${day} as registered_on, t.channel, root.code as unit_code
      from tickets t cross join units root where root.parent_code is null
    ) counted
    group by unit_code, registered_on, channel`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('ticket_rollups_monthly_event_idx').execute();
  await db.schema.dropTable('ticket_rollups_event_monthly').execute();
  await db.schema.dropTable('ticket_channel_rollups').execute();
}
