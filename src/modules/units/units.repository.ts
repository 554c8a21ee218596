import type { Executor } from '../../db/executor.ts';
import type { UnitRow } from '../../db/schema.ts';

export interface UnitRecord {
  code: string;
  name: string;
  parentCode: string | null;
  kind: string;
  path: string;
  depth: number;
  active: boolean;
}

function toRecord(row: UnitRow): UnitRecord {
  return {
    code: row.code,
    name: row.name,
    parentCode: row.parent_code,
    kind: row.kind,
    path: row.path,
    depth: row.depth,
    active: row.active === 1,
  };
}

export function createUnitsRepository(db: Executor) {
  return {
    async listAll(): Promise<UnitRecord[]> {
      const rows = await db.selectFrom('units').selectAll().orderBy('path').execute();
      return rows.map(toRecord);
    },

    async findByCode(code: string): Promise<UnitRecord | undefined> {
      const row = await db.selectFrom('units').selectAll().where('code', '=', code).executeTakeFirst();
      return row ? toRecord(row) : undefined;
    },

    async findRoot(): Promise<UnitRecord | undefined> {
      const row = await db
        .selectFrom('units')
        .selectAll()
        .where('parent_code', 'is', null)
        .executeTakeFirst();
      return row ? toRecord(row) : undefined;
    },

    async insert(unit: Omit<UnitRecord, 'active'>, at: string): Promise<void> {
      await db
        .insertInto('units')
        .values({
          code: unit.code,
          name: unit.name,
          parent_code: unit.parentCode,
          kind: unit.kind,
          path: unit.path,
          depth: unit.depth,
          created_at: at,
          updated_at: at,
        })
        .execute();
    },

    async update(
      code: string,
      change: { name: string; kind: string; parentCode: string | null },
      at: string,
    ) {
      await db
        .updateTable('units')
        .set({ name: change.name, kind: change.kind, parent_code: change.parentCode, updated_at: at })
        .where('code', '=', code)
        .execute();
    },

    async children(code: string): Promise<UnitRecord[]> {
      const rows = await db
        .selectFrom('units')
        .selectAll()
        .where('parent_code', '=', code)
        .orderBy('path')
        .execute();
      return rows.map(toRecord);
    },

    async setActive(code: string, active: boolean, at: string): Promise<void> {
      await db
        .updateTable('units')
        .set({ active: active ? 1 : 0, updated_at: at })
        .where('code', '=', code)
        .execute();
    },

    /** Rewrites the materialised paths of a moved unit and everything below it. */
    async movePaths(oldPrefix: string, newPrefix: string, depthShift: number): Promise<void> {
      const rows = await db
        .selectFrom('units')
        .select(['code', 'path', 'depth'])
        .where('path', 'like', `${oldPrefix}%`)
        .execute();
      for (const row of rows) {
        await db
          .updateTable('units')
          .set({ path: newPrefix + row.path.slice(oldPrefix.length), depth: row.depth + depthShift })
          .where('code', '=', row.code)
          .execute();
      }
    },
  };
}

export type UnitsRepository = ReturnType<typeof createUnitsRepository>;
