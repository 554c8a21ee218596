import type { Executor } from '../../db/executor.ts';
import { SATISFACTION_LABELS, type SatisfactionLevel } from '../../domain/lifecycle/index.ts';
import { addCalendarDays, startOfLocalDate } from '../../domain/time.ts';

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
 * The tickets behind a unit's lost points: for its subtree and the period, every ticket not completed, late at
 * 签收/反馈/办结, whose revisit did not reach the caller, or rated below 满意 — as of the as-of moment.
 */
export async function costlyTickets(
  db: Executor,
  input: { unitPath: string; from: string; to: string; asOf: Date; limit: number },
): Promise<{ tickets: CostlyTicket[]; total: number }> {
  const start = startOfLocalDate(input.from).toISOString();
  const end = startOfLocalDate(addCalendarDays(input.to, 1)).toISOString();
  const asOf = input.asOf.toISOString();
  const rows = await db
    .selectFrom('assignments')
    .innerJoin('units', 'units.code', 'assignments.unit_code')
    .innerJoin('tickets', 'tickets.id', 'assignments.ticket_id')
    .select([
      'tickets.id as ticketId',
      'tickets.number',
      'tickets.title',
      'tickets.completed_at',
      'tickets.revisited_at',
      'tickets.revisit_reached',
      'tickets.satisfaction',
      'assignments.unit_code',
      'assignments.state',
      'assignments.acknowledge_due',
      'assignments.acknowledged_at',
      'assignments.feedback_due',
      'assignments.feedback_at',
      'assignments.completion_due',
    ])
    .where('units.path', 'like', `${input.unitPath}%`)
    .where('tickets.received_at', '>=', start)
    .where('tickets.received_at', '<', end)
    .orderBy('tickets.id')
    .execute();
  const byTicket = new Map<number, CostlyTicket>();
  const late = (done: string | null, due: string | null) =>
    due !== null && due < asOf && (done === null || done > due);
  for (const row of rows) {
    const reasons = new Set<LostPointReason>(byTicket.get(row.ticketId)?.reasons ?? []);
    const completed = row.completed_at !== null && row.completed_at <= asOf;
    if (row.state !== 'sentBack') {
      if (!completed) reasons.add('未办结');
      else if (row.completion_due && row.completed_at! > row.completion_due) reasons.add('超时办结');
      if (late(row.feedback_at, row.feedback_due)) reasons.add('超时反馈');
    }
    if (late(row.acknowledged_at, row.acknowledge_due)) reasons.add('超时签收');
    if (row.revisited_at && row.revisited_at <= asOf) {
      if (row.revisit_reached === 0) reasons.add('回访未联系上');
      if (row.satisfaction === 'basic' || row.satisfaction === 'dissatisfied') {
        reasons.add(SATISFACTION_LABELS[row.satisfaction as SatisfactionLevel] as LostPointReason);
      }
    }
    if (reasons.size > 0) {
      byTicket.set(row.ticketId, {
        ticketId: row.ticketId,
        number: row.number,
        title: row.title,
        unitCode: row.unit_code,
        reasons: [...reasons],
      });
    }
  }
  const tickets = [...byTicket.values()];
  return { tickets: tickets.slice(0, input.limit), total: tickets.length };
}
