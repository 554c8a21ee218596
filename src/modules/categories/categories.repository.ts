import type { Executor } from '../../db/executor.ts';
import type { CategoryRow, CategoryVersionRow } from '../../db/schema.ts';
import { categoryLevel } from '../../domain/categories/category-code.ts';
import type { CategoryNode } from '../../domain/categories/category-tree.ts';

export interface CategoryRecord extends CategoryNode {
  aliases: string[];
  level: number;
  version: number;
  updatedAt: string;
}

export interface CategoryVersion {
  version: number;
  name: string;
  aliases: string[];
  active: boolean;
  changedAt: string;
  changedBy: number | null;
}

function parseAliases(text: string): string[] {
  const parsed: unknown = JSON.parse(text);
  return Array.isArray(parsed) ? parsed.map(String) : [];
}

function toRecord(row: CategoryRow): CategoryRecord {
  return {
    code: row.code,
    name: row.name,
    parentCode: row.parent_code,
    aliases: parseAliases(row.aliases),
    active: row.active === 1,
    level: row.level,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

function toVersion(row: CategoryVersionRow): CategoryVersion {
  return {
    version: row.version,
    name: row.name,
    aliases: parseAliases(row.aliases),
    active: row.active === 1,
    changedAt: row.changed_at,
    changedBy: row.changed_by,
  };
}

export function createCategoriesRepository(db: Executor) {
  return {
    async listAll(): Promise<CategoryRecord[]> {
      const rows = await db.selectFrom('categories').selectAll().orderBy('code').execute();
      return rows.map(toRecord);
    },

    async count(): Promise<number> {
      const row = await db
        .selectFrom('categories')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async find(code: string): Promise<CategoryRecord | undefined> {
      const row = await db.selectFrom('categories').selectAll().where('code', '=', code).executeTakeFirst();
      return row ? toRecord(row) : undefined;
    },

    async versionsOf(code: string): Promise<CategoryVersion[]> {
      const rows = await db
        .selectFrom('category_versions')
        .selectAll()
        .where('code', '=', code)
        .orderBy('version')
        .execute();
      return rows.map(toVersion);
    },

    /** Writes the node's new state and appends it to its history; parents must be written before children. */
    async save(node: CategoryNode, version: number, at: string, by: number | null): Promise<void> {
      const columns = {
        name: node.name,
        aliases: JSON.stringify(node.aliases),
        active: node.active ? 1 : 0,
      };
      if (version === 1) {
        await db
          .insertInto('categories')
          .values({
            code: node.code,
            parent_code: node.parentCode,
            level: categoryLevel(node.code),
            ...columns,
            version,
            updated_at: at,
          })
          .execute();
      } else {
        await db
          .updateTable('categories')
          .set({ ...columns, version, updated_at: at })
          .where('code', '=', node.code)
          .execute();
      }
      await db
        .insertInto('category_versions')
        .values({
          code: node.code,
          version,
          parent_code: node.parentCode,
          ...columns,
          changed_at: at,
          changed_by: by,
        })
        .execute();
    },
  };
}

export type CategoriesRepository = ReturnType<typeof createCategoriesRepository>;
