import { Form, Input } from 'antd';
import type { CommandDialogProps } from '../command-dialog/CommandDialog.tsx';
import { CommandModal } from './CommandModal.tsx';
import { noteOrNull, useCommandRunner } from './command-call.ts';
import { useDialogText } from './text.ts';
import { UnitTreeSelect } from './UnitTreeSelect.tsx';

interface Values {
  childUnitCode?: string;
  note?: string;
}

/** 二级派单: hand one's own assignment down to a unit below one's own. */
export function SubDispatchDialog(props: CommandDialogProps) {
  const t = useDialogText();
  const [form] = Form.useForm<Values>();
  const { busy, run } = useCommandRunner({ ...props, command: 'subDispatch', form });
  const finish = (values: Values) =>
    void run({ childUnitCode: values.childUnitCode!, note: noteOrNull(values.note) });
  return (
    <CommandModal
      ticket={props.ticket}
      command="subDispatch"
      form={form}
      busy={busy}
      onFinish={finish}
      onClose={props.onClose}
    >
      <Form.Item
        name="childUnitCode"
        label={t('childUnit')}
        rules={[{ required: true, message: t('requiredChoice', { field: t('childUnit') }) }]}
      >
        <UnitTreeSelect root={props.unitCode} placeholder={t('unitSearch')} autoFocus />
      </Form.Item>
      <Form.Item name="note" label={t('note')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
    </CommandModal>
  );
}
