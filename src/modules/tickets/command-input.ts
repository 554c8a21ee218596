import type { z } from 'zod';
import type { TicketCommand, TicketCommandType } from '../../domain/lifecycle/index.ts';
import type { CommandBodies } from '../../contracts/tickets.schemas.ts';

type Bodies = { [K in TicketCommandType]: z.output<(typeof CommandBodies)[K]> };

/**
 * Turns a validated request body into a lifecycle command. Unit commands always act for the caller's own
 * unit: a handler cannot act in another unit's name.
 */
export function toCommand<K extends TicketCommandType>(
  type: K,
  body: Bodies[K],
  actorUnitCode: string,
): TicketCommand {
  const { version: _version, ...rest } = body as Bodies[K] & { version: number };
  switch (type) {
    case 'acknowledge':
    case 'requestSendBack':
    case 'requestExtension':
    case 'subDispatch':
    case 'submitFeedback':
      return { type, ...rest, unitCode: actorUnitCode } as TicketCommand;
    default:
      return { type, ...rest } as TicketCommand;
  }
}
