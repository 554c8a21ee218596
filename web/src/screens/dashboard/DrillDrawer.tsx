import { useEffect, useState } from 'react';
import { Alert, Button, Drawer, Flex, Table, Tabs, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { DrillTicket } from '../../../../src/contracts/dashboard.schemas.ts';
import { SATISFACTION_LABELS, TICKET_STATE_LABELS } from '../../../../src/domain/lifecycle/states.ts';
import { formatShortTime } from '../../components/format.ts';
import { drillParams, exportHref, useDrill, type DashboardFilter } from './api.ts';
import { amount, integer, type DrillRequest } from './figures.tsx';
import type { T } from './text.ts';

const PAGE_SIZE = 20;

/** The tickets behind a figure, tab by tab (numerator, denominator …), with the same total as the figure. */
export function DrillDrawer({
  request,
  filter,
  onClose,
  t,
}: {
  request: DrillRequest | null;
  filter: DashboardFilter;
  onClose: () => void;
  t: T;
}) {
  const [active, setActive] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  useEffect(() => {
    setActive(request?.tabs[0]?.key ?? null);
    setPage(1);
  }, [request]);
  const tab = request?.tabs.find((candidate) => candidate.key === active) ?? request?.tabs[0] ?? null;
  const period = request?.period ?? { from: filter.from, to: filter.to };
  const scope = { ...period, unit: request?.unitCode ?? '' };
  const drill = useDrill(scope, tab?.target ?? null, page, PAGE_SIZE);

  const columns = [
    {
      title: t('number'),
      dataIndex: 'number',
      width: 150,
      render: (number: string) => <Link to={`/tickets/${number}`}>{number}</Link>,
    },
    { title: t('ticketTitle'), dataIndex: 'title', ellipsis: true },
    {
      title: t('state'),
      dataIndex: 'state',
      width: 76,
      render: (state: string) => TICKET_STATE_LABELS[state as keyof typeof TICKET_STATE_LABELS] ?? state,
    },
    {
      title: t('category'),
      dataIndex: 'category',
      width: 130,
      ellipsis: true,
      render: (category: string) => category.split('/').at(-1),
    },
    { title: t('receivedAt'), dataIndex: 'receivedAt', width: 96, render: formatShortTime },
    {
      title: t('satisfactionLevel'),
      dataIndex: 'satisfaction',
      width: 76,
      render: (level: string | null) =>
        level ? (SATISFACTION_LABELS[level as keyof typeof SATISFACTION_LABELS] ?? level) : '',
    },
    { title: t('amount'), dataIndex: 'amount', width: 50, align: 'right' as const },
  ];

  return (
    <Drawer
      open={request !== null}
      onClose={onClose}
      size={820}
      title={request ? t('drillTitle', { unit: request.unitName, figure: request.figure }) : ''}
      extra={
        tab && request ? (
          <Button
            size="small"
            icon={<DownloadOutlined />}
            href={exportHref(
              { ...filter, ...period, unit: request.unitCode },
              'tickets',
              drillParams(tab.target),
            )}
          >
            {t('exportTickets')}
          </Button>
        ) : null
      }
    >
      {request && request.tabs.length > 1 ? (
        <Tabs
          size="small"
          activeKey={tab?.key}
          onChange={(key) => {
            setActive(key);
            setPage(1);
          }}
          items={request.tabs.map((item) => ({ key: item.key, label: item.label }))}
        />
      ) : null}
      <Flex vertical gap={8}>
        {drill.error ? <Alert type="error" showIcon title={(drill.error as Error).message} /> : null}
        {drill.data ? (
          <Typography.Text strong>
            {t('drillTotal', { total: amount(drill.data.total), tickets: integer(drill.data.tickets) })}
          </Typography.Text>
        ) : null}
        <Table<DrillTicket>
          size="small"
          rowKey="id"
          aria-label={tab?.label}
          loading={drill.isFetching}
          columns={columns}
          dataSource={drill.data?.rows ?? []}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: drill.data?.tickets ?? 0,
            size: 'small',
            showSizeChanger: false,
            onChange: setPage,
          }}
        />
      </Flex>
    </Drawer>
  );
}
