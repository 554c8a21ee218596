import { SqliteAdapter, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

// Frozen in time: the other lines (110, 119, 120, 122 and others) and the higher platforms (docs/lines.md).
// - line_orders: orders another line put to the hotline; (line, order_number) names one ticket, so that a line
//   that sends an order twice gets the first ticket back.
// - line_transfers: appeals the hotline put through to another line (转接), one row per transfer, and what the
//   receiving line did with it (accepted / returned / completed), recorded later.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const identity = (c: ColumnDefinitionBuilder) =>
    sqlite ? c.primaryKey() : c.primaryKey().generatedByDefaultAsIdentity();

  await db.schema
    .createTable('line_orders')
    .addColumn('id', 'integer', identity)
    // '110', '119', '120', '122' or 'other' (TRANSFER_TARGETS)
    .addColumn('line', 'varchar(16)', (c) => c.notNull())
    .addColumn('order_number', 'varchar(64)', (c) => c.notNull())
    .addColumn('ticket_id', 'integer', (c) => c.notNull().unique().references('tickets.id'))
    .addColumn('ticket_number', 'varchar(32)', (c) => c.notNull())
    .addColumn('received_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addUniqueConstraint('line_orders_order_uq', ['line', 'order_number'])
    .execute();

  await db.schema
    .createTable('line_transfers')
    .addColumn('id', 'integer', identity)
    .addColumn('ticket_id', 'integer', (c) => c.notNull().references('tickets.id'))
    .addColumn('ticket_number', 'varchar(32)', (c) => c.notNull())
    .addColumn('line', 'varchar(16)', (c) => c.notNull())
    .addColumn('note', 'varchar(1000)')
    // ISO time of the transfer
    .addColumn('transferred_at', 'varchar(32)', (c) => c.notNull())
    // the receiving line's own order number, once it is known
    .addColumn('other_order_number', 'varchar(64)')
    // null until recorded: accepted | returned | completed
    .addColumn('outcome', 'varchar(16)')
    .addColumn('outcome_note', 'varchar(1000)')
    .addColumn('outcome_at', 'varchar(32)')
    .addColumn('outcome_by', 'integer')
    .execute();
  await db.schema
    .createIndex('line_transfers_at_idx')
    .on('line_transfers')
    .column('transferred_at')
    .execute();
  await db.schema.createIndex('line_transfers_ticket_idx').on('line_transfers').column('ticket_id').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('line_transfers').execute();
  await db.schema.dropTable('line_orders').execute();
}
