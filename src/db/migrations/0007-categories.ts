import type { Kysely } from 'kysely';

// Frozen in time: the 诉求分类 code list (three levels, six-digit codes, every revision kept), the code a ticket
// was registered under, and deadline policies that name a category by code.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('categories')
    .addColumn('code', 'varchar(6)', (c) => c.primaryKey())
    .addColumn('name', 'varchar(50)', (c) => c.notNull())
    .addColumn('parent_code', 'varchar(6)', (c) => c.references('categories.code'))
    .addColumn('level', 'integer', (c) => c.notNull())
    // JSON array of other names callers and legacy systems use for this node
    .addColumn('aliases', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('categories_parent_idx').on('categories').column('parent_code').execute();

  // Every state a node has had: a rename or a retirement never rewrites what was true before it.
  await db.schema
    .createTable('category_versions')
    .addColumn('code', 'varchar(6)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('name', 'varchar(50)', (c) => c.notNull())
    .addColumn('parent_code', 'varchar(6)')
    .addColumn('aliases', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('changed_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('changed_by', 'integer')
    .addPrimaryKeyConstraint('category_versions_pk', ['code', 'version'])
    .execute();

  // Null for tickets registered before the code list existed; their path text in `category` stays as it was.
  await db.schema.alterTable('tickets').addColumn('category_code', 'varchar(6)').execute();
  await db.schema
    .createIndex('tickets_category_idx')
    .on('tickets')
    .columns(['category_code', 'received_at'])
    .execute();

  await db.schema.alterTable('deadline_policies').renameColumn('category_prefix', 'category_code').execute();
}
