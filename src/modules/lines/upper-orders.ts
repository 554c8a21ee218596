import type { Executor } from '../../db/executor.ts';

/**
 * Work a higher platform hands down (上级交办) is kept in line_orders like another line's order, under the line
 * 'upper': the 上级工单编号 names one ticket, so a file imported twice registers nothing the second time, and the
 * orders and figures of the lines count it with the rest of the incoming work.
 */
export const UPPER_LINE = 'upper';

const NUMBERS_PER_LOOKUP = 500;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}

/** Which of these 上级工单编号 are already registered, with their tickets. */
export async function upperOrdersKnown(db: Executor, numbers: readonly string[]) {
  const known = new Map<string, { ticketId: number; ticketNumber: string }>();
  for (const chunk of chunks([...new Set(numbers)], NUMBERS_PER_LOOKUP)) {
    const rows = await db
      .selectFrom('line_orders')
      .select(['order_number', 'ticket_id', 'ticket_number'])
      .where('line', '=', UPPER_LINE)
      .where('order_number', 'in', chunk)
      .execute();
    for (const row of rows)
      known.set(row.order_number, { ticketId: Number(row.ticket_id), ticketNumber: row.ticket_number });
  }
  return known;
}

/** Written in the import's transaction: the orders commit with their tickets or not at all. */
export async function recordUpperOrders(
  db: Executor,
  rows: readonly {
    orderNumber: string;
    ticketId: number;
    ticketNumber: string;
    receivedAt: Date;
    createdBy: number | null;
  }[],
  now: Date,
): Promise<void> {
  for (const chunk of chunks(rows, 200)) {
    await db
      .insertInto('line_orders')
      .values(
        chunk.map((row) => ({
          line: UPPER_LINE,
          order_number: row.orderNumber,
          ticket_id: row.ticketId,
          ticket_number: row.ticketNumber,
          received_at: row.receivedAt.toISOString(),
          created_at: now.toISOString(),
          created_by: row.createdBy,
        })),
      )
      .execute();
  }
}

/** The upper orders received in [fromIso, toIso), oldest first; at most `limit` + 1 to tell an overflow. */
export function upperOrdersBetween(db: Executor, fromIso: string, toIso: string, limit: number) {
  return db
    .selectFrom('line_orders')
    .select(['order_number', 'ticket_id', 'ticket_number', 'received_at'])
    .where('line', '=', UPPER_LINE)
    .where('received_at', '>=', fromIso)
    .where('received_at', '<', toIso)
    .orderBy('received_at')
    .orderBy('id')
    .limit(limit + 1)
    .execute();
}
