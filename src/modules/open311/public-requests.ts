import type { Executor } from '../../db/executor.ts';
import { CLOSED_STATES } from '../../domain/lifecycle/index.ts';

/** What the public view of a ticket is made of: no caller, no staff, no internal notes. */
export interface PublicTicketRow {
  number: string;
  state: string;
  categoryCode: string;
  /** 诉求分类 as its path of names at intake */
  category: string;
  title: string;
  receivedAt: string;
  updatedAt: string;
  completedAt: string | null;
  leadUnitCode: string | null;
  /** The current lead assignment's completion deadline (extensions included) */
  completionDue: string | null;
  /** Present when the ticket came through Open311: what the client submitted for publication */
  submitted: {
    lat: number | null;
    long: number | null;
    address: string | null;
    addressId: string | null;
    description: string | null;
    mediaUrl: string | null;
  } | null;
}

export type PublicTicketFilter =
  | { numbers: readonly string[]; limit: number }
  | {
      fromIso: string;
      toIso: string;
      serviceCodes?: readonly string[];
      status?: 'open' | 'closed';
      limit: number;
    };

/**
 * The public, read-only view of tickets for GET requests. It reads the tickets module's tables directly (the
 * module offers no actor-less public listing yet) and selects only public columns; confidential tickets
 * (保密件) and tickets without a code-list category are never listed. Newest first.
 */
export async function readPublicTickets(
  db: Executor,
  filter: PublicTicketFilter,
): Promise<PublicTicketRow[]> {
  let query = db
    .selectFrom('tickets')
    .leftJoin('open311_requests as o', 'o.ticket_id', 'tickets.id')
    .select((eb) => [
      'tickets.number',
      'tickets.state',
      'tickets.category_code',
      'tickets.category',
      'tickets.title',
      'tickets.received_at',
      'tickets.updated_at',
      'tickets.completed_at',
      'tickets.lead_unit_code',
      'o.id as submission_id',
      'o.lat',
      'o.long',
      'o.address_string',
      'o.address_id',
      'o.description',
      'o.media_url',
      eb
        .selectFrom('assignments')
        .select('assignments.completion_due')
        .whereRef('assignments.ticket_id', '=', 'tickets.id')
        .whereRef('assignments.round', '=', 'tickets.round')
        .where('assignments.role', '=', 'lead')
        .where('assignments.parent_unit_code', 'is', null)
        .orderBy('assignments.id', 'desc')
        .limit(1)
        .as('completion_due'),
    ])
    .where('tickets.confidential', '=', 0)
    .where('tickets.category_code', 'is not', null);
  if ('numbers' in filter) {
    if (filter.numbers.length === 0) return [];
    query = query.where('tickets.number', 'in', [...filter.numbers]);
  } else {
    query = query
      .where('tickets.received_at', '>=', filter.fromIso)
      .where('tickets.received_at', '<=', filter.toIso);
    if (filter.serviceCodes?.length)
      query = query.where('tickets.category_code', 'in', [...filter.serviceCodes]);
    if (filter.status === 'closed') query = query.where('tickets.state', 'in', [...CLOSED_STATES]);
    if (filter.status === 'open') query = query.where('tickets.state', 'not in', [...CLOSED_STATES]);
  }
  const rows = await query
    .orderBy('tickets.received_at', 'desc')
    .orderBy('tickets.id', 'desc')
    .limit(filter.limit)
    .execute();
  return rows.map((row) => ({
    number: row.number,
    state: row.state,
    categoryCode: row.category_code!,
    category: row.category,
    title: row.title,
    receivedAt: row.received_at,
    updatedAt: row.updated_at,
    completedAt: row.completed_at,
    leadUnitCode: row.lead_unit_code,
    completionDue: row.completion_due ?? null,
    submitted:
      row.submission_id === null
        ? null
        : {
            lat: row.lat === null ? null : Number(row.lat),
            long: row.long === null ? null : Number(row.long),
            address: row.address_string,
            addressId: row.address_id,
            description: row.description,
            mediaUrl: row.media_url,
          },
  }));
}
