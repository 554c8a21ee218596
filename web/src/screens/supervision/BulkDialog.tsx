import { useEffect, useState } from 'react';
import { Alert, Form, Input, Modal, Radio, Space, Table, Tag, Typography } from 'antd';
import { api } from '../../api/client.ts';
import { useApiErrorHandler } from '../../api/errors.ts';
import { BULK, type BulkResult, type Cell } from './supervision-api.ts';
import { useText } from './text.ts';

type Outcome = { ticketId: number; number: string; ok: boolean; message: string };

/**
 * 批量催办 / 批量督办 on the chosen tickets or on every ticket behind the number (POST /api/supervision/bulk). Each ticket is its own command on the
 * server, so the answer says, ticket by ticket, what was done and what was refused and why.
 */
export function BulkDialog({
  action,
  ticketIds,
  cell,
  total,
  onClose,
  onDone,
}: {
  action: 'urge' | 'supervise' | null;
  ticketIds: number[];
  cell: Cell;
  total: number;
  onClose(): void;
  onDone(): void;
}) {
  const t = useText();
  const showError = useApiErrorHandler();
  const [form] = Form.useForm<{ note?: string; scope: 'selected' | 'cell' }>();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<BulkResult | null>(null);
  // Each opening starts from the selection when there is one, from the whole number otherwise.
  useEffect(() => {
    if (action) form.setFieldsValue({ scope: ticketIds.length > 0 ? 'selected' : 'cell' });
  }, [action, form, ticketIds.length]);

  const submit = async ({ note, scope }: { note?: string; scope: 'selected' | 'cell' }) => {
    if (!action) return;
    setBusy(true);
    try {
      const { label: _label, ...whole } = cell;
      const body = {
        action,
        ...(scope === 'selected'
          ? { ticketIds }
          : { cell: { ...whole, own: whole.own ? ('true' as const) : undefined } }),
        note: note?.trim() || null,
      };
      const answer = await api.call(BULK, { body });
      setResult(answer);
      form.resetFields();
      onDone();
    } catch (error) {
      showError(error, { form });
    } finally {
      setBusy(false);
    }
  };

  const outcomes: Outcome[] = result
    ? [
        ...result.refused.map((r) => ({
          ticketId: r.ticketId,
          number: r.number,
          ok: false,
          message: r.message,
        })),
        ...result.done.map((d) => ({ ticketId: d.ticketId, number: d.number, ok: true, message: '' })),
      ]
    : [];

  return (
    <>
      <Modal
        open={action !== null && result === null}
        title={action === 'supervise' ? t('bulkSupervise') : t('bulkUrge')}
        okText={t('submit')}
        onOk={() => form.submit()}
        confirmLoading={busy}
        onCancel={onClose}
        width={480}
        forceRender
      >
        <Form form={form} layout="vertical" onFinish={submit} requiredMark="optional">
          <Form.Item name="scope" label={t('scope')} rules={[{ required: true }]}>
            <Radio.Group>
              <Space orientation="vertical" size={2}>
                <Radio value="selected" disabled={ticketIds.length === 0}>
                  {t('scopeSelected', { count: ticketIds.length })}
                </Radio>
                <Radio value="cell">{t('scopeCell', { total })}</Radio>
              </Space>
            </Radio.Group>
          </Form.Item>
          <Form.Item
            name="note"
            label={action === 'supervise' ? t('superviseNote') : t('urgeNote')}
            rules={
              action === 'supervise' ? [{ required: true, whitespace: true, message: t('noteRequired') }] : []
            }
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
          </Form.Item>
          {busy ? <Alert type="info" showIcon title={t('working')} /> : null}
        </Form>
      </Modal>
      <Modal
        open={result !== null}
        title={t('result')}
        onOk={() => {
          setResult(null);
          onClose();
        }}
        onCancel={() => {
          setResult(null);
          onClose();
        }}
        cancelButtonProps={{ style: { display: 'none' } }}
        width={600}
      >
        {result ? (
          <>
            <Typography.Paragraph>
              {t('resultSummary', { done: result.done.length, refused: result.refused.length })}
            </Typography.Paragraph>
            <Table<Outcome>
              size="small"
              rowKey="ticketId"
              pagination={false}
              scroll={{ y: 280 }}
              dataSource={outcomes}
              columns={[
                { title: t('number'), dataIndex: 'number', width: 160 },
                {
                  title: t('outcome'),
                  dataIndex: 'ok',
                  width: 80,
                  render: (ok: boolean) => (
                    <Tag color={ok ? 'green' : 'red'} style={{ marginInlineEnd: 0 }}>
                      {ok ? t('done') : t('refused')}
                    </Tag>
                  ),
                },
                { title: t('reason'), dataIndex: 'message' },
              ]}
            />
          </>
        ) : null}
      </Modal>
    </>
  );
}
