import { isUniqueViolation } from '../../db/dialect.ts';
import type { Executor } from '../../db/executor.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { addCalendarDays, isLocalDate, startOfLocalDate } from '../../domain/time.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import { UPPER_EXCHANGE_ROLES } from '../../contracts/exchange.contract.ts';
import type { UpperExportQuery, UpperImportResult } from '../../contracts/exchange.schemas.ts';
import type { AuditRecorder } from '../audit/index.ts';
import type { CategoriesService } from '../categories/index.ts';
import type { DictionariesService } from '../dictionaries/index.ts';
import {
  ImportValidationError,
  rowError,
  TICKET_COLUMNS,
  type ImportSource,
  type RowError,
} from '../imports/index.ts';
import { recordUpperOrders, upperOrdersBetween, upperOrdersKnown } from '../lines/index.ts';
import {
  ticketNumberIn,
  type ImportProblem,
  type TicketImporter,
  type TicketQueriesService,
} from '../tickets/index.ts';
import type { UnitsService } from '../units/index.ts';
import { writeUpperFile, type UpperExportRow } from './upper-file.ts';
import { readUpperFile } from './upper-rows.ts';

/** Tickets in one export file: work from upper runs to hundreds a month, and each row reads a whole ticket. */
export const UPPER_EXPORT_LIMIT = 5_000;
const HEADER_ROW = 1;

function problemError(problem: ImportProblem): RowError {
  const header = TICKET_COLUMNS.find((column) => column.key === problem.field)?.header ?? problem.field;
  return rowError(problem.rowNumber, header, problem.code, `「${header}」：${problem.message}`);
}

function requireExchangeRole(actor: Actor): void {
  if (!UPPER_EXCHANGE_ROLES.includes(actor.role))
    throw new AppError('FORBIDDEN', '只有派单员、值班长和系统管理员可以导入或导出上级交办工单');
}

function dayOf(text: string, field: 'from' | 'to'): string {
  if (!isLocalDate(text)) throw new AppError('VALIDATION_FAILED', `「${field}」不是有效的日期`, { field });
  return text;
}

/**
 * 上级交办 (issue 12): the higher platform's tickets come in as a DESIGN §7 file with 上级工单编号 and go back
 * with their 办理结果. The import is the ticket import's (its row checks, its lifecycle, one transaction, nothing
 * written when any row is wrong); the 上级工单编号 are kept in line_orders under the line 'upper'.
 */
export function createExchangeService(deps: {
  db: Executor;
  clock: Clock;
  units: Pick<UnitsService, 'directory'>;
  categories: Pick<CategoriesService, 'tree'>;
  dictionaries: Pick<DictionariesService, 'resolver'>;
  ticketImporter: TicketImporter;
  ticketQueries: Pick<TicketQueriesService, 'getTicket'>;
  audit: AuditRecorder;
}) {
  async function importOnce(
    actor: Actor,
    source: ImportSource,
    fileName?: string,
  ): Promise<UpperImportResult> {
    const lookups = {
      units: await deps.units.directory(),
      categories: await deps.categories.tree(),
      dictionaries: await deps.dictionaries.resolver(),
    };
    const file = await readUpperFile(source, lookups, fileName);
    const known = await upperOrdersKnown(
      deps.db,
      [...file.upperByRow.values()].filter((n) => n !== ''),
    );
    // A row already taken is not read again: the platform may send a month's file with rows it sent before.
    const takenRows = new Set(
      [...file.upperByRow].filter(([, upperNumber]) => known.has(upperNumber)).map(([row]) => row),
    );
    const fileErrors = file.errors.filter((error) => error.row === HEADER_ROW || !takenRows.has(error.row));
    const fresh = file.rows.filter((row) => !known.has(row.upperNumber));
    const byStandIn = new Map(fresh.map((row) => [row.ticket.number, row]));
    let registered: UpperImportResult['tickets'] = [];
    const outcome = await deps.ticketImporter.importTickets(
      actor,
      fresh.map((row) => row.ticket),
      {
        dryRun: fileErrors.length > 0,
        invalidNumbers: file.invalidNumbers,
        renumber: true,
        beforeCommit: async (trx, done) => {
          const numbered = (done.numbered ?? []).map((n) => ({ ...n, row: byStandIn.get(n.provisional)! }));
          registered = numbered.map((n) => ({
            upperNumber: n.row.upperNumber,
            ticketId: n.ticketId,
            ticketNumber: n.number,
          }));
          await recordUpperOrders(
            trx,
            numbered.map((n) => ({
              orderNumber: n.row.upperNumber,
              ticketId: n.ticketId,
              ticketNumber: n.number,
              receivedAt: n.row.ticket.intake.receivedAt,
              createdBy: actor.userId ?? null,
            })),
            deps.clock.now(),
          );
          await deps.audit.record(trx, actor, {
            action: 'exchange.upperImported',
            targetType: 'import',
            details: { fileName: fileName ?? null, imported: done.imported, skipped: takenRows.size },
          });
        },
      },
    );
    const errors = [...fileErrors, ...outcome.problems.map(problemError)];
    if (errors.length > 0) throw new ImportValidationError(errors);
    return { imported: outcome.imported, skipped: takenRows.size, tickets: registered };
  }

  return {
    /** Imports an upper platform's file; 上级工单编号 already registered are skipped (a re-import is a no-op). */
    async importUpper(actor: Actor, source: ImportSource, fileName?: string): Promise<UpperImportResult> {
      requireExchangeRole(actor);
      try {
        return await importOnce(actor, source, fileName);
      } catch (error) {
        // The same file imported twice at once: the other import committed first, and this one now skips its rows.
        if (isUniqueViolation(error)) return importOnce(actor, source, fileName);
        throw error;
      }
    },

    /** The tickets from upper received in [from, to] with their 办理结果, as the DESIGN §7 file. */
    async exportUpper(actor: Actor, query: UpperExportQuery) {
      requireExchangeRole(actor);
      const from = dayOf(query.from, 'from');
      const to = dayOf(query.to, 'to');
      if (to < from) throw new AppError('VALIDATION_FAILED', '「to」不能早于「from」', { field: 'to' });
      const orders = await upperOrdersBetween(
        deps.db,
        startOfLocalDate(from).toISOString(),
        startOfLocalDate(addCalendarDays(to, 1)).toISOString(),
        UPPER_EXPORT_LIMIT,
      );
      if (orders.length > UPPER_EXPORT_LIMIT)
        throw new AppError(
          'EXPORT_TOO_LARGE',
          `该时段的上级交办工单超过单次导出上限 ${UPPER_EXPORT_LIMIT} 张，请缩短时段`,
          { limit: UPPER_EXPORT_LIMIT },
        );
      const rows: UpperExportRow[] = [];
      for (const order of orders) {
        const ticket = await deps.ticketQueries.getTicket(actor, Number(order.ticket_id));
        const mergedIntoNumber = ticket.mergedIntoId
          ? await ticketNumberIn(deps.db, ticket.mergedIntoId)
          : null;
        rows.push({ upperNumber: order.order_number, ticket, mergedIntoNumber });
      }
      await deps.audit.record(deps.db, actor, {
        action: 'exchange.upperExported',
        targetType: 'export',
        details: { from, to, rows: rows.length, format: query.format },
      });
      const directory = await deps.units.directory();
      const unitName = (code: string | null) => (code ? (directory.get(code)?.name ?? code) : '');
      return writeUpperFile(rows, unitName, query.format);
    },
  };
}

export type ExchangeService = ReturnType<typeof createExchangeService>;
