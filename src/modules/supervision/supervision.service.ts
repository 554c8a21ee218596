import type { Executor } from '../../db/executor.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { roleMayIssue } from '../../domain/access/roles.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError, isAppError } from '../../shared/errors.ts';
import {
  SUPERVISION_BULK_LIMIT,
  type SupervisionBoard,
  type SupervisionCell,
  type SupervisionBulkInput,
  type SupervisionBulkResult,
  type SupervisionCounts,
  type SupervisionTicketPage,
  type SupervisionTicketsQuery,
} from '../../contracts/supervision.schemas.ts';
import type { CategoriesService } from '../categories/index.ts';
import {
  createTicketQueueQueries,
  ticketSummaryOf,
  type TicketCommandsService,
  type TicketQueueFilter,
} from '../tickets/index.ts';
import type { UnitDirectory, UnitsService } from '../units/index.ts';
import {
  boardScope,
  categoryPrefix,
  type BoardScope,
  heldBy,
  measureSelection,
  scopeSelection,
  type TicketSelection,
} from './supervision-scope.ts';

const NEAREST_DEADLINE = { key: 'dueAt', direction: 'asc' } as const;

/**
 * The supervision board (督办看板): near-due, overdue and supervised tickets counted per unit and per level-1
 * category within the viewer's scope, the tickets behind each number, and 催办/督办 in bulk through the ticket
 * commands (their rules, scope and version), one ticket at a time.
 */
export function createSupervisionService(deps: {
  db: Executor;
  clock: Clock;
  units: Pick<UnitsService, 'directory'>;
  categories: Pick<CategoriesService, 'list'>;
  tickets: Pick<TicketCommandsService, 'execute'>;
}) {
  const queries = () => createTicketQueueQueries(deps.db);

  /** The three numbers of one selection: both cards in one pass, the supervised apart. */
  async function countsOf(base: TicketSelection, now: string): Promise<SupervisionCounts> {
    const [cards, supervised] = await Promise.all([
      queries().countCards({ ...base, now }),
      queries().count({ ...measureSelection(base, 'supervised'), now }),
    ]);
    return { dueSoon: cards.yellow, overdue: cards.red, supervised };
  }

  /** One cell's tickets, checked against the viewer's scope: a row must lie within the board's unit. */
  async function cellFilter(actor: Actor, cell: SupervisionCell): Promise<TicketQueueFilter> {
    const directory = await deps.units.directory();
    const scope = boardScope(actor, cell.scope, directory);
    let base = scopeSelection(scope, directory);
    if (cell.unitCode) {
      const row = boardScope(actor, cell.unitCode, directory).unit;
      if (!directory.isWithin(row.code, scope.unit.code))
        throw new AppError('FORBIDDEN', '该单位不在当前看板范围内', { field: 'unitCode' });
      base = heldBy(cell.own ? [row.code] : directory.subtreeCodes(row.code));
    }
    if (cell.categoryCode) base = { ...base, categoryPrefix: categoryPrefix(cell.categoryCode) };
    return { ...measureSelection(base, cell.measure), now: deps.clock.now().toISOString() };
  }

  /** The units from the viewer's top down to the scope's parent: the board's way back up. */
  function trailOf(scope: BoardScope, directory: UnitDirectory) {
    const trail: { code: string; name: string }[] = [];
    let at = scope.unit;
    while (at.code !== scope.top.code && at.parentCode) {
      const parent = directory.get(at.parentCode);
      if (!parent) break;
      trail.unshift({ code: parent.code, name: parent.name });
      at = parent;
    }
    return trail;
  }

  return {
    async board(actor: Actor, unitCode: string | undefined): Promise<SupervisionBoard> {
      const directory = await deps.units.directory();
      const scope = boardScope(actor, unitCode, directory);
      const now = deps.clock.now().toISOString();
      const base = scopeSelection(scope, directory);
      const children = directory.children(scope.unit.code).filter((unit) => unit.active);
      // 本级: what the unit holds itself; the city's root holds no assignment of its own.
      const rows = [
        ...(scope.wholeCity ? [] : [{ unit: scope.unit, own: true, selection: heldBy([scope.unit.code]) }]),
        ...children.map((unit) => ({
          unit,
          own: false,
          selection: heldBy(directory.subtreeCodes(unit.code)),
        })),
      ];
      const levelOne = (await deps.categories.list(actor, { includeRetired: false })).filter(
        (category) => category.level === 1,
      );
      const total = await countsOf(base, now);
      const units = [];
      for (const row of rows)
        units.push({
          unitCode: row.unit.code,
          unitName: row.unit.name,
          own: row.own,
          hasChildren: !row.own && directory.children(row.unit.code).length > 0,
          counts: await countsOf(row.selection, now),
        });
      const categories = [];
      for (const category of levelOne) {
        const counts = await countsOf({ ...base, categoryPrefix: categoryPrefix(category.code) }, now);
        // Categories without a late or supervised ticket say nothing on a board: left out.
        if (counts.dueSoon + counts.overdue + counts.supervised > 0)
          categories.push({ code: category.code, name: category.name, counts });
      }
      return {
        scope: { code: scope.unit.code, name: scope.unit.name, wholeCity: scope.wholeCity },
        trail: trailOf(scope, directory),
        total,
        units,
        categories,
        bulkActions: (['urge', 'supervise'] as const).filter((command) => roleMayIssue(actor.role, command)),
        countedAt: now,
      };
    },

    /** The tickets behind one number of the board, nearest deadline first, masked as every list. */
    async tickets(actor: Actor, query: SupervisionTicketsQuery): Promise<SupervisionTicketPage> {
      const filter = await cellFilter(actor, query);
      const { total, rows } = await queries().pageWithTotal(filter, NEAREST_DEADLINE, {
        offset: (query.page - 1) * query.pageSize,
        limit: query.pageSize,
      });
      const items = rows.map((row) => ticketSummaryOf(row, actor, filter.now));
      return { items, total, page: query.page, pageSize: query.pageSize };
    },

    /** 催办 or 督办 on each chosen ticket in its own transaction: one refused is reported, the others go on. */
    async bulk(actor: Actor, input: SupervisionBulkInput): Promise<SupervisionBulkResult> {
      if (!roleMayIssue(actor.role, input.action))
        throw new AppError('FORBIDDEN', input.action === 'urge' ? '当前角色不能催办' : '当前角色不能督办');
      let targets: { id: number; number: string }[];
      if (input.cell) {
        // Counted first: a cell beyond the cap is refused before any ticket is touched.
        const filter = await cellFilter(actor, input.cell);
        const total = await queries().count(filter);
        if (total > SUPERVISION_BULK_LIMIT)
          throw new AppError(
            'SUPERVISION_BULK_TOO_MANY',
            `该格有 ${total} 张工单，超过单次批量上限 ${SUPERVISION_BULK_LIMIT} 张，请逐页勾选或缩小范围`,
            { field: 'cell', total, limit: SUPERVISION_BULK_LIMIT },
          );
        targets = await queries().ids(filter, NEAREST_DEADLINE, SUPERVISION_BULK_LIMIT);
      } else {
        const rows = await queries().rowsInOrder([...new Set(input.ticketIds!)]);
        const known = new Map(rows.map((row) => [Number(row.id), row.number]));
        targets = [...new Set(input.ticketIds!)].map((id) => ({ id, number: known.get(id) ?? '' }));
      }
      const numbers = new Map(targets.map((target) => [target.id, target.number]));
      const ids = targets.map((target) => target.id);
      const result: SupervisionBulkResult = { done: [], refused: [] };
      for (const ticketId of ids) {
        const number = numbers.get(ticketId) ?? '';
        try {
          const command =
            input.action === 'urge'
              ? { type: 'urge' as const, note: input.note }
              : { type: 'supervise' as const, note: input.note ?? '' };
          await deps.tickets.execute(actor, ticketId, null, command);
          result.done.push({ ticketId, number });
        } catch (error) {
          result.refused.push({
            ticketId,
            number,
            code: isAppError(error) ? error.code : 'INTERNAL_ERROR',
            message: isAppError(error) ? error.message : '处理该工单时发生内部错误',
          });
        }
      }
      return result;
    },
  };
}

export type SupervisionService = ReturnType<typeof createSupervisionService>;
