import { sql, SqliteAdapter, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

// Frozen in time: the append-only audit log, login throttling, session idle time and token expiry, and
// idempotency keys that remember the request they answered.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const identity = (c: ColumnDefinitionBuilder) =>
    sqlite ? c.primaryKey() : c.primaryKey().generatedByDefaultAsIdentity();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'integer', identity)
    .addColumn('at', 'varchar(32)', (c) => c.notNull())
    .addColumn('actor_user_id', 'integer')
    .addColumn('actor_username', 'varchar(64)', (c) => c.notNull())
    .addColumn('actor_role', 'varchar(32)')
    .addColumn('action', 'varchar(64)', (c) => c.notNull())
    .addColumn('target_type', 'varchar(32)', (c) => c.notNull())
    .addColumn('target_id', 'varchar(200)')
    .addColumn('address', 'varchar(64)')
    .addColumn('details', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_at_idx').on('audit_log').column('at').execute();
  await db.schema
    .createIndex('audit_log_actor_idx')
    .on('audit_log')
    .columns(['actor_user_id', 'at'])
    .execute();
  await db.schema
    .createIndex('audit_log_target_idx')
    .on('audit_log')
    .columns(['target_type', 'target_id'])
    .execute();
  // Append-only in the database itself, not only by convention of the code that writes it.
  if (sqlite) {
    for (const operation of ['UPDATE', 'DELETE']) {
      await sql
        .raw(
          `CREATE TRIGGER audit_log_no_${operation.toLowerCase()} BEFORE ${operation} ON audit_log ` +
            `BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`,
        )
        .execute(db);
    }
  } else {
    await sql
      .raw(
        `CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ ` +
          `BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`,
      )
      .execute(db);
    await sql
      .raw(
        `CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log ` +
          `FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`,
      )
      .execute(db);
  }

  await db.schema
    .createTable('login_throttle')
    .addColumn('key', 'varchar(200)', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('last_failure_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('locked_until', 'varchar(32)')
    .execute();

  await db.schema.alterTable('sessions').addColumn('last_seen_at', 'varchar(32)').execute();
  await db.schema.alterTable('sessions').addColumn('address', 'varchar(64)').execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();
  await db.schema.alterTable('api_tokens').addColumn('expires_at', 'varchar(32)').execute();
  await db.schema.alterTable('api_tokens').addColumn('last_used_at', 'varchar(32)').execute();
  // Tokens issued before expiry existed get the default lifetime from their creation.
  const tokens = await db.selectFrom('api_tokens').select(['id', 'created_at']).execute();
  for (const token of tokens as { id: number; created_at: string }[]) {
    const expires = new Date(Date.parse(token.created_at) + 90 * 86_400_000).toISOString();
    await db.updateTable('api_tokens').set({ expires_at: expires }).where('id', '=', token.id).execute();
  }
  await db.schema.createIndex('api_tokens_user_idx').on('api_tokens').column('user_id').execute();
  await db.schema.alterTable('users').addColumn('password_changed_at', 'varchar(32)').execute();
  await db.schema.alterTable('tickets').addColumn('idempotency_digest', 'varchar(64)').execute();
}
