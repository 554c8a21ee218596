import { sql, SqliteAdapter, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

// Frozen in time: the knowledge base's search index. Article text is cut into words in Node (jieba) and stored
// space-joined, so SQLite's FTS5 (unicode61) and PostgreSQL's 'simple' text search read the same tokens without
// native extensions. kb_search_docs is derived data, rebuilt from the articles at will: it has no foreign key,
// so the index can be rebuilt, or benchmarked, on its own. kb_search_terms counts the documents holding each
// token (the same figure on both databases, which ranking needs to agree); kb_synonyms is the editable table.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const identity = (c: ColumnDefinitionBuilder) =>
    sqlite ? c.primaryKey() : c.primaryKey().generatedByDefaultAsIdentity();

  await db.schema
    .createTable('kb_search_docs')
    .addColumn('article_id', 'integer', (c) => c.primaryKey())
    // Plain text as shown in highlights
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    // Space-joined tokens, in order, repeats kept (term frequency)
    .addColumn('title_tokens', 'text', (c) => c.notNull())
    .addColumn('body_tokens', 'text', (c) => c.notNull())
    .addColumn('keyword_tokens', 'text', (c) => c.notNull())
    .addColumn('pinyin_tokens', 'text', (c) => c.notNull())
    // Filter values as tokens (status, category and its ancestors, unit, districts), for SQLite's MATCH
    .addColumn('facets', 'text', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('category_code', 'varchar(6)')
    .addColumn('unit_code', 'varchar(64)', (c) => c.notNull())
    // Space-joined district unit codes; empty: the whole city
    .addColumn('districts', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('usage_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('expires_at', 'varchar(32)')
    .execute();

  await db.schema
    .createTable('kb_search_terms')
    .addColumn('term', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('docs', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('kb_synonyms')
    .addColumn('id', 'integer', identity)
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    // JSON array of strings
    .addColumn('terms', 'text', (c) => c.notNull())
    .addColumn('from_term', 'varchar(64)')
    // The rule's content in a canonical form: the same rule is stored once, even when seeded twice at once
    .addColumn('rule_key', 'varchar(1000)', (c) => c.notNull().unique())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  if (sqlite) {
    // detail=column: which column holds a token, without positions; the search asks no phrase queries, and the
    // index is a third of the size. External content: the tokens are stored once, in kb_search_docs.
    await sql
      .raw(
        `CREATE VIRTUAL TABLE kb_search_fts USING fts5(title_tokens, body_tokens, keyword_tokens, pinyin_tokens, facets, ` +
          `content='kb_search_docs', content_rowid='article_id', ` +
          `tokenize='unicode61 remove_diacritics 0', detail=column)`,
      )
      .execute(db);
    const columns = 'title_tokens, body_tokens, keyword_tokens, pinyin_tokens, facets';
    const values = (row: 'new' | 'old') =>
      `${row}.article_id, ${row}.title_tokens, ${row}.body_tokens, ${row}.keyword_tokens, ${row}.pinyin_tokens, ` +
      `${row}.facets`;
    const insertNew = `INSERT INTO kb_search_fts(rowid, ${columns}) VALUES (${values('new')});`;
    const deleteOld = `INSERT INTO kb_search_fts(kb_search_fts, rowid, ${columns}) VALUES ('delete', ${values('old')});`;
    await sql
      .raw(`CREATE TRIGGER kb_search_docs_ai AFTER INSERT ON kb_search_docs BEGIN ${insertNew} END`)
      .execute(db);
    await sql
      .raw(`CREATE TRIGGER kb_search_docs_ad AFTER DELETE ON kb_search_docs BEGIN ${deleteOld} END`)
      .execute(db);
    // Only a change of tokens or facets touches the full-text index: counting a use (usage_count) does not.
    await sql
      .raw(
        `CREATE TRIGGER kb_search_docs_au AFTER UPDATE OF ${columns} ON kb_search_docs ` +
          `BEGIN ${deleteOld} ${insertNew} END`,
      )
      .execute(db);
  } else {
    // Words and pinyin keys in two vectors, without positions or weights (strip): the search asks neither, and
    // weights would make GIN recheck every matching row. Kept inline (storage main) where the row allows, so
    // that checking a row against a query does not fetch its vector from TOAST.
    const vectors = [
      ['search_vector', `title_tokens || ' ' || keyword_tokens || ' ' || body_tokens`],
      ['sound_vector', 'pinyin_tokens'],
    ] as const;
    for (const [column, source] of vectors) {
      await sql
        .raw(
          `ALTER TABLE kb_search_docs ADD COLUMN ${column} tsvector ` +
            `GENERATED ALWAYS AS (strip(to_tsvector('simple', ${source}))) STORED`,
        )
        .execute(db);
      await sql
        .raw(`CREATE INDEX kb_search_docs_${column}_idx ON kb_search_docs USING gin (${column})`)
        .execute(db);
    }
    await sql.raw(`ALTER TABLE kb_search_docs ALTER COLUMN search_vector SET STORAGE MAIN`).execute(db);
    // Filters the planner can combine with the GIN bitmaps (SQLite uses facet tokens instead).
    await sql
      .raw(`CREATE INDEX kb_search_docs_category_idx ON kb_search_docs (category_code varchar_pattern_ops)`)
      .execute(db);
    await db.schema.createIndex('kb_search_docs_unit_idx').on('kb_search_docs').column('unit_code').execute();
  }
}
