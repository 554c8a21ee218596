import { DatePicker, Form, Input, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { TicketDetail } from '../../../../src/contracts/tickets.schemas.ts';
import type { CommandDialogProps } from '../command-dialog/CommandDialog.tsx';
import { DeadlineText } from '../TicketTags.tsx';
import { formatTime } from '../format.ts';
import { CommandModal } from './CommandModal.tsx';
import { useCommandRunner } from './command-call.ts';
import { useDialogText } from './text.ts';

/** The user's own assignment in the current round: the one a unit's request is about. */
export function ownAssignment(ticket: TicketDetail, unitCode: string) {
  return ticket.assignments.find((a) => a.round === ticket.round && a.unitCode === unitCode) ?? null;
}

/** 申请延期: a reason and the new feedback deadline, which must come after the current one. */
export function RequestExtensionDialog(props: CommandDialogProps) {
  const t = useDialogText();
  const [form] = Form.useForm<{ reason?: string; requestedDue?: Dayjs }>();
  const { busy, run } = useCommandRunner({ ...props, command: 'requestExtension', form });
  const own = ownAssignment(props.ticket, props.unitCode);
  const currentDue = own?.feedbackDue ?? null;
  const finish = (values: { reason?: string; requestedDue?: Dayjs }) =>
    void run({
      reason: values.reason!.trim(),
      requestedDue: values.requestedDue!.format('YYYY-MM-DD HH:mm:ss'),
    });
  return (
    <CommandModal
      ticket={props.ticket}
      command="requestExtension"
      form={form}
      busy={busy}
      onFinish={finish}
      onClose={props.onClose}
    >
      {currentDue ? (
        <Typography.Paragraph style={{ marginBottom: 8 }}>
          {t('currentDue')}：{formatTime(currentDue)}（<DeadlineText due={currentDue} />）
        </Typography.Paragraph>
      ) : null}
      <Form.Item
        name="requestedDue"
        label={t('extendTo')}
        rules={[
          { required: true, message: t('requiredChoice', { field: t('extendTo') }) },
          {
            validator: (_rule, value: Dayjs | undefined) =>
              !value || !currentDue || value.valueOf() > new Date(currentDue).getTime()
                ? Promise.resolve()
                : Promise.reject(new Error(t('dueMustBeLater', { due: formatTime(currentDue) }))),
          },
        ]}
      >
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: 220 }} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('extensionReason')}
        rules={[
          { required: true, whitespace: true, message: t('required', { field: t('extensionReason') }) },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={1000} />
      </Form.Item>
    </CommandModal>
  );
}

/** 申请退回: why the order is not this unit's to handle; the centre rules on it. */
export function RequestSendBackDialog(props: CommandDialogProps) {
  const t = useDialogText();
  const [form] = Form.useForm<{ reason?: string }>();
  const { busy, run } = useCommandRunner({ ...props, command: 'requestSendBack', form });
  return (
    <CommandModal
      ticket={props.ticket}
      command="requestSendBack"
      form={form}
      busy={busy}
      onFinish={(values) => void run({ reason: values.reason!.trim() })}
      onClose={props.onClose}
    >
      <Form.Item
        name="reason"
        label={t('sendBackReason')}
        rules={[{ required: true, whitespace: true, message: t('required', { field: t('sendBackReason') }) }]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={1000} autoFocus />
      </Form.Item>
    </CommandModal>
  );
}
