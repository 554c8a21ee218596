import type { ComponentType } from 'react';
import type { TicketCommandType } from '../../../../src/domain/lifecycle/index.ts';
import { CommandDialog, type CommandDialogProps } from './CommandDialog.tsx';
import * as dedicated from '../dialogs/index.ts';

/**
 * The dialog for each command. Every command has the generic one, read from its body schema; a frequent
 * command can have a dialog of its own: one line here, `dispatch: DispatchDialog`, with the same props.
 */
const DEDICATED: Partial<Record<TicketCommandType, ComponentType<CommandDialogProps>>> = {
  dispatch: dedicated.DispatchDialog,
  subDispatch: dedicated.SubDispatchDialog,
  ruleSendBack: dedicated.RuleSendBackDialog,
  ruleExtension: dedicated.RuleExtensionDialog,
  submitFeedback: dedicated.SubmitFeedbackDialog,
  requestExtension: dedicated.RequestExtensionDialog,
  requestSendBack: dedicated.RequestSendBackDialog,
  review: dedicated.ReviewDialog,
  revisit: dedicated.RevisitDialog,
};

/**
 * Loaded on demand (`lazy(() => import('…/dialogs.tsx'))`) when a user opens an action: the command schemas it
 * reads are not needed to show a ticket.
 */
export default function CommandDialogFor(props: CommandDialogProps) {
  const Dialog = DEDICATED[props.command] ?? CommandDialog;
  return <Dialog {...props} />;
}

export type { CommandDialogProps };
