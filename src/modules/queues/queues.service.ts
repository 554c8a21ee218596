import type { Executor } from '../../db/executor.ts';
import { inTransaction } from '../../db/executor.ts';
import type { TicketRow } from '../../db/schema.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { roleMayIssue } from '../../domain/access/roles.ts';
import type { TicketCommand } from '../../domain/lifecycle/index.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError, isAppError } from '../../shared/errors.ts';
import {
  BULK_LIMIT,
  EXPORT_LIMIT,
  QUEUE_VIEW_LABELS,
  type BulkInput,
  type BulkResult,
  type QueueCounts,
  type QueueExportQuery,
  type QueueFilter,
  type QueueItem,
  type QueuePage,
  type QueueQuery,
  type QueueViewKey,
} from '../../contracts/queues.schemas.ts';
import type { AuditRecorder } from '../audit/index.ts';
import {
  createTicketQueueQueries,
  ticketSummaryOf,
  type TicketCommandsService,
  type TicketQueueFilter,
} from '../tickets/index.ts';
import type { UnitsService } from '../units/index.ts';
import type { UserDirectory } from '../users/index.ts';
import { writeQueueFile } from './queue-export.ts';
import { queueFilterFor, requireView } from './queue-filter.ts';
import { audienceOf, viewsOf } from './queue-views.ts';
import { createQueuesRepository } from './queues.repository.ts';

/** The command each bulk action issues, which the actor's role must be allowed (回访 assignment: 回访's roles). */
const BULK_COMMAND = { dispatch: 'dispatch', urge: 'urge', assignRevisit: 'revisit' } as const;

export function createQueuesService(deps: {
  db: Executor;
  clock: Clock;
  units: UnitsService;
  tickets: Pick<TicketCommandsService, 'execute'>;
  audit: AuditRecorder;
  users: UserDirectory;
}) {
  const now = () => deps.clock.now().toISOString();

  async function resolve(actor: Actor, view: QueueViewKey, filter: QueueFilter) {
    const directory = await deps.units.directory();
    return { directory, ...queueFilterFor(actor, view, filter, directory, now()) };
  }

  /** Rows as the actor sees them in a list: masked, with their own unit's deadline and the revisit assignee. */
  async function present(actor: Actor, view: QueueViewKey, rows: TicketRow[]): Promise<QueueItem[]> {
    const ids = rows.map((row) => Number(row.id));
    const unitDue =
      audienceOf(actor.role) === 'unit'
        ? await createTicketQueueQueries(deps.db).unitDeadlines(ids, [actor.unitCode])
        : new Map<number, string>();
    const assignees = view === 'toRevisit' ? await revisitAssignees(ids) : new Map();
    const at = now();
    return rows.map((row) => ({
      ...ticketSummaryOf(row, actor, at),
      unitDueAt: unitDue.get(Number(row.id)) ?? null,
      revisitAssignee: assignees.get(Number(row.id)) ?? null,
    }));
  }

  /** The reviewer assigned to each of these tickets, with the name shown in the queue. */
  async function revisitAssignees(ticketIds: readonly number[]) {
    const assigned = await createQueuesRepository(deps.db).revisitAssignees(ticketIds);
    const accounts = await deps.users.accounts(deps.db, assigned.values());
    const named = new Map<number, { userId: number; name: string }>();
    for (const [ticketId, userId] of assigned)
      named.set(ticketId, { userId, name: accounts.get(userId)?.displayName ?? `#${userId}` });
    return named;
  }

  /** Counts first: a selection beyond the cap is refused before any row is read. */
  async function capped(filter: TicketQueueFilter, limit: number, tooMany: (total: number) => AppError) {
    const total = await createTicketQueueQueries(deps.db).count(filter);
    if (total > limit) throw tooMany(total);
    return total;
  }

  async function assignRevisit(actor: Actor, ticketId: number, assigneeUserId: number): Promise<void> {
    await inTransaction(deps.db, async (trx) => {
      const [row] = await createTicketQueueQueries(trx).rowsInOrder([ticketId]);
      if (!row) throw new AppError('TICKET_NOT_FOUND', `工单 ${ticketId} 不存在`, { ticketId });
      if (row.state !== 'pendingRevisit')
        throw new AppError('REVISIT_NOT_PENDING', `工单 ${row.number} 不在待回访状态`, { ticketId });
      await createQueuesRepository(trx).assignRevisit({
        ticket_id: ticketId,
        assignee_user_id: assigneeUserId,
        assigned_by: actor.userId,
        assigned_at: now(),
      });
    });
  }

  async function checkAssignee(userId: number): Promise<void> {
    const user = (await deps.users.accounts(deps.db, [userId])).get(userId);
    if (!user || !user.active || !roleMayIssue(user.role as Actor['role'], 'revisit'))
      throw new AppError('REVISIT_ASSIGNEE_INVALID', `用户 ${userId} 不存在、已停用或不是回访人员`, {
        field: 'params.assigneeUserId',
      });
  }

  return {
    /** The queues of the actor's role, each with its number of tickets in the actor's scope. */
    async counts(actor: Actor): Promise<QueueCounts> {
      const directory = await deps.units.directory();
      const queries = createTicketQueueQueries(deps.db);
      const at = now();
      const keys = viewsOf(actor.role);
      const filters = new Map(keys.map((key) => [key, queueFilterFor(actor, key, {}, directory, at).filter]));
      const counted = new Map<QueueViewKey, number>();
      // The two card queues differ only by their card: counted in one pass.
      const yellow = filters.get('dueSoon');
      const red = filters.get('overdue');
      if (yellow && red && sameApartFromFlag(yellow, red)) {
        const { flag: _flag, ...both } = red;
        const cards = await queries.countCards(both);
        counted.set('dueSoon', cards.yellow).set('overdue', cards.red);
      }
      const views = [];
      for (const key of keys)
        views.push({
          key,
          label: QUEUE_VIEW_LABELS[key],
          count: counted.get(key) ?? (await queries.count(filters.get(key)!)),
        });
      return { views };
    },

    async list(actor: Actor, view: QueueViewKey, query: QueueQuery): Promise<QueuePage> {
      const { page, pageSize, ...narrowing } = query;
      const { filter, sort } = await resolve(actor, view, narrowing);
      const { total, rows } = await createTicketQueueQueries(deps.db).pageWithTotal(filter, sort, {
        offset: (page - 1) * pageSize,
        limit: pageSize,
      });
      return { items: await present(actor, view, rows), total, page, pageSize };
    },

    /** The queue as CSV or XLSX, masked as the list; every export is audited. */
    async exportView(actor: Actor, view: QueueViewKey, query: QueueExportQuery) {
      const { format, ...narrowing } = query;
      const { filter, sort, directory } = await resolve(actor, view, narrowing);
      const total = await capped(
        filter,
        EXPORT_LIMIT,
        (n) =>
          new AppError(
            'EXPORT_TOO_LARGE',
            `符合条件的工单有 ${n} 张，超过单次导出上限 ${EXPORT_LIMIT} 张，请缩小筛选范围`,
            { total: n, limit: EXPORT_LIMIT },
          ),
      );
      const rows = await createTicketQueueQueries(deps.db).page(filter, sort, { offset: 0, limit: total });
      const items = await present(actor, view, rows);
      await deps.audit.record(deps.db, actor, {
        action: 'queue.exported',
        targetType: 'queue',
        targetId: view,
        details: { rows: items.length, format },
      });
      const unitName = (code: string | null) => (code ? (directory.get(code)?.name ?? code) : '');
      return writeQueueFile(QUEUE_VIEW_LABELS[view], items, unitName, format);
    },

    /**
     * One action on many tickets, each in its own transaction through the ticket commands (their rules, scope
     * and optimistic version): a ticket refused is reported and the others go on.
     */
    async bulk(actor: Actor, view: QueueViewKey, input: BulkInput): Promise<BulkResult> {
      if (!roleMayIssue(actor.role, BULK_COMMAND[input.action]))
        throw new AppError('FORBIDDEN', '当前角色不能执行此批量操作', { action: input.action });
      requireView(actor, view);
      const { params } = input;
      if (input.action === 'assignRevisit') await checkAssignee(params.assigneeUserId!);
      let targets: { id: number; number: string }[];
      if (input.filter) {
        const { filter, sort } = await resolve(actor, view, input.filter);
        await capped(
          filter,
          BULK_LIMIT,
          (n) =>
            new AppError(
              'BULK_TOO_MANY',
              `符合条件的工单有 ${n} 张，超过单次批量操作上限 ${BULK_LIMIT} 张，请缩小筛选范围`,
              { field: 'filter', total: n, limit: BULK_LIMIT },
            ),
        );
        targets = await createTicketQueueQueries(deps.db).ids(filter, sort, BULK_LIMIT);
      } else {
        const ids = [...new Set(input.ticketIds!)];
        const rows = await createTicketQueueQueries(deps.db).rowsInOrder(ids);
        const numbers = new Map(rows.map((row) => [Number(row.id), row.number]));
        targets = ids.map((id) => ({ id, number: numbers.get(id) ?? '' }));
      }
      const result: BulkResult = { succeeded: [], failed: [] };
      for (const target of targets) {
        try {
          if (input.action === 'assignRevisit') await assignRevisit(actor, target.id, params.assigneeUserId!);
          else await deps.tickets.execute(actor, target.id, null, commandOf(input));
          result.succeeded.push(target.id);
        } catch (error) {
          result.failed.push({
            ticketId: target.id,
            number: target.number,
            code: isAppError(error) ? error.code : 'INTERNAL_ERROR',
            message: isAppError(error) ? error.message : '处理该工单时发生内部错误',
          });
        }
      }
      return result;
    },
  };
}

/** Two queue filters that select the same tickets but for their card (yellow or red). */
function sameApartFromFlag(a: TicketQueueFilter, b: TicketQueueFilter): boolean {
  const rest = ({ flag: _flag, also, ...others }: TicketQueueFilter) =>
    also ? null : JSON.stringify(others);
  return rest(a) !== null && rest(a) === rest(b);
}

function commandOf(input: BulkInput): TicketCommand {
  const { params } = input;
  if (input.action === 'dispatch')
    return {
      type: 'dispatch',
      leadUnitCode: params.leadUnitCode!,
      supportUnitCodes: params.supportUnitCodes,
      note: params.note,
    };
  return { type: 'urge', note: params.note };
}

export type QueuesService = ReturnType<typeof createQueuesService>;
