import type { Transaction } from 'kysely';
import type { Executor } from '../../db/executor.ts';
import { isUniqueViolation } from '../../db/dialect.ts';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { isUnitRole } from '../../domain/access/roles.ts';
import type { Ticket } from '../../domain/lifecycle/ticket.ts';
import type { Channel } from '../../domain/lifecycle/index.ts';
import type { Clock } from '../../shared/clock.ts';
import { AppError } from '../../shared/errors.ts';
import {
  TRANSFER_OUTCOMES,
  type LineFigures,
  type LineOrderInput,
  type TransferOutcomeInput,
  type TransferView,
} from '../../contracts/lines.schemas.ts';
import { ticketNumberIn, type TicketCommandsService, type TicketQueriesService } from '../tickets/index.ts';
import { createLinesRepository, type LineTransferRow } from './lines.repository.ts';

/** 110 has a 来源渠道 of its own; the other lines come in as 其他, the line itself kept on line_orders. */
export function channelOfLine(line: string): Channel {
  return line === '110' ? 'line110' : 'other';
}

function transferView(row: LineTransferRow): TransferView {
  return {
    id: Number(row.id),
    ticketId: Number(row.ticket_id),
    ticketNumber: row.ticket_number,
    line: row.line,
    note: row.note,
    transferredAt: row.transferred_at,
    otherOrderNumber: row.other_order_number,
    outcome: (row.outcome as TransferView['outcome']) ?? null,
    outcomeNote: row.outcome_note,
    outcomeAt: row.outcome_at,
  };
}

function assertCentre(actor: Actor): void {
  // A transfer or another line's order never reaches a unit: only the centre sees this traffic.
  if (isUnitRole(actor.role)) throw new AppError('FORBIDDEN', '只有中心人员可以查看热线联动');
}

export function createLinesService(deps: {
  db: Executor;
  clock: Clock;
  tickets: Pick<TicketCommandsService, 'intake'>;
  ticketQueries: Pick<TicketQueriesService, 'getTicket'>;
}) {
  const repo = () => createLinesRepository(deps.db);

  return {
    /**
     * Registers another line's order through the tickets intake, once: (line, orderNumber) names it, and a
     * second POST answers with the same ticket (created: false). The intake's own idempotency key covers a
     * retry racing the first request from the same account.
     */
    async registerOrder(actor: Actor, input: LineOrderInput) {
      const existing = await repo().findOrder(input.line, input.orderNumber);
      if (existing) return await answerExisting(actor, existing.ticket_id, input);
      const { line, orderNumber, ...fields } = input;
      const result = await deps.tickets.intake(
        actor,
        {
          ...fields,
          channel: channelOfLine(line),
          content: `${fields.content}\n（${line} 工单号 ${orderNumber}）`,
        },
        `line:${line}:${orderNumber}`,
      );
      const now = deps.clock.now();
      try {
        await repo().insertOrder({
          line,
          order_number: orderNumber,
          ticket_id: result.ticketId,
          ticket_number: result.number,
          received_at: (input.receivedAt ?? now).toISOString(),
          created_at: now.toISOString(),
          created_by: actor.userId ?? null,
        });
      } catch (error) {
        // The same order from two accounts at once: the first row stands.
        if (!isUniqueViolation(error)) throw error;
        const winner = await repo().findOrder(line, orderNumber);
        if (winner) return await answerExisting(actor, winner.ticket_id, input);
        throw error;
      }
      return {
        line,
        orderNumber,
        ticketId: result.ticketId,
        ticketNumber: result.number,
        state: result.state,
        created: result.created,
      };
    },

    async getOrder(actor: Actor, line: string, orderNumber: string) {
      assertCentre(actor);
      const order = await repo().findOrder(line, orderNumber);
      if (!order) throw new AppError('LINE_ORDER_NOT_FOUND', `${line} 工单 ${orderNumber} 不存在`);
      const ticket = await deps.ticketQueries.getTicket(actor, Number(order.ticket_id));
      const leads = ticket.assignments.filter((a) => a.role === 'lead' && a.parentUnitCode === null);
      const lead = leads.sort((a, b) => b.round - a.round)[0];
      return {
        line: order.line,
        orderNumber: order.order_number,
        ticketId: ticket.id,
        ticketNumber: ticket.number,
        receivedAt: order.received_at,
        state: ticket.state,
        stateLabel: ticket.stateLabel,
        answer: ticket.answer,
        rejectReason: ticket.rejectReason,
        feedback: lead ? { unitCode: lead.unitCode, text: lead.feedbackText, at: lead.feedbackAt } : null,
        completedAt: ticket.completedAt,
      };
    },

    async listOrders(
      actor: Actor,
      query: { line?: string; from?: Date; to?: Date; page: number; pageSize: number },
    ) {
      assertCentre(actor);
      const { rows, total } = await repo().listOrders(
        {
          ...(query.line ? { line: query.line } : {}),
          ...(query.from ? { fromIso: query.from.toISOString() } : {}),
          ...(query.to ? { toIso: query.to.toISOString() } : {}),
        },
        query.page,
        query.pageSize,
      );
      return {
        items: rows.map((row) => ({
          line: row.line,
          orderNumber: row.order_number,
          ticketId: Number(row.ticket_id),
          ticketNumber: row.ticket_number,
          receivedAt: row.received_at,
        })),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    async listTransfers(
      actor: Actor,
      query: { from?: Date; to?: Date; line?: string; outcome?: string; page: number; pageSize: number },
    ) {
      assertCentre(actor);
      const { rows, total } = await repo().listTransfers(
        {
          ...(query.from ? { fromIso: query.from.toISOString() } : {}),
          ...(query.to ? { toIso: query.to.toISOString() } : {}),
          ...(query.line ? { line: query.line } : {}),
          ...(query.outcome ? { outcome: query.outcome } : {}),
        },
        query.page,
        query.pageSize,
      );
      return { items: rows.map(transferView), total, page: query.page, pageSize: query.pageSize };
    },

    /** The receiving line's outcome; a later outcome replaces an earlier one (accepted, then completed). */
    async recordOutcome(actor: Actor, id: number, input: TransferOutcomeInput): Promise<TransferView> {
      assertCentre(actor);
      const row = await repo().findTransfer(id);
      if (!row) throw new AppError('LINE_TRANSFER_NOT_FOUND', `转接记录 ${id} 不存在`);
      const now = deps.clock.now();
      if (input.at && input.at.getTime() > now.getTime())
        throw new AppError('VALIDATION_FAILED', '结果时间不能晚于现在', { field: 'at' });
      await repo().recordOutcome(id, {
        outcome: input.outcome,
        outcome_note: input.note,
        outcome_at: (input.at ?? now).toISOString(),
        outcome_by: actor.userId ?? null,
        ...(input.otherOrderNumber !== undefined ? { other_order_number: input.otherOrderNumber } : {}),
      });
      return transferView((await repo().findTransfer(id))!);
    },

    /** 转出 per line and outcome, 转入 per line, in [from, to): the dashboard and the bulletin add these. */
    async figures(actor: Actor, from: Date, to: Date): Promise<LineFigures> {
      assertCentre(actor);
      return lineFigures(deps.db, from, to);
    },
  };

  async function answerExisting(actor: Actor, ticketId: number, input: LineOrderInput) {
    const ticket = await deps.ticketQueries.getTicket(actor, Number(ticketId));
    return {
      line: input.line,
      orderNumber: input.orderNumber,
      ticketId: ticket.id,
      ticketNumber: ticket.number,
      state: ticket.state,
      created: false,
    };
  }
}

/** Read without an actor, for the dashboard and the bulletin (who check their own actors). */
export async function lineFigures(db: Executor, from: Date, to: Date): Promise<LineFigures> {
  const repo = createLinesRepository(db);
  const fromIso = from.toISOString();
  const toIso = to.toISOString();
  const [transfers, orders] = await Promise.all([
    repo.transferCounts(fromIso, toIso),
    repo.orderCounts(fromIso, toIso),
  ]);
  const byLine = new Map<string, LineFigures['transfersOut'][number]>();
  for (const row of transfers) {
    const entry = byLine.get(row.line) ?? {
      line: row.line,
      total: 0,
      pending: 0,
      accepted: 0,
      returned: 0,
      completed: 0,
    };
    const n = Number(row.n);
    entry.total += n;
    const outcome = TRANSFER_OUTCOMES.find((o) => o === row.outcome);
    if (outcome) entry[outcome] += n;
    else entry.pending += n;
    byLine.set(row.line, entry);
  }
  return {
    from: fromIso,
    to: toIso,
    transfersOut: [...byLine.values()].sort((a, b) => a.line.localeCompare(b.line)),
    ordersIn: orders
      .map((row) => ({ line: row.line, total: Number(row.n) }))
      .sort((a, b) => a.line.localeCompare(b.line)),
  };
}

/**
 * The tickets module's change listener for 转接: a ticket that enters 已转接 (at intake or by the transfer
 * command) gets a transfer record in the same transaction, so no transfer goes uncounted.
 */
export function createTransferRecorder(deps: { clock: Clock }) {
  return async (
    trx: Transaction<Database>,
    change: { before: Ticket | null; after: Ticket },
  ): Promise<void> => {
    const { before, after } = change;
    if (after.state !== 'transferred' || before?.state === 'transferred' || !after.transferTarget) return;
    await createLinesRepository(trx).insertTransfer({
      ticket_id: after.id,
      ticket_number: await ticketNumberIn(trx, after.id),
      line: after.transferTarget,
      note: null,
      transferred_at: deps.clock.now().toISOString(),
    });
  };
}

export type LinesService = ReturnType<typeof createLinesService>;
