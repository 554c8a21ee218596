// The dedicated command dialogs: each takes the generic dialog's props (CommandDialogProps) and plugs into the
// DEDICATED map of web/src/components/command-dialog/dialogs.tsx, so the ticket page and the desks show the same.
export { DispatchDialog } from './DispatchDialog.tsx';
export { SubDispatchDialog } from './SubDispatchDialog.tsx';
export { RuleExtensionDialog, RuleSendBackDialog } from './RulingDialogs.tsx';
export { RequestExtensionDialog, RequestSendBackDialog } from './RequestDialogs.tsx';
export { SubmitFeedbackDialog } from './FeedbackDialog.tsx';
export { ReviewDialog, RevisitDialog } from './ReviewDialogs.tsx';
export { AttachmentList } from './AttachmentList.tsx';
