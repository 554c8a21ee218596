import type { Executor } from '../../db/executor.ts';
import { inTransaction } from '../../db/executor.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { roleMayAdminister } from '../../domain/access/roles.ts';
import { categoryLevel } from '../../domain/categories/category-code.ts';
import {
  planCategoryChanges,
  type CategoryChange,
  type CategoryPlan,
} from '../../domain/categories/category-changes.ts';
import {
  createCategoryTree,
  type CategoryNode,
  type CategoryTree,
  type ResolvedCategory,
} from '../../domain/categories/category-tree.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import type { AuditRecorder } from '../audit/index.ts';
import { bundledCategoryNodes } from './bundled-categories.ts';
import {
  createCategoriesRepository,
  type CategoryRecord,
  type CategoryVersion,
} from './categories.repository.ts';

export interface CategoryView extends CategoryRecord {
  path: string;
}

export interface CategoryImportResult {
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Reads a category file (分类编码, 分类名称, 上级分类编码 …) into changes checked against the list as it stands,
 * or throws listing every row error. The imports module provides it through the composition root.
 */
export type CategoryFileParser = (
  source: { path: string } | Uint8Array,
  existing: readonly CategoryNode[],
  fileName?: string,
) => Promise<CategoryChange[]>;

// Other processes may edit the list (a second server, the CLI): the cache is re-read after this long.
const TREE_TTL_MS = 30_000;

function requireAdmin(actor: Actor, message: string): void {
  if (!roleMayAdminister(actor.role)) throw new AppError('FORBIDDEN', message);
}

export function createCategoriesService(deps: {
  db: Executor;
  clock: Clock;
  audit: AuditRecorder;
  parseCategoryFile: CategoryFileParser;
}) {
  let cached: { tree: CategoryTree; records: CategoryRecord[]; loadedAt: number } | null = null;

  async function load() {
    if (cached && Date.now() - cached.loadedAt < TREE_TTL_MS) return cached;
    const records = await createCategoriesRepository(deps.db).listAll();
    cached = { tree: createCategoryTree(records), records, loadedAt: Date.now() };
    return cached;
  }

  /** Writes a checked plan, parents before children, every node with a new version. */
  async function apply(trx: Executor, plan: CategoryPlan, actor: Actor | null): Promise<void> {
    const repository = createCategoriesRepository(trx);
    const at = deps.clock.now().toISOString();
    const nodes = [...plan.created, ...plan.updated].sort(
      (a, b) => categoryLevel(a.code) - categoryLevel(b.code),
    );
    for (const node of nodes) {
      const before = await repository.find(node.code);
      await repository.save(node, (before?.version ?? 0) + 1, at, actor?.userId ?? null);
    }
    cached = null;
  }

  function refuse(plan: CategoryPlan): void {
    const [first] = plan.problems;
    if (first)
      throw new AppError('VALIDATION_FAILED', first.message, { field: first.field, problems: plan.problems });
  }

  return {
    /** Everyone who registers or reads tickets needs the list: any signed-in user may read it. */
    async list(_actor: Actor, options: { includeRetired: boolean }): Promise<CategoryView[]> {
      const { tree, records } = await load();
      return records
        .filter((record) => options.includeRetired || record.active)
        .map((record) => ({ ...record, path: tree.pathOf(record.code) }));
    },

    async get(_actor: Actor, code: string): Promise<CategoryView & { versions: CategoryVersion[] }> {
      const repository = createCategoriesRepository(deps.db);
      const record = await repository.find(code);
      if (!record) throw new AppError('CATEGORY_NOT_FOUND', `诉求分类 ${code} 不存在`);
      const { tree } = await load();
      return { ...record, path: tree.pathOf(code), versions: await repository.versionsOf(code) };
    },

    /** Creates or revises one node (rename, aliases, retire or reactivate); every state is kept as a version. */
    async save(
      actor: Actor,
      code: string,
      input: { name: string; aliases: string[]; active: boolean },
    ): Promise<CategoryView> {
      requireAdmin(actor, '只有系统管理员可以维护诉求分类');
      const view = await inTransaction(deps.db, async (trx) => {
        const existing = await createCategoriesRepository(trx).listAll();
        const plan = planCategoryChanges(existing, [{ code, ...input }]);
        refuse(plan);
        await apply(trx, plan, actor);
        await deps.audit.record(trx, actor, {
          action: 'category.saved',
          targetType: 'category',
          targetId: code,
          details: { ...input, created: plan.created.length, updated: plan.updated.length },
        });
        return createCategoriesRepository(trx).find(code);
      });
      const { tree } = await load();
      return { ...view!, path: tree.pathOf(code) };
    },

    /** Imports a category file: every row checked first, any problem imports nothing; re-importing is a no-op. */
    async importFile(
      actor: Actor,
      source: { path: string } | Uint8Array,
      fileName?: string,
    ): Promise<CategoryImportResult> {
      requireAdmin(actor, '只有系统管理员可以导入诉求分类');
      const existing = await createCategoriesRepository(deps.db).listAll();
      const changes = await deps.parseCategoryFile(source, existing, fileName);
      return inTransaction(deps.db, async (trx) => {
        // Checked again inside the transaction: the list may have changed while the file was read.
        const plan = planCategoryChanges(await createCategoriesRepository(trx).listAll(), changes);
        refuse(plan);
        await apply(trx, plan, actor);
        const result = {
          created: plan.created.length,
          updated: plan.updated.length,
          unchanged: plan.unchanged,
        };
        await deps.audit.record(trx, actor, {
          action: 'category.imported',
          targetType: 'category',
          details: { fileName: fileName ?? null, rows: changes.length, ...result },
        });
        return result;
      });
    },

    /** The whole list (retired nodes too) as rows of the interchange file, parents first. */
    async exportRows(actor: Actor): Promise<CategoryView[]> {
      requireAdmin(actor, '只有系统管理员可以导出诉求分类');
      const { tree, records } = await load();
      await deps.audit.record(deps.db, actor, {
        action: 'category.exported',
        targetType: 'category',
        details: { rows: records.length },
      });
      return records.map((record) => ({ ...record, path: tree.pathOf(record.code) }));
    },

    /** `hotline migrate`: an empty list gets the bundled one, so a new centre can take appeals at once. */
    async seedDefaults(): Promise<number> {
      return inTransaction(deps.db, async (trx) => {
        if ((await createCategoriesRepository(trx).count()) > 0) return 0;
        const plan = planCategoryChanges([], bundledCategoryNodes());
        if (plan.problems.length > 0) throw new Error(`bundled categories: ${plan.problems[0]!.message}`);
        await apply(trx, plan, null);
        return plan.created.length;
      });
    },

    /** The list as a tree, for resolving many texts in memory (imports). */
    async tree(): Promise<CategoryTree> {
      return (await load()).tree;
    },

    /**
     * The active category a live intake names (code, path or a unique name), or a 400 naming `field`. Retired
     * categories are refused here; imports of history accept them.
     */
    async resolveForIntake(text: string, field = 'category'): Promise<ResolvedCategory> {
      const found = (await load()).tree.resolve(text);
      if (found === 'ambiguous')
        throw new AppError('UNKNOWN_CATEGORY', `诉求分类“${text}”对应多个分类，请写明完整路径或分类编码`, {
          field,
        });
      if (!found) throw new AppError('UNKNOWN_CATEGORY', `诉求分类“${text}”不在分类代码表中`, { field });
      if (!found.active) throw new AppError('UNKNOWN_CATEGORY', `诉求分类“${found.path}”已停用`, { field });
      return found;
    },

    invalidate(): void {
      cached = null;
    },
  };
}

export type CategoriesService = ReturnType<typeof createCategoriesService>;
