import { sql, SqliteAdapter, type ColumnDefinitionBuilder, type Kysely, type SqlBool } from 'kysely';

// Frozen in time: the console's work queues. Every queue is a small slice of the open tickets (a few percent of
// all of them), so each is reached through an index on what defines it and never by a scan of the history:
// the open tickets by state, the yellow and red cards, the agent's own registrations, supervision, and a
// unit's open assignments. Partial indexes hold only the rare rows (supervised tickets, pending rulings); their
// conditions are literals, as the queries that use them write them. saved_filters and revisit_assignments are
// the queues module's own tables.

/**
 * What an open ticket is, word for word as the queue queries write it (ticket-queue-queries.ts openTicket): a
 * partial index is used only when the query states its condition in the same words.
 */
export const OPEN_TICKET_CONDITION =
  "state not in ('answered', 'rejected', 'transferred', 'merged', 'completed', 'archived')";

/** The ticket indexes of the queues that are read without a ticket row, by name (the bench rebuilds them). */
export const QUEUE_TICKET_INDEXES = [
  'tickets_open_queue_idx',
  'tickets_open_id_idx',
  'tickets_due_open_idx',
] as const;

/**
 * Covering partial indexes over the few open tickets (0.3% of all after three years): each holds every column
 * a queue filters or sorts on, so a queue narrowed by district, category or urgency, and a unit's queue, are
 * answered from an index alone, never reading a ticket row (reading the ~20,000 whole rows of the city's 在办 in
 * a 10M-ticket table costs SQLite ~250 ms; its index entries a few ms).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function createQueueTicketIndexes(db: Kysely<any>): Promise<void> {
  const covered = [
    'district_code',
    'category_code',
    'urgency',
    'due_at',
    'yellow_at',
    'received_at',
    'number',
    'channel',
    'appeal_type',
  ];
  // The queues defined by state (待派单, 待签收, 在办, 待审核, 待回访 …): the open tickets by state.
  await db.schema
    .createIndex('tickets_open_queue_idx')
    .on('tickets')
    .columns(['state', ...covered])
    .where(sql.raw<SqlBool>(OPEN_TICKET_CONDITION))
    .execute();
  // A unit's queues start from its open assignments (assignments_unit_state_idx) and look each ticket up here:
  // 待签收 and 在办 by the open-ticket condition, the cards by their deadline (due_at < … implies a deadline).
  // The cards do not repeat the open-ticket condition: PostgreSQL would multiply the two selectivities as if
  // unrelated (a deadline exists only on open tickets) and expect 7 red cards instead of 6,664.
  await db.schema
    .createIndex('tickets_open_id_idx')
    .on('tickets')
    .columns(['id', 'state', ...covered])
    .where(sql.raw<SqlBool>(`${OPEN_TICKET_CONDITION} or due_at is not null`))
    .execute();
  // 即将超时 and 已超时. due_at and yellow_at are set only while the lead unit owes the centre something: this
  // partial index holds just those rows, so its statistics tell SQLite's planner how few they are (a full
  // index's average counts the millions of NULLs as one value and makes a scan of everything look cheaper).
  await db.schema
    .createIndex('tickets_due_open_idx')
    .on('tickets')
    .columns(['due_at', 'state', ...covered.filter((column) => column !== 'due_at')])
    .where(sql.raw<SqlBool>('due_at is not null'))
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const identity = (c: ColumnDefinitionBuilder) =>
    sqlite ? c.primaryKey() : c.primaryKey().generatedByDefaultAsIdentity();

  await createQueueTicketIndexes(db);
  // 我的在办 of an agent: the tickets they registered
  await db.schema
    .createIndex('tickets_registered_by_idx')
    .on('tickets')
    .columns(['registered_by', 'state', 'received_at'])
    .execute();
  await db.schema
    .createIndex('tickets_supervised_idx')
    .on('tickets')
    .columns(['state', 'received_at'])
    .where(sql.raw<SqlBool>('supervised = 1'))
    .execute();
  // A unit's 待签收 and 在办: its assignments by state
  await db.schema
    .createIndex('assignments_unit_state_idx')
    .on('assignments')
    .columns(['unit_code', 'state', 'ticket_id'])
    .execute();
  // 退回/延期待审: the assignments with a request awaiting the centre's ruling
  await db.schema
    .createIndex('assignments_pending_ruling_idx')
    .on('assignments')
    .column('ticket_id')
    .where(sql.raw<SqlBool>('send_back_requested_at is not null or extension_requested_at is not null'))
    .execute();

  await db.schema
    .createTable('saved_filters')
    .addColumn('id', 'integer', identity)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('name', 'varchar(50)', (c) => c.notNull())
    .addColumn('view', 'varchar(32)', (c) => c.notNull())
    // JSON: the filter as URL text (queueFilterText)
    .addColumn('filter', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addUniqueConstraint('saved_filters_name_uq', ['user_id', 'name'])
    .execute();

  // Who makes the 回访 of a ticket; replaced when reassigned. The revisit itself is a ticket command.
  await db.schema
    .createTable('revisit_assignments')
    .addColumn('ticket_id', 'integer', (c) => c.primaryKey().references('tickets.id'))
    .addColumn('assignee_user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('assigned_by', 'integer', (c) => c.references('users.id'))
    .addColumn('assigned_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('revisit_assignments_assignee_idx')
    .on('revisit_assignments')
    .columns(['assignee_user_id', 'ticket_id'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('revisit_assignments').execute();
  await db.schema.dropTable('saved_filters').execute();
  for (const index of [
    'assignments_pending_ruling_idx',
    'assignments_unit_state_idx',
    'tickets_supervised_idx',
    'tickets_registered_by_idx',
    ...QUEUE_TICKET_INDEXES,
  ])
    await db.schema.dropIndex(index).execute();
}
