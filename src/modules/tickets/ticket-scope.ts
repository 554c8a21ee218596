import { isUnitRole } from '../../domain/access/roles.ts';
import type { Ticket } from '../../domain/lifecycle/index.ts';
import type { Actor } from '../../domain/access/actor.ts';
import type { UnitDirectory } from '../units/index.ts';

/**
 * Unit roles see a ticket only when some assignment of it, in any round, went to their unit or below it
 * (DESIGN §2); centre roles see every ticket.
 */
export function isInScope(ticket: Ticket, actor: Actor, directory: UnitDirectory): boolean {
  if (!isUnitRole(actor.role)) return true;
  return ticket.assignments.some((a) => directory.isWithin(a.unitCode, actor.unitCode));
}
