import type { Ticket, TicketEvent } from '../../domain/lifecycle/index.ts';
import type { DeadlineChange } from './tickets.repository.ts';

/** Deadline history rows for the events of one command: extensions keep both the old and the new deadline. */
export function deadlineChangesOf(before: Ticket, events: readonly TicketEvent[]): DeadlineChange[] {
  const changes: DeadlineChange[] = [];
  let version = before.version;
  for (const event of events) {
    version += 1;
    const initial = (
      round: number,
      a: {
        unitCode: string;
        acknowledgeDue: Date | null;
        feedbackDue: Date | null;
        completionDue: Date | null;
      },
      reason: DeadlineChange['reason'],
    ) => {
      for (const [kind, dueAt] of [
        ['acknowledge', a.acknowledgeDue],
        ['feedback', a.feedbackDue],
        ['completion', a.completionDue],
      ] as const) {
        changes.push({
          round,
          unitCode: a.unitCode,
          kind,
          dueAt,
          previousDueAt: null,
          reason,
          eventVersion: version,
        });
      }
    };
    if (event.type === 'dispatched') event.assignments.forEach((a) => initial(event.round, a, 'dispatch'));
    if (event.type === 'subDispatched') initial(before.round, event.assignment, 'subDispatch');
    if (event.type === 'reopened' && event.assignment) initial(event.round, event.assignment, 'reopen');
    if (event.type === 'extensionApproved') {
      const round = before.round;
      changes.push(
        {
          round,
          unitCode: event.unitCode,
          kind: 'feedback',
          dueAt: event.feedbackDue,
          previousDueAt: event.previousFeedbackDue,
          reason: 'extension',
          eventVersion: version,
        },
        {
          round,
          unitCode: event.unitCode,
          kind: 'completion',
          dueAt: event.completionDue,
          previousDueAt: event.previousCompletionDue,
          reason: 'extension',
          eventVersion: version,
        },
      );
    }
  }
  return changes;
}
