import { useState } from 'react';
import { App, Button, Flex, Form, Input, Modal, Radio, Segmented, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PhoneOutlined, ReloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ErrorPage } from '../../app/StatusPages.tsx';
import { ApiError } from '../../api/client.ts';
import { useApiErrorHandler } from '../../api/errors.ts';
import { formatShortTime } from '../../components/format.ts';
import { fetchMissed, missedKey, recordCallback, type CallbackBody, type MissedCall } from './calls-api.ts';
import { useText } from './text.ts';

const PAGE_SIZE = 20;

/**
 * Missed calls still owed a callback (国办函〔2025〕66号 asks centres to call missed callers back): an agent
 * calls the number, then records the outcome here; a later answered call or a switch-reported callback
 * takes the call off the list by itself.
 */
export function MissedPanel() {
  const t = useText();
  const { message } = App.useApp();
  const showError = useApiErrorHandler();
  const client = useQueryClient();
  const [days, setDays] = useState(7);
  const [page, setPage] = useState(1);
  const [working, setWorking] = useState<MissedCall | null>(null);
  const [form] = Form.useForm<CallbackBody>();

  const missed = useQuery({
    queryKey: missedKey(days, page, PAGE_SIZE),
    queryFn: () => fetchMissed(days, page, PAGE_SIZE),
    placeholderData: keepPreviousData,
    refetchInterval: 30_000,
  });
  const save = useMutation({
    mutationFn: (body: CallbackBody) => recordCallback(working!.id, body),
    onSuccess: async (recorded) => {
      if (recorded.settled) message.success(t('recorded'));
      else
        message.info(
          t('attemptRecorded', {
            attempt: recorded.attempt,
            max: missed.data?.maxAttempts ?? recorded.attempt,
          }),
        );
      setWorking(null);
      form.resetFields();
      await client.invalidateQueries({ queryKey: ['calls', 'missed'] });
    },
    onError: (error) => showError(error, { form }),
  });

  const canRecord = missed.data?.canRecord ?? false;
  const columns: ColumnsType<MissedCall> = [
    {
      title: t('callTime'),
      dataIndex: 'offeredAt',
      width: 130,
      render: (iso: string) => formatShortTime(iso),
    },
    {
      title: t('callerNumber'),
      dataIndex: 'callerNumber',
      width: 150,
      render: (number: string) => <Typography.Text copyable={canRecord}>{number}</Typography.Text>,
    },
    {
      title: t('waited'),
      dataIndex: 'waitedSeconds',
      width: 90,
      align: 'right',
      render: (value: number | null) => (value === null ? '—' : t('seconds', { value })),
    },
    {
      title: t('attempts'),
      key: 'attempts',
      width: 130,
      render: (_: unknown, call) =>
        call.attempts > 0 && call.lastAttemptAt ? (
          <Typography.Text type="warning">
            {t('attemptsValue', { attempts: call.attempts, at: formatShortTime(call.lastAttemptAt) })}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    { title: t('callNumber'), dataIndex: 'callNumber', width: 180, ellipsis: true },
    {
      title: t('actions'),
      key: 'actions',
      render: (_: unknown, call) =>
        canRecord ? (
          <Space size="small">
            <Button size="small" type="primary" icon={<PhoneOutlined />} onClick={() => setWorking(call)}>
              {t('callBack')}
            </Button>
            <Link to={`/desk?phone=${encodeURIComponent(call.callerNumber)}`} title={t('toDeskHint')}>
              {t('toDesk')}
            </Link>
          </Space>
        ) : null,
    },
  ];

  return (
    <div>
      <Flex gap="middle" align="center" wrap style={{ marginBottom: 8 }}>
        <Segmented
          size="small"
          value={days}
          options={[1, 3, 7, 31].map((value) => ({ value, label: t('days', { days: value }) }))}
          onChange={(value) => {
            setDays(Number(value));
            setPage(1);
          }}
        />
        <Button size="small" icon={<ReloadOutlined />} onClick={() => void missed.refetch()}>
          {t('refresh')}
        </Button>
        <Typography.Text type="secondary">{t('missedHint')}</Typography.Text>
      </Flex>
      {missed.error instanceof ApiError && !missed.data ? (
        <ErrorPage detail={missed.error.message} onRetry={() => void missed.refetch()} />
      ) : (
        <Table<MissedCall>
          size="small"
          rowKey="id"
          loading={missed.isFetching && !missed.data}
          columns={columns}
          dataSource={missed.data?.items ?? []}
          locale={{ emptyText: t('noMissed') }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: missed.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => t('count', { total }),
            onChange: setPage,
          }}
        />
      )}
      <Modal
        open={working !== null}
        title={working ? t('dialogTitle', { number: working.callerNumber }) : ''}
        okText={t('save')}
        cancelText={t('cancel')}
        confirmLoading={save.isPending}
        onOk={() => void form.validateFields().then((body) => save.mutate(body))}
        onCancel={() => setWorking(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" size="small" preserve={false}>
          <Form.Item
            name="outcome"
            label={t('outcome')}
            rules={[{ required: true, message: t('outcomeRequired') }]}
          >
            <Radio.Group
              options={[
                { value: 'reached', label: t('reached') },
                { value: 'unreachable', label: t('unreachable') },
                { value: 'noNeed', label: t('noNeed') },
              ]}
            />
          </Form.Item>
          <Form.Item name="note" label={t('note')}>
            <Input.TextArea rows={3} maxLength={500} placeholder={t('notePlaceholder')} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
