import { ticketCommandContracts, ticketsContract } from '../../../../src/contracts/tickets.contract.ts';
import type { RequestOf } from '../../../../src/contracts/client.ts';
import { TICKET_STATE_LABELS, type TicketState } from '../../../../src/domain/lifecycle/states.ts';
import type { ApiClient } from '../../api/client.ts';
import { normalisePhone, type DeskDraft, type DeskValues } from './draft.ts';

export type DeskAction = 'directAnswer' | 'requestDispatch' | 'reject' | 'transfer' | 'merge';

type IntakeBody = RequestOf<typeof ticketsContract.intake>['body'];
type Disposition = NonNullable<IntakeBody['disposition']>;

export interface SubmitPlan {
  action: DeskAction;
  /** What the intake settles in the same call; null: register only, then merge */
  disposition: Disposition | null;
  mergeInto: number | null;
}

export interface Submitted {
  id: number;
  number: string;
  stateLabel: string;
}

const blankToNull = (text: string | undefined) => (text?.trim() ? text.trim() : null);

export function intakeBody(values: DeskValues, disposition: Disposition | null): IntakeBody {
  return {
    channel: values.channel as IntakeBody['channel'],
    appealType: values.appealType as IntakeBody['appealType'],
    category: values.category?.at(-1) ?? '',
    urgency: values.urgency as IntakeBody['urgency'],
    confidential: Boolean(values.confidential),
    revisitConsent: values.revisitConsent !== false,
    title: values.title ?? '',
    content: values.content ?? '',
    callerName: blankToNull(values.callerName),
    callerPhone: blankToNull(normalisePhone(values.callerPhone)),
    address: blankToNull(values.address),
    districtCode: values.districtCode ?? null,
    ...(disposition ? { disposition } : {}),
  };
}

/**
 * Registers the appeal with its disposition in one call (the Idempotency-Key makes a retry safe), or — for a
 * merge — registers it and then merges it. A ticket registered by an earlier attempt whose second step failed is
 * not registered again: the disposition is applied to it as a command. `onRegistered` lets the caller remember
 * such a ticket in the draft before the second step runs.
 */
export async function submitAppeal(
  api: ApiClient,
  draft: DeskDraft,
  values: DeskValues,
  plan: SubmitPlan,
  onRegistered: (registered: NonNullable<DeskDraft['registered']>) => void,
): Promise<Submitted> {
  let registered = draft.registered;
  if (!registered) {
    const created = await api.call(ticketsContract.intake, {
      headers: { 'idempotency-key': draft.key },
      body: intakeBody(values, plan.disposition),
    });
    if (plan.disposition) return { id: created.id, number: created.number, stateLabel: label(created.state) };
    registered = { id: created.id, number: created.number, version: created.version };
    onRegistered(registered);
  }
  const params = { id: registered.id };
  const version = registered.version;
  const after = await (plan.mergeInto !== null
    ? api.call(ticketCommandContracts.merge, { params, body: { version, intoTicketId: plan.mergeInto } })
    : command(api, params, version, plan.disposition!));
  return { id: after.id, number: after.number, stateLabel: after.stateLabel };
}

function command(api: ApiClient, params: { id: number }, version: number, disposition: Disposition) {
  switch (disposition.type) {
    case 'directAnswer':
      return api.call(ticketCommandContracts.directAnswer, {
        params,
        body: { version, answer: disposition.answer, articleNumbers: disposition.articleNumbers },
      });
    case 'reject':
      return api.call(ticketCommandContracts.reject, {
        params,
        body: { version, reason: disposition.reason },
      });
    case 'transfer':
      return api.call(ticketCommandContracts.transfer, {
        params,
        body: { version, target: disposition.target, note: disposition.note ?? null },
      });
    case 'requestDispatch':
      return api.call(ticketCommandContracts.requestDispatch, {
        params,
        body: { version, note: disposition.note ?? null },
      });
  }
}

function label(state: TicketState): string {
  return TICKET_STATE_LABELS[state] ?? state;
}
