import { SqliteAdapter, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

// Frozen in time: every callback an agent records from the missed-call list, numbered per call. An unreachable
// attempt keeps the call on the list until the last allowed one (docs/calls.md); call_callbacks keeps only the
// callback that settled it. (call_id, attempt) is unique, so two agents recording the same attempt at once
// cannot both succeed.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const identity = (c: ColumnDefinitionBuilder) =>
    sqlite ? c.primaryKey() : c.primaryKey().generatedByDefaultAsIdentity();

  await db.schema
    .createTable('call_callback_attempts')
    .addColumn('id', 'integer', identity)
    .addColumn('call_id', 'integer', (c) => c.notNull().references('calls.id'))
    // 1, 2, 3 … for this call
    .addColumn('attempt', 'integer', (c) => c.notNull())
    .addColumn('at', 'varchar(32)', (c) => c.notNull())
    // reached | unreachable | noNeed
    .addColumn('outcome', 'varchar(16)', (c) => c.notNull())
    .addColumn('note', 'varchar(500)')
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addUniqueConstraint('call_callback_attempts_uq', ['call_id', 'attempt'])
    .execute();

  // Callbacks agents recorded before attempts were counted: each was one attempt that settled its call.
  await db
    .insertInto('call_callback_attempts')
    .columns(['call_id', 'attempt', 'at', 'outcome', 'note', 'user_id'])
    .expression((eb) =>
      eb
        .selectFrom('call_callbacks')
        .select((s) => ['call_id', s.lit(1).as('attempt'), 'at', 'outcome', 'note', 'user_id'])
        .where('call_id', 'is not', null)
        .where('outcome', 'is not', null),
    )
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('call_callback_attempts').execute();
}
