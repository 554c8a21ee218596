import type { Kysely } from 'kysely';

// Frozen in time: aliases of the fixed code lists (来源渠道, 诉求类型, 紧急程度, 满意度). The codes themselves live
// in the application, because rules depend on them; only the spellings a city's old system used are data.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('dictionary_aliases')
    // channel | appealType | urgency | satisfaction
    .addColumn('dictionary', 'varchar(32)', (c) => c.notNull())
    // The alias compared as imports compare it (NFKC, lower case, no white space): one spelling, one code.
    .addColumn('term', 'varchar(100)', (c) => c.notNull())
    // As the admin typed it, for display
    .addColumn('alias', 'varchar(100)', (c) => c.notNull())
    .addColumn('code', 'varchar(32)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addPrimaryKeyConstraint('dictionary_aliases_pk', ['dictionary', 'term'])
    .execute();
}
