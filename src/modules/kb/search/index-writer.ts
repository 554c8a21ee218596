import { sql } from 'kysely';
import { inTransaction, type Executor } from '../../../db/executor.ts';
import { searchRowOf, termsOf, type SearchDocument, type SearchRow } from './search-document.ts';
import { adjustTermCounts, DOCUMENTS_TERM, replaceTermCounts } from './search-terms.ts';
import type { Segmenter } from './segmenter.ts';

// Writes to the search index, always in the caller's transaction when there is one (the article and its index
// entry commit together). SQLite's FTS5 table follows kb_search_docs through triggers, PostgreSQL's tsvector is
// a generated column: this code is the same for both.

const TOKEN_COLUMNS = ['title_tokens', 'body_tokens', 'keyword_tokens', 'pinyin_tokens'] as const;
const INSERT_BATCH = 200;

async function storedTerms(db: Executor, articleId: number): Promise<Set<string> | null> {
  const old = await db
    .selectFrom('kb_search_docs')
    .select(TOKEN_COLUMNS)
    .where('article_id', '=', articleId)
    .executeTakeFirst();
  return old ? termsOf(old) : null;
}

/** Adds or replaces one document; its usage count stays unless the document gives one. */
export async function writeDocument(db: Executor, segmenter: Segmenter, doc: SearchDocument): Promise<void> {
  const { row, terms } = searchRowOf(doc, segmenter);
  await inTransaction(db, async (trx) => {
    const old = await storedTerms(trx, doc.articleId);
    const { article_id: _id, ...changes } = row;
    await trx
      .insertInto('kb_search_docs')
      .values(row)
      .onConflict((oc) => oc.column('article_id').doUpdateSet(changes))
      .execute();
    const added = [...terms].filter((term) => !old?.has(term));
    const removed = old ? [...old].filter((term) => !terms.has(term)) : [];
    if (!old) added.push(DOCUMENTS_TERM);
    await adjustTermCounts(trx, added, removed);
  });
}

/** Takes a document out of the index; nothing happens when it is not there. */
export async function deleteDocument(db: Executor, articleId: number): Promise<void> {
  await inTransaction(db, async (trx) => {
    const old = await storedTerms(trx, articleId);
    if (!old) return;
    await trx.deleteFrom('kb_search_docs').where('article_id', '=', articleId).execute();
    await adjustTermCounts(trx, [], [...old, DOCUMENTS_TERM]);
  });
}

export async function incrementUsage(db: Executor, articleId: number): Promise<void> {
  await db
    .updateTable('kb_search_docs')
    .set((eb) => ({ usage_count: eb('usage_count', '+', 1) }))
    .where('article_id', '=', articleId)
    .execute();
}

/**
 * Replaces the whole index with the given documents, in one transaction: searches meanwhile see the old index.
 * Term counts are summed in memory and written once. Each article may appear once; one that gives no usage
 * count keeps the count it had.
 */
export async function rebuildIndex(
  db: Executor,
  segmenter: Segmenter,
  docs: AsyncIterable<SearchDocument> | Iterable<SearchDocument>,
): Promise<number> {
  return inTransaction(db, async (trx) => {
    const used = await trx
      .selectFrom('kb_search_docs')
      .select(['article_id', 'usage_count'])
      .where('usage_count', '>', 0)
      .execute();
    const usage = new Map(used.map((row) => [Number(row.article_id), Number(row.usage_count)]));
    await trx.deleteFrom('kb_search_docs').execute();
    const counts = new Map<string, number>();
    const seen = new Set<number>();
    let batch: SearchRow[] = [];
    const flush = async () => {
      if (batch.length > 0) await trx.insertInto('kb_search_docs').values(batch).execute();
      batch = [];
    };
    for await (const doc of docs) {
      if (seen.has(doc.articleId)) throw new RangeError(`reindexAll: article ${doc.articleId} given twice`);
      seen.add(doc.articleId);
      const { row, terms } = searchRowOf(doc, segmenter);
      for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
      // Every row names every column: a multi-row INSERT cannot leave one out on SQLite.
      batch.push({ ...row, usage_count: doc.usageCount ?? usage.get(doc.articleId) ?? 0 });
      if (batch.length >= INSERT_BATCH) await flush();
    }
    await flush();
    counts.set(DOCUMENTS_TERM, seen.size);
    await replaceTermCounts(trx, counts);
    // Fresh statistics for the planner (the same statement on both databases): PostgreSQL otherwise guesses
    // that a common word is rare and reads every match instead of the newest few.
    await sql`ANALYZE kb_search_docs`.execute(trx);
    return seen.size;
  });
}
