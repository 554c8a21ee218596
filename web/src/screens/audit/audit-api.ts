import type { auditContract } from '../../../../src/contracts/audit.contract.ts';
import type { ticketsContract } from '../../../../src/contracts/tickets.contract.ts';
import type { RequestOf, ResponseOf } from '../../../../src/contracts/client.ts';
import { api, lean } from '../../api/client.ts';

const LIST_AUDIT = lean<typeof auditContract.listAudit>('GET', '/api/audit');
const TICKET_BY_NUMBER = lean<typeof ticketsContract.getByNumber>('GET', '/api/tickets/by-number/:number');

export type AuditPage = ResponseOf<typeof auditContract.listAudit>;
export type AuditEntry = AuditPage['items'][number];
export type AuditQuery = NonNullable<RequestOf<typeof auditContract.listAudit>['query']>;

/** The filter as it stands in the address bar. */
export const FILTER_KEYS = ['actor', 'unit', 'ticket', 'action', 'from', 'to'] as const;
export type AuditFilterText = Partial<Record<(typeof FILTER_KEYS)[number], string>>;

export const auditKey = (filter: AuditFilterText, page: number, pageSize: number) =>
  ['audit', filter, page, pageSize] as const;

/**
 * One page of the log. A ticket is named by its number in the console and by its id in the log: the number is
 * looked up first (a 404 says the ticket does not exist).
 */
export async function fetchAudit(
  filter: AuditFilterText,
  page: number,
  pageSize: number,
): Promise<AuditPage> {
  const query: AuditQuery = { page, pageSize };
  if (filter.actor) query.actorUsername = filter.actor;
  if (filter.unit) query.unitCode = filter.unit;
  if (filter.action) query.action = filter.action as AuditQuery['action'];
  if (filter.from) query.from = filter.from;
  if (filter.to) query.to = filter.to;
  if (filter.ticket) {
    const ticket = await api.call(TICKET_BY_NUMBER, { params: { number: filter.ticket } });
    query.targetType = 'ticket';
    query.targetId = String(ticket.id);
  }
  return api.call(LIST_AUDIT, { query });
}
