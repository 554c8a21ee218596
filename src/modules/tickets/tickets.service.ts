import type { Transaction } from 'kysely';
import type { Executor } from '../../db/executor.ts';
import { inTransaction } from '../../db/executor.ts';
import { isUniqueViolation, toIso } from '../../db/dialect.ts';
import type { Database } from '../../db/schema.ts';
import { createHash } from 'node:crypto';
import { roleMayIssue, roleMayRecordLateEntry, roleMayRegister } from '../../domain/access/roles.ts';
import { ruleOnReceivedAt } from '../../domain/lifecycle/intake-time.ts';
import { canonicalJson } from '../../shared/canonical-json.ts';
import type { AuditRecorder } from '../audit/index.ts';
import {
  decide,
  evolve,
  initialTicket,
  type DecisionContext,
  type Ticket,
  type TicketCommand,
  type TicketEvent,
  type TicketState,
} from '../../domain/lifecycle/index.ts';
import { ticketNumberOf } from './ticket-number.ts';
import type { Actor } from '../../domain/access/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import type { CalendarService, DeadlineRules } from '../calendar/index.ts';
import type { CategoriesService } from '../categories/index.ts';
import type { UnitDirectory, UnitsService } from '../units/index.ts';
import { deadlineChangesOf } from './deadline-changes.ts';
import type { IntakeInput, TicketDetail } from '../../contracts/tickets.schemas.ts';
import type { TicketQueriesService } from './tickets.queries.ts';
import { createTicketsRepository } from './tickets.repository.ts';
import { dueColumns, ticketColumns } from './ticket-mapper.ts';
import { isInScope } from './ticket-scope.ts';
import { recordDuplicateOnTarget } from './duplicate-merge.ts';

/**
 * An Idempotency-Key belongs to whoever sent it: stored as a digest of the sender and the key, with a digest of
 * the request, so that one user's key never answers another's appeal and a reused key with another body is
 * refused rather than answered with the wrong ticket.
 */
interface ScopedKey {
  key: string;
  request: string;
}

function scopedKey(actor: Actor, key: string, input: IntakeInput): ScopedKey {
  const sha = (text: string) => createHash('sha256').update(text).digest('hex');
  return {
    key: sha(`${actor.userId ?? actor.username}\n${key}`),
    request: sha(canonicalJson(input)),
  };
}

interface Environment {
  directory: UnitDirectory;
  rules: DeadlineRules;
}

export interface KbAnswerRecorder {
  /** Refuses (400, field articleNumbers) an article that does not exist or is not live. */
  recordAnswers(db: Executor, ticketId: number, articleNumbers: readonly string[], at: Date): Promise<void>;
}

export interface IntakeResult {
  ticketId: number;
  number: string;
  version: number;
  state: TicketState;
  /** false when the idempotency key named a ticket registered before: nothing new was written. */
  created: boolean;
}

/** Called inside the transaction of every change, with the ticket before and after (the rollups listen). */
export type TicketChangeListener = (
  trx: Transaction<Database>,
  change: { before: Ticket | null; after: Ticket; channel: string; directory: UnitDirectory },
) => Promise<void>;

/** A change as told after its transaction committed (live updates): no caller data, only what to refetch. */
export interface CommittedTicketChange {
  id: number;
  number: string;
  state: TicketState;
  version: number;
  /** Every unit the ticket was ever assigned to: who may see it (ticket-scope.ts). */
  unitCodes: string[];
  at: Date;
}

export function createTicketCommandsService(deps: {
  db: Executor;
  clock: Clock;
  units: UnitsService;
  calendar: CalendarService;
  /** Finds the code-list node an intake names (code, path or unique name) */
  categories: Pick<CategoriesService, 'resolveForIntake'>;
  /** Records which 知识库 articles a direct answer came from, in the answer's transaction */
  kbAnswers: KbAnswerRecorder;
  audit: AuditRecorder;
  /** How a command's answer shows the ticket to its actor */
  views: Pick<TicketQueriesService, 'detailIn'>;
  onTicketChanged?: TicketChangeListener;
  /** Called after the commit, never inside the transaction; a listener that throws does not fail the command. */
  onTicketCommitted?: (change: CommittedTicketChange) => void;
}) {
  const notify: TicketChangeListener = deps.onTicketChanged ?? (async () => {});
  const announce = (changes: readonly CommittedTicketChange[]) => {
    for (const change of changes) {
      try {
        deps.onTicketCommitted?.(change);
      } catch {
        // The command has committed; a missed live update only delays a refresh.
      }
    }
  };
  /** Registers an appeal (受理); a retried request with the same key returns the first ticket. */
  async function intake(
    actor: Actor,
    input: IntakeInput,
    idempotencyKey: string | null = null,
  ): Promise<IntakeResult> {
    if (!roleMayRegister(actor.role)) throw new AppError('FORBIDDEN', '当前角色不能受理诉求');
    const now = deps.clock.now();
    const late = checkReceivedAt(actor, input.receivedAt, now);
    const key = idempotencyKey ? scopedKey(actor, idempotencyKey, input) : null;
    const earlier = () => registeredWithKey(key);
    if (key) {
      const existing = await earlier();
      if (existing) return existing;
    }
    const env = await environment();
    const category = await deps.categories.resolveForIntake(input.category);
    if (input.districtCode) {
      const district = env.directory.get(input.districtCode);
      if (!district || (district.kind !== 'district' && district.kind !== 'zone')) {
        throw new AppError('UNKNOWN_UNIT', `所属区县 ${input.districtCode} 不存在`, {
          field: 'districtCode',
        });
      }
    }
    try {
      const registered = await inTransaction(deps.db, async (trx) => {
        const result = await insertTicket(trx, env, actor, input, category, key, now);
        if (late) {
          await deps.audit.record(trx, actor, {
            action: 'ticket.lateEntry',
            targetType: 'ticket',
            targetId: result.ticketId,
            details: { number: result.number, receivedAt: input.receivedAt!.toISOString() },
          });
        }
        return result;
      });
      const { ticketId: id, number, state, version } = registered;
      announce([{ id, number, state, version, unitCodes: [], at: now }]);
      return registered;
    } catch (error) {
      // Two retries racing with one key: the loser's insert hits the unique index; answer with the winner.
      if (key && isUniqueViolation(error)) {
        const existing = await earlier();
        if (existing) return existing;
      }
      throw error;
    }
  }

  /** Whether the receipt time is the live one (false), a late entry to audit (true), or refused. */
  function checkReceivedAt(actor: Actor, receivedAt: Date | undefined, now: Date): boolean {
    if (!receivedAt) return false;
    const ruling = ruleOnReceivedAt(receivedAt, now, roleMayRecordLateEntry(actor.role));
    if (!ruling.ok) throw new AppError('RECEIVED_AT_NOT_ALLOWED', ruling.message, { field: 'receivedAt' });
    return ruling.late;
  }

  async function registeredWithKey(key: ScopedKey | null): Promise<IntakeResult | undefined> {
    const row = key ? await createTicketsRepository(deps.db).findByIdempotencyKey(key.key) : undefined;
    if (!row) return undefined;
    if (row.idempotency_digest !== null && row.idempotency_digest !== key!.request) {
      throw new AppError('IDEMPOTENCY_KEY_REUSED', '该 Idempotency-Key 已用于另一份不同的受理请求', {
        field: 'idempotency-key',
        ticketNumber: row.number,
      });
    }
    return {
      ticketId: Number(row.id),
      number: row.number,
      version: row.version,
      state: row.state as TicketState,
      created: false,
    };
  }

  /**
   * The new ticket is built in memory (registration plus any disposition settled during the call) and
   * written once, with its events, so that most appeals cost a single short transaction.
   */
  async function insertTicket(
    trx: Transaction<Database>,
    env: Environment,
    actor: Actor,
    input: IntakeInput,
    category: { code: string; path: string },
    key: ScopedKey | null,
    now: Date,
  ): Promise<IntakeResult> {
    const receivedAt = input.receivedAt ?? now;
    const { disposition, ...facts } = input;
    const registered = initialTicket(0, {
      ...facts,
      category: category.path,
      categoryCode: category.code,
      receivedAt,
    });
    let events: TicketEvent[] = [];
    if (disposition) {
      if (!roleMayIssue(actor.role, disposition.type)) {
        throw new AppError('FORBIDDEN', '当前角色不能执行此操作', {
          command: disposition.type,
          role: actor.role,
        });
      }
      const decision = decide(registered, disposition, {
        now,
        deadlinesFor: () => ({ acknowledgeDue: null, feedbackDue: null, completionDue: null }),
        isBelow: () => false,
      });
      if (!decision.ok)
        throw new AppError(decision.error.code, decision.error.message, decision.error.details);
      events = decision.events.map((body) => ({ ...body, at: now }));
    }
    const ticket = evolve(registered, events);
    const repository = createTicketsRepository(trx);
    const { id: ticketId, number } = await repository.insertTicket(
      {
        idempotency_key: key?.key ?? null,
        idempotency_digest: key?.request ?? null,
        channel: input.channel,
        appeal_type: input.appealType,
        category: category.path,
        category_code: category.code,
        urgency: input.urgency,
        confidential: input.confidential ? 1 : 0,
        revisit_consent: input.revisitConsent ? 1 : 0,
        title: input.title,
        content: input.content,
        caller_name: input.callerName,
        caller_phone: input.callerPhone,
        address: input.address,
        district_code: input.districtCode,
        received_at: toIso(receivedAt),
        registered_by: actor.userId,
        ...ticketColumns(ticket),
        ...dueColumns(env.rules.yellowFrom, ticket),
        created_at: toIso(now),
        updated_at: toIso(now),
      },
      (id) => ticketNumberOf(receivedAt, id),
    );
    const registration = {
      type: 'registered',
      at: receivedAt,
      ...facts,
      category: category.path,
      categoryCode: category.code,
    } as unknown as TicketEvent;
    await repository.insertEvents(
      ticketId,
      1,
      [registration, ...events].map((event) => ({
        event,
        actorUserId: actor.userId,
        actorUnitCode: actor.unitCode,
      })),
    );
    await notify(trx, {
      before: null,
      after: { ...ticket, id: ticketId },
      channel: input.channel,
      directory: env.directory,
    });
    if (disposition?.type === 'directAnswer' && disposition.articleNumbers?.length)
      await deps.kbAnswers.recordAnswers(trx, ticketId, disposition.articleNumbers, now);
    return { ticketId, number, version: ticket.version, state: ticket.state, created: true };
  }

  /** Runs one lifecycle command on a ticket: check, decide, apply, and store state and events together. */
  async function execute(
    actor: Actor,
    ticketId: number,
    expectedVersion: number | null,
    command: TicketCommand,
  ): Promise<Ticket> {
    const env = await environment();
    const committed: CommittedTicketChange[] = [];
    const after = await inTransaction(deps.db, (trx) =>
      executeIn(trx, env, actor, ticketId, expectedVersion, command, committed),
    );
    announce(committed);
    return after;
  }

  /**
   * Runs one command and answers with the ticket as the actor now sees it, read in the command's own
   * transaction: the answer is the state this command wrote, never a later one.
   */
  async function perform(
    actor: Actor,
    ticketId: number,
    expectedVersion: number | null,
    command: TicketCommand,
  ): Promise<TicketDetail> {
    const env = await environment();
    const committed: CommittedTicketChange[] = [];
    const detail = await inTransaction(deps.db, async (trx) => {
      await executeIn(trx, env, actor, ticketId, expectedVersion, command, committed);
      return deps.views.detailIn(trx, actor, ticketId);
    });
    announce(committed);
    return detail;
  }

  /** Loaded before a transaction opens: the org tree and the deadline rules come from their caches. */
  async function environment(): Promise<Environment> {
    return { directory: await deps.units.directory(), rules: await deps.calendar.rules() };
  }

  async function executeIn(
    trx: Transaction<Database>,
    env: Environment,
    actor: Actor,
    ticketId: number,
    expectedVersion: number | null,
    command: TicketCommand,
    committed: CommittedTicketChange[] = [],
  ): Promise<Ticket> {
    if (!roleMayIssue(actor.role, command.type)) {
      throw new AppError('FORBIDDEN', '当前角色不能执行此操作', { command: command.type, role: actor.role });
    }
    const repository = createTicketsRepository(trx);
    const loaded = await repository.loadTicket(ticketId);
    if (!loaded) throw new AppError('TICKET_NOT_FOUND', `工单 ${ticketId} 不存在`, { ticketId });
    if (!isInScope(loaded.ticket, actor, env.directory)) {
      throw new AppError('TICKET_OUT_OF_SCOPE', '该工单不属于本单位', { ticketId });
    }
    const before = loaded.ticket;
    if (expectedVersion !== null && expectedVersion !== before.version) {
      throw new AppError('VERSION_CONFLICT', '工单已被他人修改，请刷新后重试', {
        expectedVersion,
        currentVersion: before.version,
      });
    }
    checkUnits(env.directory, command);
    const context = await decisionContext(trx, env, before, command);
    const decision = decide(before, command, context);
    if (!decision.ok) throw new AppError(decision.error.code, decision.error.message, decision.error.details);
    const events: TicketEvent[] = decision.events.map((body) => ({ ...body, at: context.now }));
    const after = evolve(before, events);
    const saved = await repository.saveChanges({
      before,
      after,
      events: events.map((event) => ({ event, actorUserId: actor.userId, actorUnitCode: actor.unitCode })),
      deadlines: deadlineChangesOf(before, events),
      extra: dueColumns(env.rules.yellowFrom, after),
      at: context.now,
    });
    if (!saved) {
      throw new AppError('VERSION_CONFLICT', '工单已被他人修改，请刷新后重试', {
        currentVersion: before.version + 1,
      });
    }
    await notify(trx, { before, after, channel: loaded.row.channel, directory: env.directory });
    committed.push({
      id: ticketId,
      number: loaded.row.number,
      state: after.state,
      version: after.version,
      unitCodes: [...new Set(after.assignments.map((a) => a.unitCode))],
      at: context.now,
    });
    if (command.type === 'directAnswer' && command.articleNumbers?.length)
      await deps.kbAnswers.recordAnswers(trx, ticketId, command.articleNumbers, context.now);
    if (command.type === 'merge')
      await recordDuplicateOnTarget(trx, {
        targetId: command.intoTicketId,
        duplicateId: ticketId,
        at: context.now,
        savedAt: context.now,
        actor,
        yellowFrom: env.rules.yellowFrom,
      });
    return after;
  }

  function checkUnits(directory: UnitDirectory, command: TicketCommand): void {
    const requireUnit = (code: string, field: string) => {
      const unit = directory.get(code);
      if (!unit || !unit.active || unit.parentCode === null) {
        throw new AppError('UNKNOWN_UNIT', `承办单位 ${code} 不存在或已停用`, { field, unitCode: code });
      }
    };
    if (command.type === 'dispatch') {
      requireUnit(command.leadUnitCode, 'leadUnitCode');
      command.supportUnitCodes.forEach((code, index) => requireUnit(code, `supportUnitCodes.${index}`));
    }
    if (command.type === 'subDispatch') requireUnit(command.childUnitCode, 'childUnitCode');
  }

  async function decisionContext(
    trx: Transaction<Database>,
    env: Environment,
    ticket: Ticket,
    command: TicketCommand,
  ): Promise<DecisionContext> {
    const now = deps.clock.now();
    const ticketFacts = {
      appealType: ticket.appealType,
      categoryCode: ticket.categoryCode,
      urgency: ticket.urgency,
    };
    // Computed only by commands that create assignments, and once for all the assignments of one command.
    let deadlines: ReturnType<DeadlineRules['deadlinesFor']> | undefined;
    let mergeTargetState: string | undefined;
    if (command.type === 'merge') {
      mergeTargetState = (await createTicketsRepository(trx).findRow(command.intoTicketId))?.state;
    }
    return {
      now,
      // Every new assignment of one command starts at `now`, so one policy lookup serves them all.
      deadlinesFor: () => (deadlines ??= env.rules.deadlinesFor(ticketFacts, now)),
      isBelow: (child, parent) => env.directory.isStrictlyBelow(child, parent),
      ...(mergeTargetState ? { mergeTargetState } : {}),
    };
  }

  return { intake, execute, perform };
}

export type TicketCommandsService = ReturnType<typeof createTicketCommandsService>;
