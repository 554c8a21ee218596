import type { KeyboardEvent, ReactNode } from 'react';
import { Form, Modal, Typography, type FormInstance } from 'antd';
import type { TicketDetail } from '../../../../src/contracts/tickets.schemas.ts';
import { useLang } from '../../i18n/index.tsx';
import { formatTime } from '../format.ts';
import { COMMAND_NAMES, useDialogText, type NamedCommand } from './text.ts';

/**
 * The frame every dedicated dialog shares: title with the ticket number, the ticket's title and category, a
 * vertical form, Ctrl+Enter to submit. Closing by the mask is off: a click beside the dialog must not lose a
 * half-written feedback.
 */
export function CommandModal<V extends object>(props: {
  ticket: TicketDetail;
  command: NamedCommand;
  form: FormInstance<V>;
  busy: boolean;
  onFinish(values: V): void;
  onClose(): void;
  width?: number;
  okText?: string;
  okDanger?: boolean;
  /** Disables the OK button (e.g. while files upload) */
  blocked?: boolean;
  initialValues?: Partial<V>;
  children: ReactNode;
}) {
  const t = useDialogText();
  const { lang } = useLang();
  const label = COMMAND_NAMES[lang][props.command];
  // Ctrl+Enter from any field of the dialog; the desk's own keys are off while a dialog is open.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    if (!props.busy && !props.blocked) props.form.submit();
  };
  return (
    <Modal
      open
      title={t('ticketTitle', { label, number: props.ticket.number })}
      okText={props.okText ?? t('submit')}
      cancelText={t('cancel')}
      okButtonProps={{ danger: props.okDanger ?? false, disabled: props.blocked ?? false }}
      onOk={() => props.form.submit()}
      onCancel={props.onClose}
      confirmLoading={props.busy}
      width={props.width ?? 560}
      mask={{ closable: false }}
      destroyOnHidden
      footer={(_, { OkBtn, CancelBtn }) => (
        <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12, flex: 1, textAlign: 'left' }}>
            {t('submitHint')}
          </Typography.Text>
          <CancelBtn />
          <OkBtn />
        </div>
      )}
    >
      <div onKeyDown={onKeyDown}>
        <TicketBrief ticket={props.ticket} />
        <Form
          form={props.form}
          layout="vertical"
          requiredMark="optional"
          onFinish={props.onFinish}
          initialValues={props.initialValues}
          size="small"
          preserve
        >
          {props.children}
        </Form>
      </div>
    </Modal>
  );
}

/** What the dialog acts on, in one line: the title, the category's last level and when it came in. */
export function TicketBrief({ ticket }: { ticket: TicketDetail }) {
  const t = useDialogText();
  return (
    <div style={{ marginBottom: 8, paddingBottom: 6, borderBottom: '1px solid #f0f0f0' }}>
      <Typography.Text strong>{ticket.title}</Typography.Text>
      <div style={{ fontSize: 12, color: '#8c8c8c' }}>
        {t('category')}：{ticket.category} · {t('received')}：{formatTime(ticket.receivedAt)}
      </div>
    </div>
  );
}
