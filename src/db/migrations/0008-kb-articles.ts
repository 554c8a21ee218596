import { SqliteAdapter, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

// Frozen in time: the knowledge base's articles as a unit maintains them — category, keywords, districts,
// validity, a review workflow with the live (published) revision apart from the working copy — every revision
// a full snapshot with its author, and the tickets each article answered.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const identity = (c: ColumnDefinitionBuilder) =>
    sqlite ? c.primaryKey() : c.primaryKey().generatedByDefaultAsIdentity();

  const articles = [
    ['category_code', 'varchar(6)'],
    // JSON arrays of strings
    ['keywords', 'text'],
    ['district_codes', 'text'],
    ['effective_from', 'varchar(10)'],
    ['expires_on', 'varchar(10)'],
    ['review_due_on', 'varchar(10)'],
    ['internal_note', 'text'],
    ['review_comment', 'text'],
    ['published_version', 'integer'],
    ['published_at', 'varchar(32)'],
    ['created_by', 'integer'],
  ] as const;
  for (const [name, type] of articles)
    await db.schema.alterTable('kb_articles').addColumn(name, type).execute();
  // Articles imported before the workflow existed were live: they stay published.
  await db.schema
    .alterTable('kb_articles')
    .addColumn('status', 'varchar(16)', (c) => c.notNull().defaultTo('published'))
    .execute();
  await db.schema
    .alterTable('kb_articles')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('kb_articles_unit_idx')
    .on('kb_articles')
    .columns(['unit_code', 'status'])
    .execute();

  const revisions = [
    ['category_code', 'varchar(6)'],
    ['keywords', 'text'],
    ['district_codes', 'text'],
    ['effective_from', 'varchar(10)'],
    ['expires_on', 'varchar(10)'],
    ['author_user_id', 'integer'],
    ['change_note', 'varchar(500)'],
  ] as const;
  for (const [name, type] of revisions)
    await db.schema.alterTable('kb_revisions').addColumn(name, type).execute();
  // 1, 2, 3 … per article, in the order written; imported revisions are numbered by their time.
  await db.schema.alterTable('kb_revisions').addColumn('version', 'integer').execute();

  // Which articles answered which tickets (直接答复 with an article), for usage and satisfaction per article.
  await db.schema
    .createTable('kb_answers')
    .addColumn('id', 'integer', identity)
    .addColumn('article_id', 'integer', (c) => c.notNull().references('kb_articles.id'))
    .addColumn('ticket_id', 'integer', (c) => c.notNull())
    .addColumn('unit_code', 'varchar(64)', (c) => c.notNull())
    .addColumn('answered_at', 'varchar(32)', (c) => c.notNull())
    .addUniqueConstraint('kb_answers_uq', ['article_id', 'ticket_id'])
    .execute();
  await db.schema.createIndex('kb_answers_ticket_idx').on('kb_answers').column('ticket_id').execute();
}
