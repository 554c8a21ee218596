import type { Executor } from '../../db/executor.ts';
import { roleMayAdminister } from '../../domain/access/roles.ts';
import type { Actor } from '../../domain/access/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import type { AuditEntry } from '../../contracts/audit-actions.ts';
import { createAuditRepository, type AuditFilter, type AuditRow } from './audit.repository.ts';

/** Who did it when no account is known yet (a failed login names the username that was tried). */
export interface AuditSubject {
  userId: number | null;
  username: string;
  role?: string | null;
  address?: string | null;
}

export interface AuditRecord {
  id: number;
  at: string;
  actorUserId: number | null;
  actorUsername: string;
  actorRole: string | null;
  actorUnitCode: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  address: string | null;
  details: Record<string, unknown>;
}

function present(row: AuditRow): AuditRecord {
  return {
    id: Number(row.id),
    at: row.at,
    actorUserId: row.actor_user_id,
    actorUsername: row.actor_username,
    actorRole: row.actor_role,
    actorUnitCode: row.actor_unit_code,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    address: row.address,
    details: JSON.parse(row.details) as Record<string, unknown>,
  };
}

/**
 * The append-only audit log. `record` takes the executor of the change it records, so the entry commits or
 * rolls back with that change (DESIGN §8: "in the same transaction").
 */
export function createAuditService(deps: {
  db: Executor;
  clock: Clock;
  /** A unit and the units below it, for the unit filter (the units module records into this log: handed in). */
  unitSubtree?: (unitCode: string) => Promise<string[]>;
}) {
  async function record(db: Executor, who: Actor | AuditSubject, ...entries: AuditEntry[]): Promise<void> {
    const at = deps.clock.now().toISOString();
    await createAuditRepository(db).insert(
      entries.map((entry) => ({
        at,
        actor_user_id: who.userId,
        actor_username: who.username,
        actor_role: who.role ?? null,
        actor_unit_code: 'unitCode' in who ? who.unitCode : null,
        action: entry.action,
        target_type: entry.targetType,
        target_id: entry.targetId === undefined || entry.targetId === null ? null : String(entry.targetId),
        address: who.address ?? null,
        details: JSON.stringify(entry.details ?? {}),
      })),
    );
  }

  async function subtree(unitCode: string): Promise<string[]> {
    const codes = deps.unitSubtree ? await deps.unitSubtree(unitCode) : [unitCode];
    if (codes.length === 0)
      throw new AppError('UNKNOWN_UNIT', `单位 ${unitCode} 不存在`, { field: 'unitCode' });
    return codes;
  }

  return {
    record,

    /** For what changes nothing stored (a file exported, a view read): the entry is written on its own. */
    recordRead: (who: Actor | AuditSubject, ...entries: AuditEntry[]) => record(deps.db, who, ...entries),

    /** Administrators read the log; reading it is itself recorded. */
    async list(
      actor: Actor,
      filter: AuditFilter & { unitCode?: string },
    ): Promise<{ items: AuditRecord[]; total: number }> {
      if (!roleMayAdminister(actor.role)) throw new AppError('FORBIDDEN', '只有系统管理员可以查看审计日志');
      const { unitCode, ...rest } = filter;
      const actorUnitCodes = unitCode ? await subtree(unitCode) : undefined;
      const { rows, total } = await createAuditRepository(deps.db).list({
        ...rest,
        ...(actorUnitCodes ? { actorUnitCodes } : {}),
      });
      await record(deps.db, actor, {
        action: 'audit.read',
        targetType: 'audit',
        details: { ...filter },
      });
      return { items: rows.map(present), total };
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
/** What other modules need: writing entries inside their own transactions. */
export type AuditRecorder = Pick<AuditService, 'record' | 'recordRead'>;
