import type { Executor } from '../../db/executor.ts';
import { inTransaction } from '../../db/executor.ts';
import {
  computeDeadline,
  DEFAULT_COUNTING_RULE,
  subtractWorkingDays,
  type CountingRule,
} from '../../domain/calendar/deadline.ts';
import { formatTimeLimit, parseTimeLimit, type TimeLimit } from '../../domain/calendar/time-limit.ts';
import {
  createWorkingCalendar,
  type CalendarDay,
  type WorkingCalendar,
} from '../../domain/calendar/working-calendar.ts';
import { roleMayAdminister } from '../../domain/access/roles.ts';
import type { AssignmentDeadlines } from '../../domain/lifecycle/index.ts';
import type { Actor } from '../../domain/access/actor.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import type { AuditEntry, AuditRecorder } from '../audit/index.ts';
import { bundledCalendarDays } from './bundled-days.ts';
import { createCalendarRepository } from './calendar.repository.ts';
import {
  DEFAULT_POLICIES,
  policyFromRow,
  selectPolicy,
  type DeadlinePolicy,
  type PolicySubject,
} from './deadline-policy.ts';

export interface PolicyInput {
  appealType: string | null;
  categoryCode: string | null;
  urgency: string | null;
  acknowledgeLimit: string | null;
  feedbackLimit: string | null;
  completionLimit: string | null;
  counting: CountingRule;
  note: string | null;
}

// Edits made by another process reach this one within this time.
const CACHE_TTL_MS = 30_000;

export interface DeadlineRules {
  calendar: WorkingCalendar;
  /** The deadlines a new assignment gets under the policy that fits the ticket. */
  deadlinesFor(ticket: PolicySubject, from: Date): AssignmentDeadlines;
  yellowFrom(due: Date): Date;
}

export function createCalendarService(deps: { db: Executor; clock: Clock; audit: AuditRecorder }) {
  let cache: { calendar: WorkingCalendar; policies: DeadlinePolicy[]; loadedAt: number } | null = null;

  async function load() {
    if (cache && Date.now() - cache.loadedAt < CACHE_TTL_MS) return cache;
    const repository = createCalendarRepository(deps.db);
    const [days, rows] = await Promise.all([repository.listDays(), repository.listPolicies()]);
    cache = {
      calendar: createWorkingCalendar(days),
      policies: rows.map(policyFromRow),
      loadedAt: Date.now(),
    };
    return cache;
  }

  function requireAdmin(actor: Actor) {
    if (!roleMayAdminister(actor.role)) throw new AppError('FORBIDDEN', '只有系统管理员可以修改日历和时限');
  }

  /** A change to the calendar or the policies and its audit entry, in one transaction; the cache is dropped. */
  async function administer(
    actor: Actor,
    entry: AuditEntry,
    /** Returns the target's id when it is known only after the change (a new policy). */
    change: (repository: ReturnType<typeof createCalendarRepository>) => Promise<number | void>,
  ): Promise<void> {
    await inTransaction(deps.db, async (trx) => {
      const createdId = await change(createCalendarRepository(trx));
      await deps.audit.record(trx, actor, { ...entry, targetId: createdId ?? entry.targetId ?? null });
    });
    cache = null;
  }

  return {
    /** Loads the bundled 2020–2026 holidays and the default policy table into an empty database. */
    async seedDefaults(): Promise<{ days: number; policies: number }> {
      return inTransaction(deps.db, async (trx) => {
        const repository = createCalendarRepository(trx);
        const at = deps.clock.now().toISOString();
        let days = 0;
        let policies = 0;
        if ((await repository.countDays()) === 0) {
          for (const day of bundledCalendarDays()) await repository.upsertDay(day, at);
          days = bundledCalendarDays().length;
        }
        if ((await repository.listPolicies()).length === 0) {
          for (const policy of DEFAULT_POLICIES) await repository.insertPolicy(toRow(policy, at));
          policies = DEFAULT_POLICIES.length;
        }
        cache = null;
        return { days, policies };
      });
    },

    async calendar(): Promise<WorkingCalendar> {
      return (await load()).calendar;
    },

    listDays(fromDate?: string, toDate?: string): Promise<CalendarDay[]> {
      return createCalendarRepository(deps.db).listDays(fromDate, toDate);
    },

    async setDay(actor: Actor, day: CalendarDay): Promise<CalendarDay> {
      requireAdmin(actor);
      await administer(
        actor,
        { action: 'calendar.daySet', targetType: 'calendarDay', targetId: day.date, details: { ...day } },
        (repository) => repository.upsertDay(day, deps.clock.now().toISOString()),
      );
      return day;
    },

    async deleteDay(actor: Actor, date: string): Promise<void> {
      requireAdmin(actor);
      await administer(
        actor,
        { action: 'calendar.dayDeleted', targetType: 'calendarDay', targetId: date },
        async (repository) => {
          if (!(await repository.deleteDay(date))) {
            throw new AppError('CALENDAR_DAY_NOT_FOUND', `${date} 不在日历调整表中`, { field: 'date' });
          }
        },
      );
    },

    async listPolicies(): Promise<DeadlinePolicy[]> {
      return (await load()).policies;
    },

    async savePolicy(actor: Actor, input: PolicyInput, id?: number): Promise<DeadlinePolicy> {
      requireAdmin(actor);
      const row = toRow(
        {
          ...input,
          acknowledgeLimit: parseOptionalLimit(input.acknowledgeLimit, 'acknowledgeLimit'),
          feedbackLimit: parseOptionalLimit(input.feedbackLimit, 'feedbackLimit'),
          completionLimit: parseOptionalLimit(input.completionLimit, 'completionLimit'),
        },
        deps.clock.now().toISOString(),
      );
      let saved: DeadlinePolicy | undefined;
      await administer(
        actor,
        { action: 'policy.saved', targetType: 'policy', targetId: id ?? null, details: { ...input } },
        async (repository) => {
          let policyId = id;
          if (policyId === undefined) {
            policyId = await repository.insertPolicy(row);
          } else {
            if (!(await repository.findPolicy(policyId)))
              throw new AppError('POLICY_NOT_FOUND', `时限规则 ${policyId} 不存在`);
            await repository.updatePolicy(policyId, row);
          }
          saved = policyFromRow((await repository.findPolicy(policyId))!);
          return policyId;
        },
      );
      return saved!;
    },

    async deletePolicy(actor: Actor, id: number): Promise<void> {
      requireAdmin(actor);
      await administer(
        actor,
        { action: 'policy.deleted', targetType: 'policy', targetId: id },
        async (repository) => {
          if (!(await repository.deletePolicy(id))) {
            throw new AppError('POLICY_NOT_FOUND', `时限规则 ${id} 不存在`);
          }
        },
      );
    },

    /**
     * The calendar and policies as loaded now, with the deadline rules bound to them. Services take this
     * before opening a transaction, so no query runs on another connection while the transaction holds one.
     */
    async rules(): Promise<DeadlineRules> {
      const { calendar, policies } = await load();
      return {
        calendar,
        deadlinesFor(ticket, from) {
          const policy = selectPolicy(policies, ticket);
          const due = (limit: TimeLimit | null | undefined) =>
            limit ? computeDeadline(calendar, from, limit, policy?.counting ?? DEFAULT_COUNTING_RULE) : null;
          return {
            acknowledgeDue: due(policy?.acknowledgeLimit),
            feedbackDue: due(policy?.feedbackLimit),
            completionDue: due(policy?.completionLimit),
          };
        },
        // The yellow card shows from one working day before a deadline falls due.
        yellowFrom: (due) => subtractWorkingDays(calendar, due, 1),
      };
    },

    /** Deadline arithmetic for anyone to check against the State Council notices (CLI `hotline deadline`). */
    async computeDeadline(
      from: Date,
      limitText: string,
      rule: CountingRule = DEFAULT_COUNTING_RULE,
    ): Promise<Date> {
      return computeDeadline((await load()).calendar, from, parseTimeLimit(limitText), rule);
    },
  };
}

// The names the admin sees on the policy form: the message is shown on the field and names it.
const LIMIT_LABELS = {
  acknowledgeLimit: '签收时限',
  feedbackLimit: '反馈时限',
  completionLimit: '办结时限',
} as const;

function parseOptionalLimit(text: string | null, field: keyof typeof LIMIT_LABELS): TimeLimit | null {
  if (text === null || text === '') return null;
  try {
    return parseTimeLimit(text);
  } catch (error) {
    throw new AppError('VALIDATION_FAILED', `${LIMIT_LABELS[field]}：${(error as Error).message}`, { field });
  }
}

function toRow(policy: Omit<DeadlinePolicy, 'id'>, at: string) {
  const text = (limit: TimeLimit | null) => (limit ? formatTimeLimit(limit) : null);
  return {
    appeal_type: policy.appealType,
    category_code: policy.categoryCode,
    urgency: policy.urgency,
    acknowledge_limit: text(policy.acknowledgeLimit),
    feedback_limit: text(policy.feedbackLimit),
    completion_limit: text(policy.completionLimit),
    counting_start: policy.counting.start,
    counting_cutoff: policy.counting.cutoff,
    note: policy.note,
    updated_at: at,
  };
}

export type CalendarService = ReturnType<typeof createCalendarService>;
