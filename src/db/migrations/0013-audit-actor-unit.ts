import type { Kysely } from 'kysely';

// Frozen in time: the audit log remembers the unit the actor acted for, so that an auditor can ask what one
// unit's people did (a user's unit may change later; the entry keeps the unit of the moment). Entries written
// before this migration have none.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('audit_log').addColumn('actor_unit_code', 'varchar(64)').execute();
  await db.schema
    .createIndex('audit_log_actor_unit_idx')
    .on('audit_log')
    .columns(['actor_unit_code', 'at'])
    .execute();
}
