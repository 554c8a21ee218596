import { Alert, DatePicker, Descriptions, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { TicketDetail } from '../../../../src/contracts/tickets.schemas.ts';
import type { CommandDialogProps } from '../command-dialog/CommandDialog.tsx';
import { formatTime } from '../format.ts';
import { CommandModal } from './CommandModal.tsx';
import { noteOrNull, useCommandRunner } from './command-call.ts';
import { useDialogText, type DialogText } from './text.ts';

type Assignment = TicketDetail['assignments'][number];

interface Values {
  approve?: boolean;
  due?: Dayjs | null;
  note?: string;
}

/** The assignments of the current round (a request belongs to one of them). */
function current(ticket: TicketDetail): Assignment[] {
  return ticket.assignments.filter((a) => a.round === ticket.round);
}

function DecisionFields({
  t,
  approve,
  refuseLabel,
}: {
  t: DialogText;
  approve: boolean | undefined;
  refuseLabel?: string;
}) {
  return (
    <>
      <Form.Item
        name="approve"
        label={t('decision')}
        rules={[{ required: true, message: t('requiredChoice', { field: t('decision') }) }]}
      >
        <Radio.Group
          optionType="button"
          options={[
            { value: true, label: t('approve') },
            { value: false, label: refuseLabel ?? t('refuse') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="note"
        label={approve === false ? t('refuseReason') : t('note')}
        rules={
          approve === false
            ? [{ required: true, whitespace: true, message: t('required', { field: t('refuseReason') }) }]
            : []
        }
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
    </>
  );
}

/** 审批退回: the unit's reason, then approve (back to dispatch) or refuse with a reason. */
export function RuleSendBackDialog(props: CommandDialogProps) {
  const t = useDialogText();
  const [form] = Form.useForm<Values>();
  const approve = Form.useWatch('approve', form);
  const { busy, run } = useCommandRunner({ ...props, command: 'ruleSendBack', form });
  const request = current(props.ticket).find((a) => a.sendBackRequest);
  const finish = (values: Values) => void run({ approve: values.approve!, note: noteOrNull(values.note) });
  return (
    <CommandModal
      ticket={props.ticket}
      command="ruleSendBack"
      form={form}
      busy={busy}
      onFinish={finish}
      onClose={props.onClose}
    >
      {request?.sendBackRequest ? (
        <Descriptions
          size="small"
          bordered
          column={1}
          style={{ marginBottom: 12 }}
          styles={{ label: { width: 96 } }}
        >
          <Descriptions.Item label={t('requestedBy')}>{request.unitName}</Descriptions.Item>
          <Descriptions.Item label={t('requestedAt')}>
            {formatTime(request.sendBackRequest.at)}
          </Descriptions.Item>
          <Descriptions.Item label={t('requestReason')}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{request.sendBackRequest.reason}</span>
          </Descriptions.Item>
        </Descriptions>
      ) : (
        <Alert type="warning" showIcon title={t('noRequest')} style={{ marginBottom: 12 }} />
      )}
      <DecisionFields t={t} approve={approve} />
      {approve === true ? (
        <Alert type="info" title={t('sendBackApproved')} style={{ marginBottom: 8 }} />
      ) : null}
    </CommandModal>
  );
}

/** 审批延期: the requested new due beside the current one; approve (as requested, or another date) or refuse. */
export function RuleExtensionDialog(props: CommandDialogProps) {
  const t = useDialogText();
  const [form] = Form.useForm<Values>();
  const approve = Form.useWatch('approve', form);
  const { busy, run } = useCommandRunner({ ...props, command: 'ruleExtension', form });
  const request = current(props.ticket).find((a) => a.extensionRequest);
  const finish = (values: Values) =>
    void run({
      approve: values.approve!,
      due: values.approve && values.due ? values.due.format('YYYY-MM-DD HH:mm:ss') : null,
      note: noteOrNull(values.note),
    });
  return (
    <CommandModal
      ticket={props.ticket}
      command="ruleExtension"
      form={form}
      busy={busy}
      onFinish={finish}
      onClose={props.onClose}
      initialValues={request?.extensionRequest ? { due: dayjs(request.extensionRequest.requestedDue) } : {}}
    >
      {request?.extensionRequest ? (
        <Descriptions
          size="small"
          bordered
          column={2}
          style={{ marginBottom: 12 }}
          styles={{ label: { width: 84 } }}
        >
          <Descriptions.Item label={t('requestedBy')}>{request.unitName}</Descriptions.Item>
          <Descriptions.Item label={t('requestedAt')}>
            {formatTime(request.extensionRequest.at)}
          </Descriptions.Item>
          <Descriptions.Item label={t('currentDue')}>{formatTime(request.feedbackDue)}</Descriptions.Item>
          <Descriptions.Item label={t('requestedDue')}>
            <strong>{formatTime(request.extensionRequest.requestedDue)}</strong>
          </Descriptions.Item>
          <Descriptions.Item label={t('requestReason')} span={2}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{request.extensionRequest.reason}</span>
          </Descriptions.Item>
        </Descriptions>
      ) : (
        <Alert type="warning" showIcon title={t('noRequest')} style={{ marginBottom: 12 }} />
      )}
      <DecisionFields t={t} approve={approve} />
      {approve === true ? (
        <Form.Item name="due" label={t('newDue')} extra={t('newDueHint')}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: 220 }} />
        </Form.Item>
      ) : null}
    </CommandModal>
  );
}
