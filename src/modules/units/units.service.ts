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

  /** Inserts or updates units given parents first; returns what changed. Runs in the caller's transaction. */
  async function applyUnits(db: Executor, inputs: readonly UnitInput[]): Promise<UnitImportResult> {
    const repository = createUnitsRepository(db);
    const at = deps.clock.now().toISOString();
    const result: UnitImportResult = { created: 0, updated: 0, unchanged: 0 };
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
        if (existing.path !== path) await repository.movePaths(existing.path, path, depth - existing.depth);
        result.updated += 1;
      }
    }
    return result;
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
