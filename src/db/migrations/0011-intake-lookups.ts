import type { Kysely } from 'kysely';

// Frozen in time: the lookups an agent's desk makes on every call, each answered from an index rather than a scan
// of all tickets — the caller's earlier tickets (by number, newest first), and tickets of one category in one
// district (possible duplicates; the units that usually handle them).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('tickets_caller_idx')
    .on('tickets')
    .columns(['caller_phone', 'received_at'])
    .execute();
  await db.schema
    .createIndex('tickets_place_idx')
    .on('tickets')
    .columns(['category_code', 'district_code', 'received_at'])
    .execute();
}
