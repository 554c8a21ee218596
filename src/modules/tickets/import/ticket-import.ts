import { isUniqueViolation } from '../../../db/dialect.ts';
import type { Executor } from '../../../db/executor.ts';
import { inTransaction } from '../../../db/executor.ts';
import type { Actor } from '../../../domain/access/actor.ts';
import type { Clock } from '../../../shared/clock.ts';
import type { CalendarService } from '../../calendar/index.ts';
import type { UnitsService } from '../../units/index.ts';
import { runSteps, stepsOf } from './ticket-import-history.ts';
import { numbersInMerges, planMerges, type StoredTicket } from './ticket-import-merges.ts';
import type {
  Environment,
  History,
  ImportedTicket,
  ImportProblem,
  RenumberedTicket,
  RollupBuffer,
  TicketImportOutcome,
} from './ticket-import-types.ts';
import { ticketNumberOf } from '../ticket-number.ts';
import { chunks, createHistoryWriter } from './ticket-import-writer.ts';

export type {
  ImportedDispatch,
  ImportedHandling,
  ImportedTicket,
  ImportProblem,
  RenumberedTicket,
  RollupBuffer,
  TicketImportOutcome,
} from './ticket-import-types.ts';

interface ImportOptions {
  /** check only (the file has other errors already): nothing is written */
  dryRun?: boolean;
  /** numbers of the file's rows that failed validation: a duplicate naming one is not reported again */
  invalidNumbers?: ReadonlySet<string>;
  /** runs in the import's transaction once every row is written: the audit entry commits with the rows */
  beforeCommit?: (trx: Executor, outcome: TicketImportOutcome) => Promise<void>;
  /**
   * The records' numbers are stand-ins (work handed down by a higher platform has no number of the hotline's
   * own): each written ticket is numbered as the intake numbers it, and `outcome.numbered` says how.
   */
  renumber?: boolean;
}

/** Tickets built and written together; the rows of one INSERT stay well under SQLite's 32,766 parameters. */
const TICKETS_PER_CHUNK = 250;
const NUMBERS_PER_LOOKUP = 500;

async function findStored(db: Executor, numbers: readonly string[]): Promise<Map<string, StoredTicket>> {
  const unique = [...new Set(numbers)];
  const stored = new Map<string, StoredTicket>();
  for (const chunk of chunks(unique, NUMBERS_PER_LOOKUP)) {
    const rows = await db
      .selectFrom('tickets')
      .select(['id', 'number', 'state'])
      .where('number', 'in', chunk)
      .execute();
    for (const row of rows) stored.set(row.number, { id: Number(row.id), state: row.state });
  }
  return stored;
}

/** Numbers the written tickets as the intake does; their stand-in numbers are unique to this import. */
async function renumber(db: Executor, records: readonly ImportedTicket[]): Promise<RenumberedTicket[]> {
  const out: RenumberedTicket[] = [];
  const byNumber = new Map(records.map((record) => [record.number, record]));
  for (const chunk of chunks([...byNumber.keys()], NUMBERS_PER_LOOKUP)) {
    const rows = await db
      .selectFrom('tickets')
      .select(['id', 'number'])
      .where('number', 'in', chunk)
      .execute();
    for (const row of rows) {
      const record = byNumber.get(row.number)!;
      const number = ticketNumberOf(record.intake.receivedAt, Number(row.id));
      await db.updateTable('tickets').set({ number }).where('id', '=', row.id).execute();
      out.push({ provisional: record.number, ticketId: Number(row.id), number });
    }
  }
  return out;
}

/** Lifecycle refusals found after some chunks were written: thrown so that the transaction rolls back. */
class ImportRefused extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super('import refused');
  }
}

/**
 * Imports legacy tickets (DESIGN §7): each row's history is built with the lifecycle's own rules and written,
 * with everything the live path writes, in one transaction. Tickets already stored (by 工单编号) are skipped.
 */
export function createTicketImporter(deps: {
  db: Executor;
  clock: Clock;
  units: UnitsService;
  calendar: CalendarService;
  /** A fresh rollup buffer for each import. */
  rollupBuffer: () => RollupBuffer;
}) {
  async function importTickets(
    actor: Actor,
    records: readonly ImportedTicket[],
    options: ImportOptions = {},
  ): Promise<TicketImportOutcome> {
    const env: Environment = { directory: await deps.units.directory(), rules: await deps.calendar.rules() };
    try {
      return await attempt(actor, records, options, env);
    } catch (error) {
      // Another import of the same rows committed first: this attempt rolled back, and the next skips them.
      if (isUniqueViolation(error)) return attempt(actor, records, options, env);
      throw error;
    }
  }

  async function attempt(
    actor: Actor,
    records: readonly ImportedTicket[],
    options: ImportOptions,
    env: Environment,
  ): Promise<TicketImportOutcome> {
    let skipped = 0;
    try {
      return await inTransaction(deps.db, async (trx) => {
        const targets = records.flatMap((r) => (r.handling.mode === 'merge' ? r.handling.targetNumbers : []));
        const stored = await findStored(trx, [...records.map((r) => r.number), ...targets]);
        const fresh = records.filter((record) => !stored.has(record.number));
        skipped = records.length - fresh.length;
        const provisionalId = new Map(fresh.map((record, index) => [record.number, -(index + 1)]));
        const isKnown = (n: string) =>
          stored.has(n) || provisionalId.has(n) || !!options.invalidNumbers?.has(n);
        const inMerges = numbersInMerges(fresh, isKnown);
        const problems: ImportProblem[] = [];
        const writer = options.dryRun
          ? null
          : createHistoryWriter(trx, actor, env, deps.rollupBuffer(), deps.clock.now());
        const write = async (histories: History[]) => {
          if (writer && problems.length === 0) await writer.write(histories);
        };
        // Tickets on their own are built and written a chunk at a time: a large file never sits in memory whole.
        for (const chunk of chunks(
          fresh.filter((record) => !inMerges.has(record.number)),
          TICKETS_PER_CHUNK,
        )) {
          const histories: History[] = [];
          for (const record of chunk) {
            const built = runSteps(
              record,
              provisionalId.get(record.number)!,
              stepsOf(record, 0),
              env,
              undefined,
            );
            if (built.ok) histories.push(built.history);
            else problems.push(built.problem);
          }
          await write(histories);
          // better-sqlite3 runs every statement synchronously: without a pause between chunks a long import
          // would hold the event loop for its whole transaction, and /api/health with it.
          await new Promise((resolve) => setImmediate(resolve));
        }
        const merges = planMerges(
          fresh.filter((r) => inMerges.has(r.number)),
          provisionalId,
          stored,
          env,
          isKnown,
        );
        problems.push(...merges.problems);
        await write(merges.histories);
        if (problems.length > 0) throw new ImportRefused(problems);
        await writer?.finish(merges.storedNotes);
        const numbered = writer && options.renumber ? await renumber(trx, fresh) : undefined;
        const outcome = {
          imported: options.dryRun ? 0 : fresh.length,
          skipped,
          problems: [],
          ...(numbered ? { numbered } : {}),
        };
        if (!options.dryRun) await options.beforeCommit?.(trx, outcome);
        return outcome;
      });
    } catch (error) {
      if (error instanceof ImportRefused) return { imported: 0, skipped, problems: error.problems };
      throw error;
    }
  }
  return { importTickets };
}

export type TicketImporter = ReturnType<typeof createTicketImporter>;
