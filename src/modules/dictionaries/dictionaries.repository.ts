import type { Executor } from '../../db/executor.ts';
import type { DictionaryAlias, DictionaryKey } from '../../domain/dictionaries/dictionaries.ts';

/** One stored alias, with who added it. */
export interface AliasRecord extends DictionaryAlias {
  term: string;
  createdAt: string;
  createdBy: number | null;
}

export function createDictionariesRepository(db: Executor) {
  return {
    async listAll(): Promise<AliasRecord[]> {
      const rows = await db
        .selectFrom('dictionary_aliases')
        .selectAll()
        .orderBy('dictionary')
        .orderBy('code')
        .orderBy('created_at')
        .orderBy('term')
        .execute();
      return rows.map((row) => ({
        dictionary: row.dictionary as DictionaryKey,
        term: row.term,
        alias: row.alias,
        code: row.code,
        createdAt: row.created_at,
        createdBy: row.created_by,
      }));
    },

    async count(): Promise<number> {
      const row = await db
        .selectFrom('dictionary_aliases')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async find(
      dictionary: DictionaryKey,
      term: string,
    ): Promise<{ alias: string; code: string } | undefined> {
      return db
        .selectFrom('dictionary_aliases')
        .select(['alias', 'code'])
        .where('dictionary', '=', dictionary)
        .where('term', '=', term)
        .executeTakeFirst();
    },

    async insert(
      row: Omit<AliasRecord, 'createdAt' | 'createdBy'>,
      at: string,
      by: number | null,
    ): Promise<void> {
      await db
        .insertInto('dictionary_aliases')
        .values({
          dictionary: row.dictionary,
          term: row.term,
          alias: row.alias,
          code: row.code,
          created_at: at,
          created_by: by,
        })
        .execute();
    },

    /** Re-points a spelling (and keeps the admin's latest way of typing it); the key stays. */
    async update(dictionary: DictionaryKey, term: string, alias: string, code: string): Promise<void> {
      await db
        .updateTable('dictionary_aliases')
        .set({ alias, code })
        .where('dictionary', '=', dictionary)
        .where('term', '=', term)
        .execute();
    },

    async delete(dictionary: DictionaryKey, term: string): Promise<void> {
      await db
        .deleteFrom('dictionary_aliases')
        .where('dictionary', '=', dictionary)
        .where('term', '=', term)
        .execute();
    },
  };
}
