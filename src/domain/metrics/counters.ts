// The counters that rollups keep per (unit subtree, day of registration, day of the event, appeal type,
// first-level category). Every metric of DESIGN §6 is a ratio of sums of these.
export const COUNTERS = [
  // The centre as a whole (kept on the root unit): what happened to every registered appeal.
  'registered',
  'answered',
  'dispatched',
  'rejected',
  'transferred',
  'merged',
  // A unit's subtree: tickets assigned to it or below it, and what became of them.
  'assigned',
  'completed',
  'completedOnTime',
  // Assignments in the subtree, each judged against its own deadlines.
  'acknowledgeDue',
  'acknowledgedOnTime',
  'feedbackDue',
  'feedbackOnTime',
  // Return visits of the subtree's tickets.
  'revisits',
  'revisitsReached',
  'rated',
  'satisfied',
  'basic',
  'dissatisfied',
  'solved',
  'partlySolved',
  // Events that schemes may deduct for.
  'urged',
  'supervised',
  'reopened',
] as const;
export type Counter = (typeof COUNTERS)[number];

export type CounterValues = Record<Counter, number>;

export function zeroCounters(): CounterValues {
  return Object.fromEntries(COUNTERS.map((c) => [c, 0])) as CounterValues;
}
