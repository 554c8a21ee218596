import { roleMayAdminister } from '../../domain/access/roles.ts';
import type { Executor } from '../../db/executor.ts';
import type { Actor } from '../../domain/access/actor.ts';
import type { AuditRecorder } from '../audit/index.ts';
import { AppError } from '../../shared/errors.ts';
import type { CallsService } from '../calls/index.ts';
import type { KbService } from '../kb/index.ts';
import type { ImportProblem, TicketImporter } from '../tickets/index.ts';
import type { CategoriesService } from '../categories/index.ts';
import type { DictionariesService } from '../dictionaries/index.ts';
import type { UnitsService } from '../units/index.ts';
import { parseCallFile } from './call-rows.ts';
import { TICKET_COLUMNS } from './columns.ts';
import { parseKbFile } from './kb-rows.ts';
import { ImportValidationError, rowError } from './row-errors.ts';
import type { RowError } from './row-errors.ts';
import type { ImportSource } from './tabular.ts';
import { readTicketFile } from './ticket-rows.ts';

/** What an import did: rows written, and rows already stored before (a re-import skips them all). */
export interface ImportResult {
  imported: number;
  skipped: number;
}

function rowErrorOf(problem: ImportProblem): RowError {
  const header = TICKET_COLUMNS.find((column) => column.key === problem.field)?.header ?? problem.field;
  return rowError(problem.rowNumber, header, problem.code, `「${header}」：${problem.message}`);
}

/**
 * Imports of DESIGN §7 (tickets, calls, KB updates): every row is checked first, and a file with any invalid
 * row imports nothing and reports every error with its row and column.
 */
export function createImportsService(deps: {
  units: Pick<UnitsService, 'directory'>;
  categories: Pick<CategoriesService, 'tree'>;
  /** 来源渠道, 诉求类型, 紧急程度 and 满意度 with the city's aliases as they stand when the file is read */
  dictionaries: Pick<DictionariesService, 'resolver'>;
  ticketImporter: TicketImporter;
  calls: CallsService;
  kb: KbService;
  db: Executor;
  audit: AuditRecorder;
}) {
  const details = (fileName: string | undefined, result: ImportResult) => ({
    fileName: fileName ?? null,
    ...result,
  });

  function requireAdmin(actor: Actor): void {
    if (!roleMayAdminister(actor.role)) throw new AppError('FORBIDDEN', '只有系统管理员可以导入数据');
  }

  return {
    async importTickets(actor: Actor, source: ImportSource, fileName?: string): Promise<ImportResult> {
      requireAdmin(actor);
      const lookups = {
        units: await deps.units.directory(),
        categories: await deps.categories.tree(),
        dictionaries: await deps.dictionaries.resolver(),
      };
      const file = await readTicketFile(source, lookups, fileName);
      // The rows that passed are still run through the lifecycle, so that one answer lists every error.
      const outcome = await deps.ticketImporter.importTickets(actor, file.tickets, {
        dryRun: file.errors.length > 0,
        invalidNumbers: file.invalidNumbers,
        beforeCommit: (trx, done) =>
          deps.audit.record(trx, actor, {
            action: 'import.tickets',
            targetType: 'import',
            details: details(fileName, { imported: done.imported, skipped: done.skipped }),
          }),
      });
      const errors = [...file.errors, ...outcome.problems.map(rowErrorOf)];
      if (errors.length > 0) throw new ImportValidationError(errors);
      return { imported: outcome.imported, skipped: outcome.skipped };
    },

    async importCalls(actor: Actor, source: ImportSource, fileName?: string): Promise<ImportResult> {
      requireAdmin(actor);
      const result = await deps.calls.importCalls(await parseCallFile(source, fileName));
      // Recorded once the rows committed: the calls module writes them in a transaction of its own.
      await deps.audit.record(deps.db, actor, {
        action: 'import.calls',
        targetType: 'import',
        details: details(fileName, result),
      });
      return result;
    },

    async importKb(actor: Actor, source: ImportSource, fileName?: string): Promise<ImportResult> {
      requireAdmin(actor);
      const rows = await parseKbFile(source, await deps.units.directory(), fileName);
      const result = await deps.kb.importRevisions(rows);
      await deps.audit.record(deps.db, actor, {
        action: 'import.kb',
        targetType: 'import',
        details: details(fileName, result),
      });
      return result;
    },
  };
}

export type ImportsService = ReturnType<typeof createImportsService>;
