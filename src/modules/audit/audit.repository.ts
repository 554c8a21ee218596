import type { Executor } from '../../db/executor.ts';
import type { AuditLogTable } from '../../db/schema.ts';
import type { Insertable, Selectable } from 'kysely';

export type AuditRow = Selectable<AuditLogTable>;

export interface AuditFilter {
  from?: string;
  to?: string;
  actorUserId?: number;
  /** The login name, exact (accounts and failed logins alike) */
  actorUsername?: string;
  actorRole?: string;
  /** The units the actor acted for (a unit and those below it) */
  actorUnitCodes?: readonly string[];
  action?: string;
  targetType?: string;
  targetId?: string;
  page: number;
  pageSize: number;
}

// Inserts and reads only: the table refuses UPDATE and DELETE (migration 0005).
export function createAuditRepository(db: Executor) {
  return {
    async insert(rows: Insertable<AuditLogTable>[]): Promise<void> {
      if (rows.length > 0) await db.insertInto('audit_log').values(rows).execute();
    },

    async list(filter: AuditFilter): Promise<{ rows: AuditRow[]; total: number }> {
      let query = db.selectFrom('audit_log');
      if (filter.from) query = query.where('at', '>=', filter.from);
      if (filter.to) query = query.where('at', '<', filter.to);
      if (filter.actorUserId !== undefined) query = query.where('actor_user_id', '=', filter.actorUserId);
      if (filter.actorUsername) query = query.where('actor_username', '=', filter.actorUsername);
      if (filter.actorRole) query = query.where('actor_role', '=', filter.actorRole);
      if (filter.actorUnitCodes) query = query.where('actor_unit_code', 'in', [...filter.actorUnitCodes]);
      if (filter.action) query = query.where('action', '=', filter.action);
      if (filter.targetType) query = query.where('target_type', '=', filter.targetType);
      if (filter.targetId) query = query.where('target_id', '=', filter.targetId);
      const [rows, count] = await Promise.all([
        query
          .selectAll()
          .orderBy('id', 'desc')
          .limit(filter.pageSize)
          .offset((filter.page - 1) * filter.pageSize)
          .execute(),
        query.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { rows, total: Number(count.n) };
    },
  };
}
