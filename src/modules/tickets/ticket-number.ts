import { localDate } from '../../domain/time.ts';

/**
 * 工单编号 of a ticket the hotline numbers itself: the local date of receipt and the ticket's id, readable over
 * the phone. The id exists only once the row is written, so the number is set right after the insert.
 */
export function ticketNumberOf(receivedAt: Date, id: number): string {
  return `${localDate(receivedAt).replaceAll('-', '')}${String(id).padStart(8, '0')}`;
}
