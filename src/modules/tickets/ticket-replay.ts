import type { TicketEventRow } from '../../db/schema.ts';
import {
  evolve,
  initialTicket,
  type IntakeFacts,
  type Ticket,
  type TicketEvent,
} from '../../domain/lifecycle/index.ts';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Event payloads were stored with JSON.stringify: instants come back as Date, the rest as written. */
function revive(_key: string, value: unknown): unknown {
  return typeof value === 'string' && ISO_INSTANT.test(value) ? new Date(value) : value;
}

export function eventFromRow(row: TicketEventRow): TicketEvent {
  const body = JSON.parse(row.data, revive) as Record<string, unknown>;
  return { ...body, type: row.type, at: new Date(row.at) } as TicketEvent;
}

/**
 * Rebuilds a ticket from its event log alone. The ticket row is only a cache of this (DESIGN §5): the two
 * must always agree, and a test holds them to it.
 */
export function replayTicket(ticketId: number, rows: readonly TicketEventRow[]): Ticket {
  const [registration, ...rest] = [...rows].sort((a, b) => a.version - b.version);
  if (!registration || registration.type !== 'registered')
    throw new Error(`ticket ${ticketId} has no registration event`);
  const facts = JSON.parse(registration.data, revive) as IntakeFacts;
  const start = initialTicket(ticketId, {
    appealType: facts.appealType,
    category: facts.category,
    categoryCode: facts.categoryCode ?? null,
    urgency: facts.urgency,
    confidential: facts.confidential,
    revisitConsent: facts.revisitConsent,
    receivedAt: new Date(registration.at),
  });
  return evolve(start, rest.map(eventFromRow));
}
