import type { Selectable } from 'kysely';
import type { Executor } from '../../db/executor.ts';
import type { LineTransfersTable } from '../../db/schema.ts';

export type LineTransferRow = Selectable<LineTransfersTable>;

export interface TransferFilter {
  fromIso?: string;
  toIso?: string;
  line?: string;
  /** 'pending': no outcome recorded yet */
  outcome?: string;
}

/** Queries on the lines tables only (line_orders, line_transfers). */
export function createLinesRepository(db: Executor) {
  return {
    findOrder(line: string, orderNumber: string) {
      return db
        .selectFrom('line_orders')
        .selectAll()
        .where('line', '=', line)
        .where('order_number', '=', orderNumber)
        .executeTakeFirst();
    },

    async insertOrder(row: {
      line: string;
      order_number: string;
      ticket_id: number;
      ticket_number: string;
      received_at: string;
      created_at: string;
      created_by: number | null;
    }): Promise<void> {
      await db.insertInto('line_orders').values(row).execute();
    },

    async listOrders(
      filter: { line?: string; fromIso?: string; toIso?: string },
      page: number,
      size: number,
    ) {
      let query = db.selectFrom('line_orders');
      if (filter.line) query = query.where('line', '=', filter.line);
      if (filter.fromIso) query = query.where('received_at', '>=', filter.fromIso);
      if (filter.toIso) query = query.where('received_at', '<', filter.toIso);
      const { total } = await query
        .select((eb) => eb.fn.countAll<number | string>().as('total'))
        .executeTakeFirstOrThrow();
      const rows = await query
        .selectAll()
        .orderBy('received_at', 'desc')
        .orderBy('id', 'desc')
        .limit(size)
        .offset((page - 1) * size)
        .execute();
      return { rows, total: Number(total) };
    },

    async insertTransfer(row: {
      ticket_id: number;
      ticket_number: string;
      line: string;
      note: string | null;
      transferred_at: string;
    }): Promise<void> {
      await db.insertInto('line_transfers').values(row).execute();
    },

    findTransfer(id: number) {
      return db.selectFrom('line_transfers').selectAll().where('id', '=', id).executeTakeFirst();
    },

    async listTransfers(filter: TransferFilter, page: number, size: number) {
      let query = db.selectFrom('line_transfers');
      if (filter.fromIso) query = query.where('transferred_at', '>=', filter.fromIso);
      if (filter.toIso) query = query.where('transferred_at', '<', filter.toIso);
      if (filter.line) query = query.where('line', '=', filter.line);
      if (filter.outcome === 'pending') query = query.where('outcome', 'is', null);
      else if (filter.outcome) query = query.where('outcome', '=', filter.outcome);
      const { total } = await query
        .select((eb) => eb.fn.countAll<number | string>().as('total'))
        .executeTakeFirstOrThrow();
      const rows = await query
        .selectAll()
        .orderBy('transferred_at', 'desc')
        .orderBy('id', 'desc')
        .limit(size)
        .offset((page - 1) * size)
        .execute();
      return { rows, total: Number(total) };
    },

    async recordOutcome(
      id: number,
      values: {
        outcome: string;
        outcome_note: string | null;
        outcome_at: string;
        outcome_by: number | null;
        other_order_number?: string | null;
      },
    ): Promise<void> {
      await db.updateTable('line_transfers').set(values).where('id', '=', id).execute();
    },

    /** 转出 per line and outcome (null: pending) in [fromIso, toIso). */
    transferCounts(fromIso: string, toIso: string) {
      return db
        .selectFrom('line_transfers')
        .select(['line', 'outcome', (eb) => eb.fn.countAll<number | string>().as('n')])
        .where('transferred_at', '>=', fromIso)
        .where('transferred_at', '<', toIso)
        .groupBy(['line', 'outcome'])
        .execute();
    },

    /** 转入 per line in [fromIso, toIso). */
    orderCounts(fromIso: string, toIso: string) {
      return db
        .selectFrom('line_orders')
        .select(['line', (eb) => eb.fn.countAll<number | string>().as('n')])
        .where('received_at', '>=', fromIso)
        .where('received_at', '<', toIso)
        .groupBy('line')
        .execute();
    },
  };
}
