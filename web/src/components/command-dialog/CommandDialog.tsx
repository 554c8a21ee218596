import { useMemo, useRef, useState } from 'react';
import { DatePicker, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { ticketCommandContracts, ticketsContract } from '../../../../src/contracts/tickets.contract.ts';
import { CommandBodies, type TicketDetail } from '../../../../src/contracts/tickets.schemas.ts';
import type { TicketCommandType } from '../../../../src/domain/lifecycle/index.ts';
import { api, ApiError } from '../../api/client.ts';
import { useApiErrorHandler } from '../../api/errors.ts';
import { useBilingual, useLang } from '../../i18n/index.tsx';
import { UnitSelect } from '../UnitSelect.tsx';
import { commandFields, OWN_SUBTREE_UNITS, type CommandField } from './fields.ts';

export interface CommandDialogProps {
  ticket: TicketDetail;
  command: TicketCommandType;
  /** The acting user's unit (sub-dispatch picks below it). */
  unitCode: string;
  onClose(): void;
  /** The ticket after the command. */
  onDone(ticket: TicketDetail): void;
  /** 409: someone else changed the ticket (or its state no longer allows this); reload it. */
  onConflict(error: ApiError): void;
}

type Values = Record<string, unknown>;

function toBody(fields: CommandField[], values: Values): Values {
  const body: Values = {};
  for (const field of fields) {
    let value = values[field.name];
    if (field.kind === 'time') value = value ? (value as Dayjs).format('YYYY-MM-DD HH:mm:ss') : undefined;
    if (typeof value === 'string') value = value.trim();
    if (value === '' || value === undefined || value === null) {
      if (field.nullable) body[field.name] = null;
      continue;
    }
    body[field.name] = value;
  }
  return body;
}

/**
 * The generic dialog of one lifecycle command, its form read from the command's body schema. Frequent commands
 * may get a dialog of their own (web/src/components/command-dialog/dialogs.tsx).
 */
export function CommandDialog({
  ticket,
  command,
  unitCode,
  onClose,
  onDone,
  onConflict,
}: CommandDialogProps) {
  const { lang } = useLang();
  const text = useBilingual();
  const showError = useApiErrorHandler();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const contract = ticketCommandContracts[command];
  const fields = useMemo(() => commandFields(CommandBodies[command]), [command]);
  // The version the user saw when deciding, not whatever a live update brought in since: a change by someone
  // else meanwhile must come back as a conflict to read, not pass unseen. After a conflict, the reloaded one.
  const seen = useRef<number | null>(ticket.version);
  const latest = useRef(ticket);
  latest.current = ticket;

  const submit = async (values: Values) => {
    setBusy(true);
    try {
      const body = toBody(fields, values);
      if (typeof body.intoTicketId === 'string') {
        const target = await api.call(ticketsContract.getByNumber, { params: { number: body.intoTicketId } });
        body.intoTicketId = target.id;
      }
      const call = api.call as (
        c: typeof contract,
        r: { params: { id: number }; body: Values },
      ) => Promise<TicketDetail>;
      const after = await call(contract, {
        params: { id: ticket.id },
        body: { ...body, version: seen.current ?? latest.current.version },
      });
      onDone(after);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        seen.current = null;
        onConflict(error);
      } else showError(error, { form });
    } finally {
      setBusy(false);
    }
  };

  const required = lang === 'en' ? 'Required' : '必填';
  return (
    <Modal
      open
      title={`${contract.summary} · ${ticket.number}`}
      okText={lang === 'en' ? 'Submit' : '提交'}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      width={560}
      mask={{ closable: false }}
    >
      <Form form={form} layout="vertical" onFinish={submit} requiredMark="optional" preserve>
        {fields.length === 0 ? (
          <p>
            {lang === 'en'
              ? 'Confirm this action.'
              : `确认对工单 ${ticket.number} 执行“${contract.summary}”？`}
          </p>
        ) : null}
        {fields.map((field) => (
          <Form.Item
            key={field.name}
            name={field.name}
            label={text(field.label)}
            rules={field.required ? [{ required: true, message: required }] : []}
          >
            {renderInput(field, command, unitCode, text)}
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}

function renderInput(
  field: CommandField,
  command: TicketCommandType,
  unitCode: string,
  text: (b: { 'zh-CN': string; en: string }) => string,
) {
  switch (field.kind) {
    case 'longText':
      return <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />;
    case 'boolean':
    case 'choice':
      return (field.options?.length ?? 0) <= 4 ? (
        <Radio.Group options={field.options?.map((o) => ({ value: o.value, label: text(o.label) }))} />
      ) : (
        <Select options={field.options?.map((o) => ({ value: o.value as string, label: text(o.label) }))} />
      );
    case 'time':
      return <DatePicker showTime format="YYYY-MM-DD HH:mm:ss" style={{ width: '100%' }} />;
    case 'unit':
      return <UnitSelect root={OWN_SUBTREE_UNITS.includes(command) ? unitCode : null} />;
    case 'units':
      return <UnitSelect multiple />;
    case 'tags':
      return <Select mode="tags" open={false} />;
    case 'number':
      return <InputNumber style={{ width: '100%' }} />;
    case 'ticketNumber':
    case 'text':
    default:
      return <Input />;
  }
}
