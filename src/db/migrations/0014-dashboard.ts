import type { Kysely } from 'kysely';

// Frozen in time: the dashboard reads one unit subtree's rollups by day of registration (its trend, its appeal
// types and categories). The rollups' key leads with the day, so without this index a year of one unit is a
// scan of every unit's rows for that year. The index holds the counters those reads sum, so they are answered
// from it alone; the key's other columns ride along in every index entry.
const COVERED = [
  'answered',
  'dispatched',
  'assigned',
  'completed',
  'completed_on_time',
  'rated',
  'satisfied',
  'basic',
  'dissatisfied',
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('ticket_rollups_unit_day_idx')
    .on('ticket_rollups')
    .columns(['unit_code', 'registered_on', 'event_on', 'appeal_type', 'category_l1', ...COVERED])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('ticket_rollups_unit_day_idx').execute();
}
