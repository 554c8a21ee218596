import { contracts, type ContractSet } from '../../contracts/index.ts';
import type { Role } from '../../domain/access/roles.ts';

/**
 * The routes a role may call, as `<contract set>.<route>` keys ('tickets.intake', 'ticketCommands.dispatch'):
 * read from the contracts' `roles`, the same lists the server enforces at the door, so that the console shows a
 * screen or an action only when the API would admit it, without a second copy of the rules. What a user may do
 * on one ticket (its state, their unit) comes with the ticket (`TicketDetail.abilities`).
 */
export function abilitiesOf(role: Role, sets: Readonly<Record<string, ContractSet>> = contracts): string[] {
  const keys: string[] = [];
  for (const [setName, set] of Object.entries(sets)) {
    for (const [routeName, route] of Object.entries(set)) {
      if (!route.roles || route.roles.includes(role)) keys.push(`${setName}.${routeName}`);
    }
  }
  return keys;
}

const cache = new Map<Role, string[]>();

/** Contracts are fixed for the life of the process: each role's list is computed once. */
export function cachedAbilitiesOf(role: Role): string[] {
  let keys = cache.get(role);
  if (!keys) {
    keys = abilitiesOf(role);
    cache.set(role, keys);
  }
  return keys;
}
