import { z } from 'zod';
import { ROLES } from '../domain/access/roles.ts';
import { LocalTime, Pagination, UnitCode } from './common.schemas.ts';
import { AUDIT_ACTIONS } from './audit-actions.ts';

export const AuditQuery = Pagination.extend({
  from: LocalTime.optional(),
  to: LocalTime.optional(),
  actorUserId: z.coerce.number().int().positive().optional(),
  /** 操作人登录名 (exact) */
  actorUsername: z.string().trim().min(1).max(64).optional(),
  actorRole: z.enum(ROLES).optional(),
  /** 操作人所属单位: this unit and the units below it (entries since the unit was recorded) */
  unitCode: UnitCode.optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  targetType: z.string().trim().min(1).max(32).optional(),
  targetId: z.string().trim().min(1).max(200).optional(),
});

export const AuditRecordView = z.object({
  id: z.number(),
  at: z.string(),
  actorUserId: z.number().nullable(),
  actorUsername: z.string(),
  actorRole: z.string().nullable(),
  actorUnitCode: z.string().nullable(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  address: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});

export const AuditList = z.object({
  items: z.array(AuditRecordView),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
