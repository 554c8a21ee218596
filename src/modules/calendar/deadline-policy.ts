import type { CountingRule } from '../../domain/calendar/deadline.ts';
import { parseTimeLimit, type TimeLimit } from '../../domain/calendar/time-limit.ts';
import type { DeadlinePolicyRow } from '../../db/schema.ts';
import { categoryLevel, categoryWithin } from '../../domain/categories/category-code.ts';

/** One row of the deadline policy table (DESIGN §5): limits for 签收, 反馈 and 办结, and how days are counted. */
export interface DeadlinePolicy {
  id: number;
  appealType: string | null;
  /** The category (six-digit code) the policy covers, with everything below it */
  categoryCode: string | null;
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
    categoryCode: row.category_code,
    urgency: row.urgency,
    acknowledgeLimit: limit(row.acknowledge_limit),
    feedbackLimit: limit(row.feedback_limit),
    completionLimit: limit(row.completion_limit),
    counting: { start: row.counting_start as CountingRule['start'], cutoff: row.counting_cutoff },
    note: row.note,
  };
}

/** What a policy is chosen by. A ticket registered before the code list has no category code. */
export interface PolicySubject {
  appealType: string;
  categoryCode: string | null;
  urgency: string;
}

/**
 * The most specific policy wins. Urgency comes first: a 特急 or 紧急 ticket keeps its hours whatever its category
 * (a burst heating main in January is not given the heating season's days). Then the category, a deeper one
 * before the level above it, then the appeal type.
 */
export function selectPolicy(
  policies: readonly DeadlinePolicy[],
  ticket: PolicySubject,
): DeadlinePolicy | undefined {
  let best: { policy: DeadlinePolicy; score: number } | undefined;
  for (const policy of policies) {
    if (policy.appealType && policy.appealType !== ticket.appealType) continue;
    if (policy.urgency && policy.urgency !== ticket.urgency) continue;
    if (
      policy.categoryCode &&
      !(ticket.categoryCode && categoryWithin(ticket.categoryCode, policy.categoryCode))
    )
      continue;
    const score =
      (policy.urgency ? 1000 : 0) +
      (policy.categoryCode ? 100 + categoryLevel(policy.categoryCode) : 0) +
      (policy.appealType ? 10 : 0);
    if (!best || score > best.score) best = { policy, score };
  }
  return best?.policy;
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
  // 特急 (life, safety, mass incidents): 国办发〔2020〕53号 asks for immediate dispatch and handling "第一时间";
  // cities that grade three levels count such orders in hours on the 7×24 clock. Platform default, per city 办法.
  policy(null, null, 'critical', '1h', '24h', '72h', '特急诉求：1小时内签收，24小时内反馈，72小时内办结'),
];

function policy(
  appealType: string | null,
  categoryCode: string | null,
  urgency: string | null,
  acknowledge: string,
  feedback: string,
  completion: string,
  note: string,
): Omit<DeadlinePolicy, 'id'> {
  return {
    appealType,
    categoryCode,
    urgency,
    acknowledgeLimit: parseTimeLimit(acknowledge),
    feedbackLimit: parseTimeLimit(feedback),
    completionLimit: parseTimeLimit(completion),
    counting: { start: 'nextDay', cutoff: null },
    note,
  };
}
