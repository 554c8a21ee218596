import type { Executor } from '../../db/executor.ts';
import type { PublicTicket, PublicTicketFilter, TicketFacts } from '../tickets/index.ts';
import { createOpen311Repository } from './open311.repository.ts';

/** A published request: the ticket's public facts and, when a client sent it, what the client submitted. */
export interface PublicTicketRow extends PublicTicket {
  submitted: {
    lat: number | null;
    long: number | null;
    address: string | null;
    addressId: string | null;
    description: string | null;
    mediaUrl: string | null;
  } | null;
}

/**
 * The tickets GET requests may show, from the tickets module's public listing (no 保密件, no caller, no staff),
 * with the submissions this module keeps. At most `limit` tickets (1,000 by the spec), so one lookup of
 * submissions is enough.
 */
export async function readPublicTickets(
  db: Executor,
  facts: Pick<TicketFacts, 'publicTickets'>,
  filter: PublicTicketFilter,
): Promise<PublicTicketRow[]> {
  const tickets = await facts.publicTickets(filter);
  const submissions = await createOpen311Repository(db).submissionsOfTickets(tickets.map((t) => t.id));
  const byTicket = new Map(submissions.map((row) => [Number(row.ticket_id), row]));
  return tickets.map((ticket) => {
    const row = byTicket.get(ticket.id);
    return {
      ...ticket,
      submitted: row
        ? {
            lat: row.lat === null ? null : Number(row.lat),
            long: row.long === null ? null : Number(row.long),
            address: row.address_string,
            addressId: row.address_id,
            description: row.description,
            mediaUrl: row.media_url,
          }
        : null,
    };
  });
}
