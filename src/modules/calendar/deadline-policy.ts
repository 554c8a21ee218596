import type { CountingRule } from '../../domain/calendar/deadline.ts';
import { parseTimeLimit, type TimeLimit } from '../../domain/calendar/time-limit.ts';
import type { DeadlinePolicyRow } from '../../db/schema.ts';

/** One row of the deadline policy table (DESIGN §5): limits for 签收, 反馈 and 办结, and how days are counted. */
export interface DeadlinePolicy {
  id: number;
  appealType: string | null;
  categoryPrefix: string | null;
  urgency: string | null;
  acknowledgeLimit: TimeLimit | null;
  feedbackLimit: TimeLimit | null;
  completionLimit: TimeLimit | null;
  counting: CountingRule;
  note: string | null;
}

export function policyFromRow(row: DeadlinePolicyRow): DeadlinePolicy {
  const limit = (text: string | null) => (text ? parseTimeLimit(text) : null);
  return {
    id: row.id,
    appealType: row.appeal_type,
    categoryPrefix: row.category_prefix,
    urgency: row.urgency,
    acknowledgeLimit: limit(row.acknowledge_limit),
    feedbackLimit: limit(row.feedback_limit),
    completionLimit: limit(row.completion_limit),
    counting: { start: row.counting_start as CountingRule['start'], cutoff: row.counting_cutoff },
    note: row.note,
  };
}

/**
 * The most specific policy wins: a matching category prefix outranks urgency, which outranks appealType
 * (an urgent consultation is urgent first). A longer category prefix is more specific than a shorter one.
 */
export function selectPolicy(
  policies: readonly DeadlinePolicy[],
  ticket: { appealType: string; category: string; urgency: string },
): DeadlinePolicy | undefined {
  let best: { policy: DeadlinePolicy; score: number } | undefined;
  for (const policy of policies) {
    if (policy.appealType && policy.appealType !== ticket.appealType) continue;
    if (policy.urgency && policy.urgency !== ticket.urgency) continue;
    if (policy.categoryPrefix && !matchesCategory(ticket.category, policy.categoryPrefix)) continue;
    const score =
      (policy.categoryPrefix ? 1000 + policy.categoryPrefix.length : 0) +
      (policy.urgency ? 100 : 0) +
      (policy.appealType ? 10 : 0);
    if (!best || score > best.score) best = { policy, score };
  }
  return best?.policy;
}

function matchesCategory(category: string, prefix: string): boolean {
  return category === prefix || category.startsWith(`${prefix}/`);
}

/**
 * The bundled default table. Limits follow common 12345 practice under 国办发〔2020〕53号 (units sign for
 * work promptly, consultations are answered within a few working days, other appeals within five): each city
 * edits this table through the API to match its own 办法.
 */
export const DEFAULT_POLICIES: readonly Omit<DeadlinePolicy, 'id'>[] = [
  policy(null, null, null, '24h', '5wd', '7wd', '默认：24小时内签收，5个工作日内反馈，7个工作日内办结'),
  policy('consult', null, null, '24h', '3wd', '5wd', '咨询类：3个工作日内反馈'),
  policy('suggestion', null, null, '24h', '10wd', '15wd', '建议类：10个工作日内反馈'),
  policy(null, null, 'urgent', '2h', '24h', '2wd', '紧急诉求：2小时内签收，24小时内反馈'),
];

function policy(
  appealType: string | null,
  categoryPrefix: string | null,
  urgency: string | null,
  acknowledge: string,
  feedback: string,
  completion: string,
  note: string,
): Omit<DeadlinePolicy, 'id'> {
  return {
    appealType,
    categoryPrefix,
    urgency,
    acknowledgeLimit: parseTimeLimit(acknowledge),
    feedbackLimit: parseTimeLimit(feedback),
    completionLimit: parseTimeLimit(completion),
    counting: { start: 'nextDay', cutoff: null },
    note,
  };
}
