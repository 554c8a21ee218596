import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { evolve, type TicketEvent } from '../../domain/lifecycle/index.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { AppError } from '../../shared/errors.ts';
import { dueColumns } from './ticket-mapper.ts';
import { createTicketsRepository } from './tickets.repository.ts';

/**
 * 并单: the ticket a duplicate joined records it in its own log, for a live merge and an imported one alike.
 * `at` is when the merge happened; `savedAt` stamps the row (the import writes history after the fact).
 */
export async function recordDuplicateOnTarget(
  trx: Transaction<Database>,
  input: {
    targetId: number;
    duplicateId: number;
    at: Date;
    savedAt: Date;
    actor: Actor;
    yellowFrom: (due: Date) => Date;
  },
): Promise<void> {
  const repository = createTicketsRepository(trx);
  const target = await repository.loadTicket(input.targetId);
  if (!target) return;
  const event: TicketEvent = { type: 'duplicateMerged', duplicateTicketId: input.duplicateId, at: input.at };
  const after = evolve(target.ticket, [event]);
  const saved = await repository.saveChanges({
    before: target.ticket,
    after,
    events: [{ event, actorUserId: input.actor.userId, actorUnitCode: input.actor.unitCode }],
    deadlines: [],
    extra: dueColumns(input.yellowFrom, after),
    at: input.savedAt,
  });
  if (!saved)
    throw new AppError('VERSION_CONFLICT', '目标工单已被他人修改，请重试', { ticketId: input.targetId });
}
