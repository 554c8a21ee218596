import { useState } from 'react';
import { App, Button, DatePicker, Flex, Form, Input, Modal, Radio, Select, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { Link, useSearchParams } from 'react-router';
import { ErrorPage } from '../../app/StatusPages.tsx';
import { ApiError } from '../../api/client.ts';
import { useApiErrorHandler } from '../../api/errors.ts';
import { useAbilities } from '../../api/session.ts';
import { formatShortTime } from '../../components/format.ts';
import { lineLabel } from './FiguresPanel.tsx';
import {
  fetchTransfers,
  LINES,
  OUTCOMES,
  recordOutcome,
  transfersKey,
  type Outcome,
  type Transfer,
} from './lines-api.ts';
import { useText, type LinesText } from './text.ts';

const OUTCOME_COLOURS: Record<Outcome, string> = { accepted: 'blue', returned: 'orange', completed: 'green' };
type OutcomeForm = { outcome: Outcome; note?: string; at?: Dayjs | null; otherOrderNumber?: string };

const outcomeLabel = (t: LinesText, outcome: string) => t(`outcome.${outcome}` as Parameters<LinesText>[0]);

/**
 * 转出记录: each appeal put through to another line, newest first, with the receiving line's answer; the centre
 * (or the line itself, through the API) records it when it comes. Line and outcome filters live in the address.
 */
export function TransfersPanel({ from, to }: { from: string; to: string }) {
  const t = useText();
  const can = useAbilities();
  const { message } = App.useApp();
  const showError = useApiErrorHandler();
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const line = params.get('line') ?? undefined;
  const outcome = params.get('outcome') ?? undefined;
  const [page, setPage] = useState(1);
  const [working, setWorking] = useState<Transfer | null>(null);
  const [form] = Form.useForm<OutcomeForm>();
  const query = { from, to, ...(line ? { line } : {}), ...(outcome ? { outcome } : {}), page };
  const transfers = useQuery({
    queryKey: transfersKey(query),
    queryFn: () => fetchTransfers(query),
    placeholderData: keepPreviousData,
  });
  const save = useMutation({
    mutationFn: (values: OutcomeForm) =>
      recordOutcome(working!.id, {
        outcome: values.outcome,
        note: values.note?.trim() || null,
        ...(values.at ? { at: values.at.format('YYYY-MM-DD HH:mm:ss') } : {}),
        ...(values.otherOrderNumber?.trim() ? { otherOrderNumber: values.otherOrderNumber.trim() } : {}),
      } as Parameters<typeof recordOutcome>[1]),
    onSuccess: async () => {
      message.success(t('recorded'));
      setWorking(null);
      await client.invalidateQueries({ queryKey: ['tickets', 'lines'] });
    },
    onError: (error) => showError(error, { form }),
  });
  const narrow = (key: 'line' | 'outcome', value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
    setPage(1);
  };
  const open = (transfer: Transfer) => {
    setWorking(transfer);
    form.setFieldsValue({
      outcome: transfer.outcome ?? undefined,
      note: transfer.outcomeNote ?? '',
      otherOrderNumber: transfer.otherOrderNumber ?? '',
      at: null,
    } as OutcomeForm);
  };

  const mayRecord = can('lines.recordTransferOutcome');
  const columns: ColumnsType<Transfer> = [
    {
      title: t('ticket'),
      dataIndex: 'ticketNumber',
      width: 150,
      render: (number: string) => <Link to={`/tickets/${number}`}>{number}</Link>,
    },
    { title: t('line'), dataIndex: 'line', width: 80, render: (value: string) => lineLabel(t, value) },
    { title: t('transferredAt'), dataIndex: 'transferredAt', width: 110, render: formatShortTime },
    { title: t('otherOrderNumber'), dataIndex: 'otherOrderNumber', width: 130, ellipsis: true },
    {
      title: t('outcome'),
      dataIndex: 'outcome',
      width: 80,
      render: (value: Outcome | null) =>
        value ? (
          <Tag color={OUTCOME_COLOURS[value]}>{outcomeLabel(t, value)}</Tag>
        ) : (
          <Tag>{t('outcome.pending')}</Tag>
        ),
    },
    { title: t('outcomeAt'), dataIndex: 'outcomeAt', width: 110, render: formatShortTime },
    { title: t('outcomeNote'), dataIndex: 'outcomeNote', ellipsis: true },
    ...(mayRecord
      ? [
          {
            title: t('actions'),
            key: 'actions',
            width: 96,
            render: (_: unknown, transfer: Transfer) => (
              <Button
                size="small"
                type={transfer.outcome ? 'default' : 'primary'}
                onClick={() => open(transfer)}
              >
                {t('record')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <div>
      <Flex gap="small" align="center" wrap style={{ marginBottom: 8 }}>
        <Select
          size="small"
          allowClear
          aria-label={t('line')}
          placeholder={t('allLines')}
          value={line}
          style={{ width: 120 }}
          onChange={(value?: string) => narrow('line', value)}
          options={LINES.map((value) => ({ value, label: lineLabel(t, value) }))}
        />
        <Select
          size="small"
          allowClear
          aria-label={t('outcome')}
          placeholder={t('allOutcomes')}
          value={outcome}
          style={{ width: 120 }}
          onChange={(value?: string) => narrow('outcome', value)}
          options={['pending', ...OUTCOMES].map((value) => ({ value, label: outcomeLabel(t, value) }))}
        />
      </Flex>
      {transfers.error instanceof ApiError && !transfers.data ? (
        <ErrorPage detail={transfers.error.message} onRetry={() => void transfers.refetch()} />
      ) : (
        <Table<Transfer>
          size="small"
          rowKey="id"
          tableLayout="fixed"
          aria-label={t('tabTransfers')}
          loading={transfers.isFetching && !transfers.data}
          columns={columns}
          dataSource={transfers.data?.items ?? []}
          locale={{ emptyText: t('noTransfers') }}
          pagination={{
            current: page,
            pageSize: 20,
            total: transfers.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => t('count', { total }),
            onChange: setPage,
          }}
        />
      )}
      <Modal
        open={working !== null}
        title={working ? t('dialogTitle', { number: working.ticketNumber }) : ''}
        okText={t('save')}
        cancelText={t('cancel')}
        confirmLoading={save.isPending}
        onOk={() => void form.validateFields().then((values) => save.mutate(values))}
        onCancel={() => setWorking(null)}
        forceRender
      >
        <Form form={form} layout="vertical" size="small">
          <Form.Item
            name="outcome"
            label={t('outcome')}
            rules={[{ required: true, message: t('outcomeRequired') }]}
          >
            <Radio.Group options={OUTCOMES.map((value) => ({ value, label: outcomeLabel(t, value) }))} />
          </Form.Item>
          <Form.Item name="otherOrderNumber" label={t('otherOrderNumber')}>
            <Input maxLength={64} />
          </Form.Item>
          <Form.Item name="at" label={t('at')} extra={t('atHint')}>
            <DatePicker showTime size="small" style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="note" label={t('note')}>
            <Input.TextArea rows={3} maxLength={1000} placeholder={t('notePlaceholder')} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
