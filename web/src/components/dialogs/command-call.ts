import { useCallback, useEffect, useRef, useState } from 'react';
import type { FormInstance } from 'antd';
import type { RequestOf } from '../../../../src/contracts/client.ts';
import type { ticketCommandContracts } from '../../../../src/contracts/tickets.contract.ts';
import type { TicketDetail } from '../../../../src/contracts/tickets.schemas.ts';
import type { TicketCommandType } from '../../../../src/domain/lifecycle/index.ts';
import { api, ApiError, lean } from '../../api/client.ts';
import { useApiErrorHandler } from '../../api/errors.ts';

type Contracts = typeof ticketCommandContracts;
/** A command's body without `version`: the dialog sends the version of the ticket it shows. */
export type CommandBody<C extends TicketCommandType> = Omit<RequestOf<Contracts[C]>['body'], 'version'>;

/**
 * POST /api/tickets/:id/<command> with the version the user saw. Typed by the command's contract, but without
 * loading its zod schemas (docs/console.md: the desks stay small).
 */
export function sendCommand<C extends TicketCommandType>(
  ticket: Pick<TicketDetail, 'id' | 'version'>,
  command: C,
  body: CommandBody<C>,
): Promise<TicketDetail> {
  const contract = lean<Contracts[C]>('POST', `/api/tickets/:id/${command}` as Contracts[C]['path']);
  const request = { params: { id: ticket.id }, body: { ...body, version: ticket.version } };
  return api.call(contract, request as unknown as RequestOf<Contracts[C]>) as Promise<TicketDetail>;
}

/**
 * Runs a dialog's command: 409 (someone else changed the ticket first, or its state moved on) goes to
 * `onConflict`, which reloads the ticket and keeps what was typed; any other error is shown in Chinese, on the
 * form's fields when the server names them.
 */
export function useCommandRunner<C extends TicketCommandType>(props: {
  ticket: Pick<TicketDetail, 'id' | 'version'>;
  command: C;
  form?: FormInstance;
  onDone(ticket: TicketDetail): void;
  onConflict(error: ApiError): void;
}) {
  const showError = useApiErrorHandler();
  const [busy, setBusy] = useState(false);
  const { ticket, command, form, onDone, onConflict } = props;
  // The version the user saw when the dialog opened, not whatever a live update brought in since: another
  // person's change must come back as a 409 the user reads, never pass unseen. After a conflict the reloaded
  // ticket is what the user now sees, so its version is taken once.
  const seen = useRef({ id: ticket.id, version: ticket.version });
  const adoptNext = useRef(false);
  useEffect(() => {
    if (adoptNext.current || seen.current.id !== ticket.id) {
      seen.current = { id: ticket.id, version: ticket.version };
      adoptNext.current = false;
    }
  }, [ticket.id, ticket.version]);
  const run = useCallback(
    async (body: CommandBody<C>) => {
      setBusy(true);
      try {
        onDone(await sendCommand(seen.current, command, body));
      } catch (error) {
        if (error instanceof ApiError && error.status === 409) {
          adoptNext.current = true;
          onConflict(error);
        } else showError(error, form ? { form } : {});
      } finally {
        setBusy(false);
      }
    },
    [command, form, onDone, onConflict, showError],
  );
  return { busy, run };
}

/** Empty text is no note: the API takes null. */
export function noteOrNull(text: unknown): string | null {
  return typeof text === 'string' && text.trim() ? text.trim() : null;
}
