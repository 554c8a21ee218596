import { sql, type Expression, type SqlBool } from 'kysely';
import type { Actor } from '../../domain/access/actor.ts';
import { AppError } from '../../shared/errors.ts';
import type { QueueFilter, QueueSort, QueueViewKey } from '../../contracts/queues.schemas.ts';
import type { TicketQueueFilter } from '../tickets/index.ts';
import type { UnitDirectory } from '../units/index.ts';
import { audienceOf, defaultSort, viewCondition, viewsOf } from './queue-views.ts';
import { revisitAssignedTo, revisitUnassigned } from './queues.repository.ts';

/** Refuses a queue the actor's role neither works nor watches. */
export function requireView(actor: Actor, view: QueueViewKey): void {
  if (!viewsOf(actor.role).includes(view))
    throw new AppError('QUEUE_VIEW_NOT_ALLOWED', '当前角色没有此工作台视图', { view, role: actor.role });
}

/** A level-1 code (010000) names its whole branch: the code without its trailing 00 pairs is the prefix. */
export function categoryPrefix(code: string): string {
  return code.replace(/(00)+$/, '');
}

/**
 * The ticket filter for one person's queue and the narrowing they chose. The queue's own condition keeps a unit
 * user inside their subtree; a unitCode outside it is refused as GET /api/tickets refuses it.
 */
export function queueFilterFor(
  actor: Actor,
  view: QueueViewKey,
  filter: QueueFilter,
  directory: UnitDirectory,
  now: string,
): { filter: TicketQueueFilter; sort: QueueSort } {
  requireView(actor, view);
  const audience = audienceOf(actor.role);
  if (audience === 'unit' && !directory.get(actor.unitCode))
    throw new AppError('FORBIDDEN', '用户所属单位不存在');
  const subtree = audience === 'unit' ? directory.subtreeCodes(actor.unitCode) : [];
  const base = viewCondition(view, { audience, userId: actor.userId, unitCode: actor.unitCode, subtree });
  const also: Expression<SqlBool>[] = [];

  let flag = base.flag;
  if (filter.flag && base.flag && filter.flag !== base.flag) also.push(sql<SqlBool>`1 = 0`);
  else flag ??= filter.flag;

  let withinUnits: string[] | undefined;
  if (filter.unitCode) {
    if (!directory.get(filter.unitCode))
      throw new AppError('UNKNOWN_UNIT', `单位 ${filter.unitCode} 不存在`, { field: 'unitCode' });
    if (audience === 'unit' && !directory.isWithin(filter.unitCode, actor.unitCode))
      throw new AppError('FORBIDDEN', '只能查看本单位及下级单位的工单', { field: 'unitCode' });
    withinUnits = directory.subtreeCodes(filter.unitCode);
  }

  if (filter.assignee) {
    if (view !== 'toRevisit')
      throw new AppError('QUEUE_FILTER_NOT_APPLICABLE', '回访人员筛选（assignee）只用于待回访视图', {
        field: 'assignee',
      });
    also.push(filter.assignee === 'me' ? revisitAssignedTo(actor.userId ?? -1) : revisitUnassigned);
  }

  return {
    filter: {
      ...base,
      ...(flag ? { flag } : {}),
      ...(filter.categoryCode ? { categoryPrefix: categoryPrefix(filter.categoryCode) } : {}),
      ...(filter.district ? { districtCode: filter.district } : {}),
      ...(withinUnits ? { withinUnits } : {}),
      ...(filter.urgency ? { urgencies: filter.urgency } : {}),
      ...(filter.channel ? { channel: filter.channel } : {}),
      ...(filter.appealType ? { appealType: filter.appealType } : {}),
      ...(filter.receivedFrom ? { receivedFrom: filter.receivedFrom.toISOString() } : {}),
      ...(filter.receivedTo ? { receivedTo: filter.receivedTo.toISOString() } : {}),
      ...(filter.q ? { search: filter.q } : {}),
      ...(also.length ? { also } : {}),
      now,
    },
    sort: filter.sort ?? defaultSort(view, audience),
  };
}
