import type { Ticket } from '../lifecycle/ticket.ts';
import { firstLevelCategory } from '../categories/category-code.ts';
import { localDate } from '../time.ts';
import type { Counter } from './counters.ts';

/**
 * One ticket's share of the rollups, as a pure function of its current state. Rollups are kept by adding
 * `contributions(after) − contributions(before)` at every command, and rebuilt by summing contributions of
 * tickets replayed from their events: the two must agree exactly.
 */
export interface TicketKey {
  /** Local date the appeal was registered: periods select tickets by it ("tickets of the period"). */
  registeredOn: string;
  appealType: string;
  /** First-level category code (AA0000): schemes exclude categories at this level. */
  categoryL1: string;
}

/** `${unitCode}|${eventDay}|${counter}` → amount */
export type Contributions = Map<string, number>;

export function contributionKey(unitCode: string, day: string, counter: Counter): string {
  return `${unitCode}|${day}|${counter}`;
}

export function parseContributionKey(key: string): { unitCode: string; day: string; counter: Counter } {
  const [unitCode, day, counter] = key.split('|') as [string, string, Counter];
  return { unitCode, day, counter };
}

export function ticketKey(ticket: Ticket): TicketKey {
  return {
    registeredOn: localDate(ticket.receivedAt),
    appealType: ticket.appealType,
    // Tickets from before the code list keep their first-level name, which no scheme's code matches.
    categoryL1: ticket.categoryCode
      ? firstLevelCategory(ticket.categoryCode)
      : (ticket.category.split('/')[0] ?? ticket.category),
  };
}

/**
 * @param ancestry the unit itself and every unit above it, up to and including the root (the centre)
 */
export function ticketContributions(
  ticket: Ticket,
  rootCode: string,
  ancestry: (unitCode: string) => readonly string[],
): Contributions {
  const out: Contributions = new Map();
  const add = (unitCode: string, at: Date, counter: Counter, amount = 1) => {
    if (amount === 0) return;
    const key = contributionKey(unitCode, localDate(at), counter);
    out.set(key, (out.get(key) ?? 0) + amount);
  };

  // The centre's own view of the appeal (DESIGN §6: 受理量, 直接答复量, 转办量).
  add(rootCode, ticket.receivedAt, 'registered');
  const firstDispatch = ticket.assignments.reduce<Date | null>(
    (min, a) => (!min || a.dispatchedAt < min ? a.dispatchedAt : min),
    null,
  );
  if (firstDispatch) add(rootCode, firstDispatch, 'dispatched');
  else if (ticket.answer !== null) add(rootCode, ticket.completedAt ?? ticket.receivedAt, 'answered');
  if (ticket.rejectReason !== null) add(rootCode, ticket.receivedAt, 'rejected');
  if (ticket.transferTarget !== null) add(rootCode, ticket.receivedAt, 'transferred');
  if (ticket.mergedIntoId !== null) add(rootCode, ticket.receivedAt, 'merged');

  // Units answer for a ticket from their first assignment on, unless the centre approved their 退回.
  const since = new Map<string, Date>();
  for (const assignment of ticket.assignments) {
    if (assignment.state === 'sentBack') continue;
    for (const unit of ancestry(assignment.unitCode)) {
      const known = since.get(unit);
      if (!known || assignment.dispatchedAt < known) since.set(unit, assignment.dispatchedAt);
    }
  }
  const lead = [...ticket.assignments]
    .reverse()
    .find((a) => a.role === 'lead' && a.parentUnitCode === null && a.round === ticket.round);
  const completed =
    (ticket.state === 'completed' || ticket.state === 'archived') &&
    ticket.completedAt !== null &&
    ticket.round > 0;
  const revisit = ticket.revisit;
  for (const [unit, from] of since) {
    add(unit, from, 'assigned');
    if (completed) {
      add(unit, ticket.completedAt!, 'completed');
      if (!lead?.completionDue || ticket.completedAt! <= lead.completionDue)
        add(unit, ticket.completedAt!, 'completedOnTime');
    }
    if (revisit) {
      add(unit, revisit.at, 'revisits');
      if (revisit.reached) add(unit, revisit.at, 'revisitsReached');
      if (revisit.satisfaction) {
        add(unit, revisit.at, 'rated');
        add(unit, revisit.at, revisit.satisfaction);
      }
      if (revisit.solved === 'solved') add(unit, revisit.at, 'solved');
      if (revisit.solved === 'partly') add(unit, revisit.at, 'partlySolved');
    }
    // These carry no date of their own in the ticket's state: they count on the day of registration.
    add(unit, ticket.receivedAt, 'urged', ticket.urgeCount);
    add(unit, ticket.receivedAt, 'supervised', ticket.supervised ? 1 : 0);
    add(unit, ticket.receivedAt, 'reopened', ticket.reopenCount);
  }

  // Every assignment is judged against its own deadlines; a subtree counts the assignments inside it.
  for (const a of ticket.assignments) {
    const units = ancestry(a.unitCode);
    // A deadline falls due on its day even when nothing was done: the denominator counts it from then on.
    const acknowledgeDay = earliest(a.acknowledgedAt, a.acknowledgeDue);
    const feedbackDay = earliest(a.feedbackAt, a.feedbackDue);
    // An approved 退回 releases the unit from reporting back.
    const owesFeedback = a.state !== 'sentBack';
    for (const unit of units) {
      if (acknowledgeDay) add(unit, acknowledgeDay, 'acknowledgeDue');
      if (a.acknowledgedAt && (!a.acknowledgeDue || a.acknowledgedAt <= a.acknowledgeDue))
        add(unit, a.acknowledgedAt, 'acknowledgedOnTime');
      if (feedbackDay && owesFeedback) add(unit, feedbackDay, 'feedbackDue');
      if (a.feedbackAt && (!a.feedbackDue || a.feedbackAt <= a.feedbackDue))
        add(unit, a.feedbackAt, 'feedbackOnTime');
    }
  }
  return out;
}

function earliest(a: Date | null, b: Date | null): Date | null {
  if (!a) return b;
  if (!b) return a;
  return a < b ? a : b;
}

/** after − before, without the entries that cancel out. */
export function contributionDelta(before: Contributions, after: Contributions): Contributions {
  const delta: Contributions = new Map();
  for (const [key, amount] of after) {
    const change = amount - (before.get(key) ?? 0);
    if (change !== 0) delta.set(key, change);
  }
  for (const [key, amount] of before) {
    if (!after.has(key) && amount !== 0) delta.set(key, -amount);
  }
  return delta;
}
