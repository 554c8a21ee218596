import type { Executor } from '../../db/executor.ts';

export interface StoredSchemeRow {
  schemeId: string;
  version: number;
  body: string;
  createdAt: string;
  createdBy: number | null;
}

/** Saved scheme versions (table scoring_schemes); the body is the scheme document as JSON text. */
export function createSchemesRepository(db: Executor) {
  return {
    async bodies(id?: string): Promise<string[]> {
      let query = db.selectFrom('scoring_schemes').select('body').orderBy('scheme_id').orderBy('version');
      if (id) query = query.where('scheme_id', '=', id);
      return (await query.execute()).map((row) => row.body);
    },

    async insert(row: StoredSchemeRow): Promise<void> {
      await db
        .insertInto('scoring_schemes')
        .values({
          scheme_id: row.schemeId,
          version: row.version,
          body: row.body,
          created_at: row.createdAt,
          created_by: row.createdBy,
        })
        .execute();
    },
  };
}
