import { Form, Input, Tag, Tooltip, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { intakeAssistContract } from '../../../../src/contracts/intake-assist.contract.ts';
import { api, lean } from '../../api/client.ts';
import { useAbilities } from '../../api/session.ts';
import type { CommandDialogProps } from '../command-dialog/CommandDialog.tsx';
import { CommandModal } from './CommandModal.tsx';
import { noteOrNull, useCommandRunner } from './command-call.ts';
import { useDialogText } from './text.ts';
import { UnitTreeSelect } from './UnitTreeSelect.tsx';

const SUGGESTED = lean<typeof intakeAssistContract.suggestedUnits>('GET', '/api/intake/suggested-units');

interface Values {
  leadUnitCode?: string;
  supportUnitCodes?: string[];
  note?: string;
}

/** The units that most often led this category in this district lately (the same list the agent desk shows). */
function useSuggestedUnits(categoryCode: string | null, district: string | null, enabled: boolean) {
  return useQuery({
    queryKey: ['suggested-units', categoryCode, district],
    queryFn: () =>
      api.call(SUGGESTED, { query: { categoryCode: categoryCode!, ...(district ? { district } : {}) } }),
    enabled: enabled && categoryCode !== null,
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/** 派单: a lead unit and any supporting units from the tree, helped by the units that usually take this kind. */
export function DispatchDialog(props: CommandDialogProps) {
  const t = useDialogText();
  const can = useAbilities();
  const [form] = Form.useForm<Values>();
  const { busy, run } = useCommandRunner({ ...props, command: 'dispatch', form });
  const lead = Form.useWatch('leadUnitCode', form);
  const support = Form.useWatch('supportUnitCodes', form) ?? [];
  const suggested = useSuggestedUnits(
    props.ticket.categoryCode,
    props.ticket.districtCode,
    can('intakeAssist.suggestedUnits'),
  );

  // The agent's suggestions at intake travel in the note of requestDispatch; the list here is the history.
  const pick = (code: string) => {
    if (!lead || lead === code) form.setFieldsValue({ leadUnitCode: code });
    else if (support.includes(code))
      form.setFieldsValue({ supportUnitCodes: support.filter((c) => c !== code) });
    else form.setFieldsValue({ supportUnitCodes: [...support, code] });
  };

  const finish = (values: Values) =>
    void run({
      leadUnitCode: values.leadUnitCode!,
      supportUnitCodes: (values.supportUnitCodes ?? []).filter((code) => code !== values.leadUnitCode),
      note: noteOrNull(values.note),
    });

  const items = suggested.data?.items ?? [];
  return (
    <CommandModal
      ticket={props.ticket}
      command="dispatch"
      form={form}
      busy={busy}
      onFinish={finish}
      onClose={props.onClose}
    >
      {props.ticket.categoryCode && can('intakeAssist.suggestedUnits') ? (
        <div style={{ marginBottom: 10 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('suggested')}（{t('suggestedPick')}）
          </Typography.Text>
          <div role="group" aria-label={t('suggested')} style={{ minHeight: 22, marginTop: 2 }}>
            {suggested.data && items.length === 0 ? (
              <Typography.Text type="secondary">
                {t('suggestedNone', { days: suggested.data.days })}
              </Typography.Text>
            ) : null}
            {items.map((unit) => (
              <Tooltip
                key={unit.unitCode}
                title={unit.basis === 'city' ? t('suggestedBasisCity') : undefined}
              >
                <Tag.CheckableTag
                  checked={lead === unit.unitCode || support.includes(unit.unitCode)}
                  onChange={() => pick(unit.unitCode)}
                  style={{ border: '1px solid #d9d9d9', marginBottom: 4 }}
                >
                  {lead === unit.unitCode ? `${t('leadUnit')}：` : ''}
                  {unit.unitName} · {t('suggestedCount', { count: unit.count })}
                </Tag.CheckableTag>
              </Tooltip>
            ))}
          </div>
        </div>
      ) : null}
      <Form.Item
        name="leadUnitCode"
        label={t('leadUnit')}
        rules={[{ required: true, message: t('requiredChoice', { field: t('leadUnit') }) }]}
      >
        <UnitTreeSelect placeholder={t('unitSearch')} autoFocus />
      </Form.Item>
      <Form.Item name="supportUnitCodes" label={t('supportUnits')}>
        <UnitTreeSelect multiple placeholder={t('unitSearch')} exclude={lead ? [lead] : []} />
      </Form.Item>
      <Form.Item name="note" label={t('dispatchNote')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
    </CommandModal>
  );
}
