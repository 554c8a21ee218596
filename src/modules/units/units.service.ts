import type { Executor } from '../../db/executor.ts';
import { inTransaction } from '../../db/executor.ts';
import { isUnitKind, type UnitKind } from '../../domain/organisation/unit-kind.ts';
import { AppError } from '../../shared/errors.ts';
import type { Clock } from '../../shared/clock.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { roleMayAdminister } from '../../domain/access/roles.ts';
import type { AuditRecorder } from '../audit/index.ts';
import { createUnitDirectory, type UnitDirectory } from './unit-directory.ts';
import { createUnitsRepository, type UnitRecord } from './units.repository.ts';

export interface UnitInput {
  code: string;
  name: string;
  parentCode: string | null;
  kind: UnitKind;
}

/**
 * Reads a units file (DESIGN §7) into checked rows, parents first, or throws listing every row error. The
 * imports module provides it and the composition root hands it in: units do not depend on file formats.
 */
export type UnitFileParser = (
  bytes: Uint8Array,
  existing: readonly UnitRecord[],
  fileName?: string,
) => Promise<UnitInput[]>;

export interface UnitImportResult {
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Recomputes what is kept per unit and per ancestor (the evaluation's rollups) for the tree as it now stands,
 * inside the caller's transaction. The composition root hands in the evaluation's rebuild: units do not depend
 * on the evaluation.
 */
/** What must follow a move in the same transaction (the evaluation's rollups): the tree before and after. */
export type AfterTreeMoved = (
  trx: Executor,
  change: { before: UnitDirectory; after: UnitDirectory; moved: readonly string[] },
) => Promise<unknown>;

// Assignments still with a unit: a deactivated unit could no longer sign, answer or be urged for them.
const OPEN_ASSIGNMENT_STATES = ['dispatched', 'inProgress', 'feedbackSubmitted'] as const;

// Other processes may change the tree too (a second server, the CLI): the cache is re-read after this long.
const DIRECTORY_TTL_MS = 30_000;

function requireAdmin(actor: Actor, message: string): void {
  if (!roleMayAdminister(actor.role)) throw new AppError('FORBIDDEN', message);
}

export function createUnitsService(deps: {
  db: Executor;
  clock: Clock;
  audit: AuditRecorder;
  parseUnitFile: UnitFileParser;
  afterTreeMoved?: AfterTreeMoved;
}) {
  let cached: { directory: UnitDirectory; loadedAt: number } | null = null;

  async function directory(): Promise<UnitDirectory> {
    if (cached && Date.now() - cached.loadedAt < DIRECTORY_TTL_MS) return cached.directory;
    const units = await createUnitsRepository(deps.db).listAll();
    cached = { directory: createUnitDirectory(units), loadedAt: Date.now() };
    return cached.directory;
  }

  function invalidate(): void {
    cached = null;
  }

  /**
   * Inserts or updates units given parents first and answers what changed; when a unit changed parent, what the
   * evaluation keeps per ancestor is rebuilt before the caller's transaction commits, so that no figure is ever
   * read against a tree it was not summed for.
   */
  async function applyUnits(db: Executor, inputs: readonly UnitInput[]): Promise<UnitImportResult> {
    return inTransaction(db, async (trx) => {
      const before = createUnitDirectory(await createUnitsRepository(trx).listAll());
      const { result, moved } = await writeUnits(trx, inputs);
      if (moved.length > 0 && deps.afterTreeMoved) {
        const after = createUnitDirectory(await createUnitsRepository(trx).listAll());
        await deps.afterTreeMoved(trx, { before, after, moved });
      }
      return result;
    });
  }

  async function writeUnits(
    db: Executor,
    inputs: readonly UnitInput[],
  ): Promise<{ result: UnitImportResult; moved: string[] }> {
    const repository = createUnitsRepository(db);
    const at = deps.clock.now().toISOString();
    const result: UnitImportResult = { created: 0, updated: 0, unchanged: 0 };
    const moved: string[] = [];
    for (const input of inputs) {
      const parent = input.parentCode ? await repository.findByCode(input.parentCode) : undefined;
      if (input.parentCode && !parent) {
        throw new AppError('UNIT_PARENT_NOT_FOUND', `上级单位 ${input.parentCode} 不存在`, {
          field: 'parentCode',
        });
      }
      if (!input.parentCode && input.kind !== 'center') {
        throw new AppError('VALIDATION_FAILED', '只有中心可以没有上级单位', { field: 'parentCode' });
      }
      // One centre, at the root: intake, dispatch and the evaluation all start from it.
      if (input.parentCode && input.kind === 'center') {
        throw new AppError('VALIDATION_FAILED', '中心只能是根单位，不能有上级单位', { field: 'kind' });
      }
      if (!input.parentCode) {
        const root = await repository.findRoot();
        if (root && root.code !== input.code) {
          throw new AppError('VALIDATION_FAILED', `已有中心 ${root.code}，不能再建第二个根单位`, {
            field: 'parentCode',
          });
        }
      }
      if (parent && !parent.active) {
        throw new AppError('UNIT_INACTIVE', `上级单位 ${parent.code}（${parent.name}）已停用`, {
          field: 'parentCode',
        });
      }
      const path = `${parent?.path ?? '/'}${input.code}/`;
      const depth = (parent?.depth ?? -1) + 1;
      const existing = await repository.findByCode(input.code);
      if (!existing) {
        await repository.insert({ ...input, path, depth }, at);
        result.created += 1;
      } else if (sameUnit(existing, input)) {
        result.unchanged += 1;
      } else {
        if (parent && parent.path.startsWith(existing.path)) {
          throw new AppError('UNIT_CYCLE', `单位 ${input.code} 不能移到自己的下级单位之下`, {
            field: 'parentCode',
          });
        }
        await repository.update(input.code, input, at);
        if (existing.path !== path) {
          await repository.movePaths(existing.path, path, depth - existing.depth);
          moved.push(input.code);
        }
        result.updated += 1;
      }
    }
    return { result, moved };
  }

  /** Open assignments of a unit (not of its subtree: each unit is deactivated on its own). */
  async function openAssignments(db: Executor, code: string): Promise<number> {
    const row = await db
      .selectFrom('assignments')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('unit_code', '=', code)
      .where('state', 'in', [...OPEN_ASSIGNMENT_STATES])
      .executeTakeFirst();
    return Number(row?.count ?? 0);
  }

  return {
    directory,

    async listUnits(): Promise<readonly UnitRecord[]> {
      return (await directory()).all();
    },

    async getUnit(code: string): Promise<UnitRecord> {
      const unit = (await directory()).get(code) ?? (await createUnitsRepository(deps.db).findByCode(code));
      if (!unit) throw new AppError('UNIT_NOT_FOUND', `单位 ${code} 不存在`, { code });
      return unit;
    },

    async saveUnit(actor: Actor, input: UnitInput): Promise<UnitRecord> {
      requireAdmin(actor, '只有系统管理员可以维护组织机构');
      if (!isUnitKind(input.kind)) throw new AppError('VALIDATION_FAILED', '单位类别无效', { field: 'kind' });
      await inTransaction(deps.db, async (trx) => {
        const result = await applyUnits(trx, [input]);
        await deps.audit.record(trx, actor, {
          action: 'unit.saved',
          targetType: 'unit',
          targetId: input.code,
          details: { ...input, ...result },
        });
      });
      invalidate();
      const unit = await createUnitsRepository(deps.db).findByCode(input.code);
      if (!unit) throw new AppError('UNIT_NOT_FOUND', `单位 ${input.code} 不存在`);
      return unit;
    },

    /**
     * 停用 / 启用. A unit is deactivated only once nothing is left with it: no open assignment (the count is
     * given, to be dispatched elsewhere or finished first) and no active unit below it. Its history stays: past
     * tickets, figures and users keep pointing at it. A unit is activated only under an active parent.
     */
    async setActive(actor: Actor, code: string, active: boolean): Promise<UnitRecord> {
      requireAdmin(actor, '只有系统管理员可以维护组织机构');
      await inTransaction(deps.db, async (trx) => {
        const repository = createUnitsRepository(trx);
        const unit = await repository.findByCode(code);
        if (!unit) throw new AppError('UNIT_NOT_FOUND', `单位 ${code} 不存在`, { code });
        if (unit.active === active) return;
        if (active) {
          const parent = unit.parentCode ? await repository.findByCode(unit.parentCode) : undefined;
          if (parent && !parent.active) {
            throw new AppError(
              'UNIT_INACTIVE',
              `上级单位 ${parent.code}（${parent.name}）已停用，请先启用上级单位`,
            );
          }
        } else {
          if (unit.parentCode === null) throw new AppError('UNIT_IN_USE', '中心是根单位，不能停用');
          const children = (await repository.children(code)).filter((child) => child.active);
          if (children.length > 0) {
            throw new AppError(
              'UNIT_IN_USE',
              `单位 ${unit.name} 还有 ${children.length} 个启用的下级单位（${children
                .slice(0, 3)
                .map((child) => child.name)
                .join('、')}${children.length > 3 ? '等' : ''}），请先停用或移走下级单位`,
              { children: children.length },
            );
          }
          const open = await openAssignments(trx, code);
          if (open > 0) {
            throw new AppError(
              'UNIT_IN_USE',
              `单位 ${unit.name} 还有 ${open} 件未办结的工单，请办结或改派后再停用`,
              { openAssignments: open },
            );
          }
        }
        await repository.setActive(code, active, deps.clock.now().toISOString());
        await deps.audit.record(trx, actor, {
          action: active ? 'unit.activated' : 'unit.deactivated',
          targetType: 'unit',
          targetId: code,
          details: { name: unit.name },
        });
      });
      invalidate();
      const unit = await createUnitsRepository(deps.db).findByCode(code);
      if (!unit) throw new AppError('UNIT_NOT_FOUND', `单位 ${code} 不存在`, { code });
      return unit;
    },

    /** Imports a units file (DESIGN §7): every row is validated first; any invalid row imports nothing. */
    async importUnits(actor: Actor, bytes: Uint8Array, fileName?: string): Promise<UnitImportResult> {
      requireAdmin(actor, '只有系统管理员可以导入单位');
      const existing = await createUnitsRepository(deps.db).listAll();
      const rows = await deps.parseUnitFile(bytes, existing, fileName);
      const result = await inTransaction(deps.db, async (trx) => {
        const applied = await applyUnits(trx, rows);
        await deps.audit.record(trx, actor, {
          action: 'unit.imported',
          targetType: 'unit',
          details: { fileName: fileName ?? null, rows: rows.length, ...applied },
        });
        return applied;
      });
      invalidate();
      return result;
    },

    /** For seeding and the simulator: units given parents first, inside the caller's transaction. */
    applyUnits,
    invalidate,
  };
}

function sameUnit(existing: UnitRecord, input: UnitInput): boolean {
  return (
    existing.name === input.name && existing.parentCode === input.parentCode && existing.kind === input.kind
  );
}

export type UnitsService = ReturnType<typeof createUnitsService>;
