import { useState } from 'react';
import { App, Button, Form, Input, InputNumber, Modal, Radio, Space, Table, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import type { queuesContract } from '../../../../src/contracts/queues.contract.ts';
import type { BulkAction, BulkResult, QueueViewKey } from '../../../../src/contracts/queues.schemas.ts';
import type { RequestOf } from '../../../../src/contracts/client.ts';
import { api, lean } from '../../api/client.ts';
import { useApiErrorHandler } from '../../api/errors.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { useAbilities, useMe } from '../../api/session.ts';
// The dispatch dialog's picker: the same tree, found by name, code or pinyin initials.
import { UnitTreeSelect } from '../../components/dialogs/UnitTreeSelect.tsx';
import type { FilterText } from './queue-query.ts';
import { useText } from './text.ts';

const BULK = lean<typeof queuesContract.bulk>('POST', '/api/queues/:view/bulk');

/** Each bulk action and the ticket command it runs on every ticket (the user must be allowed that command). */
const ACTIONS: {
  action: BulkAction;
  command: string;
  label: 'bulkDispatch' | 'bulkUrge' | 'bulkAssignRevisit';
}[] = [
  { action: 'dispatch', command: 'ticketCommands.dispatch', label: 'bulkDispatch' },
  { action: 'urge', command: 'ticketCommands.urge', label: 'bulkUrge' },
  { action: 'assignRevisit', command: 'ticketCommands.revisit', label: 'bulkAssignRevisit' },
];

interface Values {
  scope: 'selected' | 'filter';
  leadUnitCode?: string;
  supportUnitCodes?: string[];
  note?: string;
  assigneeUserId?: number;
}

/**
 * Bulk dispatch, urge or revisit assignment on the selected tickets or on everything the filter matches
 * (POST /api/queues/:view/bulk); each ticket is its own command, so the answer lists what failed and why.
 */
export function BulkActions({
  view,
  filter,
  selected,
  total,
  onDone,
}: {
  view: QueueViewKey;
  filter: FilterText;
  selected: number[];
  total: number;
  onDone(): void;
}) {
  const t = useText();
  const can = useAbilities();
  const { data: me } = useMe();
  const { modal } = App.useApp();
  const showError = useApiErrorHandler();
  const queryClient = useQueryClient();
  const [action, setAction] = useState<BulkAction | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<Values>();
  const available = can('queues.bulk') ? ACTIONS.filter((a) => can(a.command)) : [];
  if (available.length === 0) return null;

  const showResult = (result: BulkResult) =>
    modal.info({
      title: t('bulkResult'),
      width: 560,
      content: (
        <div>
          <p>
            {t('succeeded', { count: result.succeeded.length })}
            {result.failed.length > 0 ? `，${t('failed', { count: result.failed.length })}` : ''}
          </p>
          {result.failed.length > 0 ? (
            <Table
              size="small"
              rowKey="ticketId"
              pagination={false}
              scroll={{ y: 240 }}
              dataSource={result.failed}
              columns={[
                { title: t('number'), dataIndex: 'number', width: 150 },
                { title: t('reason'), dataIndex: 'message' },
              ]}
            />
          ) : null}
        </div>
      ),
    });

  const submit = async (values: Values) => {
    if (!action) return;
    setBusy(true);
    try {
      const { sort: _sort, ...narrowing } = filter;
      const body = {
        action,
        ...(values.scope === 'selected' ? { ticketIds: selected } : { filter: narrowing }),
        params: {
          ...(values.leadUnitCode ? { leadUnitCode: values.leadUnitCode } : {}),
          supportUnitCodes: values.supportUnitCodes ?? [],
          note: values.note?.trim() || null,
          ...(values.assigneeUserId ? { assigneeUserId: values.assigneeUserId } : {}),
        },
      } as RequestOf<typeof queuesContract.bulk>['body'];
      const result = await api.call(BULK, { params: { view }, body });
      setAction(null);
      form.resetFields();
      showResult(result);
      void queryClient.invalidateQueries({ queryKey: queryKeys.queues });
      void queryClient.invalidateQueries({ queryKey: queryKeys.tickets });
      onDone();
    } catch (error) {
      showError(error, { form });
    } finally {
      setBusy(false);
    }
  };

  const open = (next: BulkAction) => {
    form.setFieldsValue({ scope: selected.length > 0 ? 'selected' : 'filter' });
    setAction(next);
  };

  return (
    <>
      <Space size={4}>
        {available.map((a) => (
          <Button key={a.action} onClick={() => open(a.action)} disabled={total === 0}>
            {t(a.label)}
          </Button>
        ))}
      </Space>
      <Modal
        open={action !== null}
        title={action ? t(ACTIONS.find((a) => a.action === action)!.label) : ''}
        okText={t('submit')}
        onOk={() => form.submit()}
        confirmLoading={busy}
        onCancel={() => setAction(null)}
        width={520}
        forceRender
      >
        <Form form={form} layout="vertical" onFinish={submit} requiredMark="optional">
          <Form.Item name="scope" label={t('scope')}>
            <Radio.Group>
              <Space orientation="vertical" size={2}>
                <Radio value="selected" disabled={selected.length === 0}>
                  {t('scopeSelected', { count: selected.length })}
                </Radio>
                <Radio value="filter">{t('scopeFilter', { total })}</Radio>
              </Space>
            </Radio.Group>
          </Form.Item>
          {action === 'dispatch' ? (
            <>
              <Form.Item
                name="leadUnitCode"
                label={t('leadUnit2')}
                rules={[{ required: true, message: t('required') }]}
              >
                <UnitTreeSelect />
              </Form.Item>
              <Form.Item name="supportUnitCodes" label={t('supportUnits')}>
                <UnitTreeSelect multiple />
              </Form.Item>
            </>
          ) : null}
          {action === 'assignRevisit' ? (
            <Form.Item label={t('assigneeId')} required>
              <Space.Compact style={{ width: '100%' }}>
                <Form.Item name="assigneeUserId" noStyle rules={[{ required: true, message: t('required') }]}>
                  <InputNumber min={1} style={{ width: '100%' }} />
                </Form.Item>
                {me?.userId ? (
                  <Button onClick={() => form.setFieldValue('assigneeUserId', me.userId)}>
                    {t('assigneeMe')}
                  </Button>
                ) : null}
              </Space.Compact>
            </Form.Item>
          ) : null}
          {action === 'dispatch' || action === 'urge' ? (
            <Form.Item name="note" label={t('note')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
            </Form.Item>
          ) : null}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('selected', { count: selected.length })}
          </Typography.Text>
        </Form>
      </Modal>
    </>
  );
}
