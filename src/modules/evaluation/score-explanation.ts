import { SATISFACTION_LABELS, type SatisfactionLevel } from '../../domain/lifecycle/index.ts';
import type { AssignmentOutcome } from '../tickets/index.ts';

/** Why a ticket cost its unit points, in the words of the indicators it lowered. */
export type LostPointReason =
  '未办结' | '超时办结' | '超时签收' | '超时反馈' | '回访未联系上' | '基本满意' | '不满意';

export interface CostlyTicket {
  ticketId: number;
  number: string;
  title: string;
  unitCode: string;
  reasons: LostPointReason[];
}

/**
 * The tickets behind a unit's lost points: every ticket not completed, late at 签收/反馈/办结, whose revisit
 * did not reach the caller, or rated below 满意 — as of the as-of moment (the indicators of DESIGN §6).
 */
export function costlyTickets(
  outcomes: readonly AssignmentOutcome[],
  asOf: Date,
  limit: number,
): { tickets: CostlyTicket[]; total: number } {
  const at = asOf.toISOString();
  const byTicket = new Map<number, CostlyTicket>();
  const late = (done: string | null, due: string | null) =>
    due !== null && due < at && (done === null || done > due);
  for (const row of outcomes) {
    const reasons = new Set<LostPointReason>(byTicket.get(row.ticketId)?.reasons ?? []);
    const completed = row.completedAt !== null && row.completedAt <= at;
    if (row.state !== 'sentBack') {
      if (!completed) reasons.add('未办结');
      else if (row.completionDue && row.completedAt! > row.completionDue) reasons.add('超时办结');
      if (late(row.feedbackAt, row.feedbackDue)) reasons.add('超时反馈');
    }
    if (late(row.acknowledgedAt, row.acknowledgeDue)) reasons.add('超时签收');
    if (row.revisitedAt && row.revisitedAt <= at) {
      if (row.revisitReached === 0) reasons.add('回访未联系上');
      if (row.satisfaction === 'basic' || row.satisfaction === 'dissatisfied') {
        reasons.add(SATISFACTION_LABELS[row.satisfaction as SatisfactionLevel] as LostPointReason);
      }
    }
    if (reasons.size > 0) {
      byTicket.set(row.ticketId, {
        ticketId: row.ticketId,
        number: row.number,
        title: row.title,
        unitCode: row.unitCode,
        reasons: [...reasons],
      });
    }
  }
  const tickets = [...byTicket.values()];
  return { tickets: tickets.slice(0, limit), total: tickets.length };
}
