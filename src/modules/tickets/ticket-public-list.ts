import type { Executor } from '../../db/executor.ts';
import { CLOSED_STATES } from '../../domain/lifecycle/index.ts';

/** What may be published of a ticket (Open311 GET requests): no caller, no content, no staff, no notes. */
export interface PublicTicket {
  id: number;
  number: string;
  state: string;
  categoryCode: string;
  /** 诉求分类 as its path of names at intake */
  category: string;
  /** The centre's summary; the caller's own words (content) are never published */
  title: string;
  receivedAt: string;
  updatedAt: string;
  completedAt: string | null;
  leadUnitCode: string | null;
  /** The current lead assignment's completion deadline (extensions included) */
  completionDue: string | null;
}

export type PublicTicketFilter =
  | { numbers: readonly string[]; limit: number }
  | {
      fromIso: string;
      toIso: string;
      categoryCodes?: readonly string[];
      status?: 'open' | 'closed';
      limit: number;
    };

/**
 * The public list of tickets, newest first and actor-less. 保密件 (confidential tickets) and tickets without a
 * code-list category are never listed: the first by the confidentiality rule of intake, the second because a
 * published request needs a service code.
 */
export async function listPublicTickets(db: Executor, filter: PublicTicketFilter): Promise<PublicTicket[]> {
  let query = db
    .selectFrom('tickets')
    .select((eb) => [
      'tickets.id',
      'tickets.number',
      'tickets.state',
      'tickets.category_code',
      'tickets.category',
      'tickets.title',
      'tickets.received_at',
      'tickets.updated_at',
      'tickets.completed_at',
      'tickets.lead_unit_code',
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
    if (filter.categoryCodes?.length)
      query = query.where('tickets.category_code', 'in', [...filter.categoryCodes]);
    if (filter.status === 'closed') query = query.where('tickets.state', 'in', [...CLOSED_STATES]);
    if (filter.status === 'open') query = query.where('tickets.state', 'not in', [...CLOSED_STATES]);
  }
  const rows = await query
    .orderBy('tickets.received_at', 'desc')
    .orderBy('tickets.id', 'desc')
    .limit(filter.limit)
    .execute();
  return rows.map((row) => ({
    id: Number(row.id),
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
  }));
}
