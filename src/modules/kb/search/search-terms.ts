import { sql } from 'kysely';
import { toNumber } from '../../../db/dialect.ts';
import type { Executor } from '../../../db/executor.ts';

// Document frequency per token (kb_search_terms), kept with every index change. Ranking needs it (rare words
// weigh more), and so does choosing which terms may drive the candidate query; reading it from one small
// table gives both databases the same figures, which FTS5 and tsvector statistics would not.

/** The row counting the indexed documents themselves. */
export const DOCUMENTS_TERM = '';
const BATCH = 500;

export interface TermCounts {
  /** Indexed documents, all statuses */
  documents: number;
  /** Documents holding each asked-for term; absent: none */
  docs: Map<string, number>;
}

export async function countTerms(db: Executor, terms: Iterable<string>): Promise<TermCounts> {
  const wanted = [...new Set([DOCUMENTS_TERM, ...terms])];
  const docs = new Map<string, number>();
  for (let i = 0; i < wanted.length; i += BATCH) {
    const rows = await db
      .selectFrom('kb_search_terms')
      .select(['term', 'docs'])
      .where('term', 'in', wanted.slice(i, i + BATCH))
      .execute();
    for (const row of rows) if (toNumber(row.docs) > 0) docs.set(row.term, toNumber(row.docs));
  }
  const documents = docs.get(DOCUMENTS_TERM) ?? 0;
  docs.delete(DOCUMENTS_TERM);
  return { documents, docs };
}

/**
 * One more document for each added term, one fewer for each removed one. Terms are written in sorted order so
 * that concurrent PostgreSQL transactions lock shared rows in the same order and never deadlock.
 */
export async function adjustTermCounts(
  db: Executor,
  added: Iterable<string>,
  removed: Iterable<string>,
): Promise<void> {
  await addToTermCounts(
    db,
    [...added].sort().map((term) => [term, 1]),
  );
  const gone = [...removed].sort();
  for (let i = 0; i < gone.length; i += BATCH) {
    await db
      .updateTable('kb_search_terms')
      .set({ docs: sql<number>`docs - 1` })
      .where('term', 'in', gone.slice(i, i + BATCH))
      .execute();
  }
}

async function addToTermCounts(db: Executor, entries: readonly (readonly [string, number])[]): Promise<void> {
  for (let i = 0; i < entries.length; i += BATCH) {
    await db
      .insertInto('kb_search_terms')
      .values(entries.slice(i, i + BATCH).map(([term, docs]) => ({ term, docs })))
      .onConflict((oc) =>
        oc
          .column('term')
          .doUpdateSet((eb) => ({ docs: eb('kb_search_terms.docs', '+', eb.ref('excluded.docs')) })),
      )
      .execute();
  }
}

/** After a rebuild: the counts computed in memory replace the table. */
export async function replaceTermCounts(db: Executor, counts: ReadonlyMap<string, number>): Promise<void> {
  await db.deleteFrom('kb_search_terms').execute();
  await addToTermCounts(
    db,
    [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}
