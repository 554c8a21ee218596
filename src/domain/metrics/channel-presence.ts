import type { Ticket } from '../lifecycle/index.ts';

/**
 * The units whose 来源渠道 mix counts a ticket. The centre counts every registered appeal (不予受理, 转接 and 并单
 * included: the mix says where appeals come from, not how they ended); a unit counts the tickets assigned, in
 * any round, within its subtree — once each, however many of its units had the ticket.
 *
 * @param ancestry the unit itself and every unit above it, up to and including the root (the centre)
 */
export function channelUnits(
  ticket: Ticket,
  root: string,
  ancestry: (unitCode: string) => readonly string[],
): Set<string> {
  const units = new Set([root]);
  for (const assignment of ticket.assignments)
    for (const code of ancestry(assignment.unitCode)) units.add(code);
  return units;
}

/** +1 for each unit that counts the ticket now and did not before, −1 for each that no longer does. */
export function channelUnitDelta(
  before: ReadonlySet<string>,
  after: ReadonlySet<string>,
): Map<string, number> {
  const delta = new Map<string, number>();
  for (const code of after) if (!before.has(code)) delta.set(code, 1);
  for (const code of before) if (!after.has(code)) delta.set(code, -1);
  return delta;
}
