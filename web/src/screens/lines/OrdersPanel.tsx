import { useState } from 'react';
import { Flex, Select, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { ErrorPage } from '../../app/StatusPages.tsx';
import { ApiError } from '../../api/client.ts';
import { formatShortTime } from '../../components/format.ts';
import { lineLabel } from './FiguresPanel.tsx';
import { fetchOrders, ORDER_SOURCES, ordersKey, type Order } from './lines-api.ts';
import { useText } from './text.ts';

/** 转入工单: orders 110 and the other lines sent in, and work from the higher platform, newest first. */
export function OrdersPanel({ from, to }: { from: string; to: string }) {
  const t = useText();
  const [params, setParams] = useSearchParams();
  const line = params.get('line') ?? undefined;
  const [page, setPage] = useState(1);
  const query = { from, to, ...(line ? { line } : {}), page };
  const orders = useQuery({
    queryKey: ordersKey(query),
    queryFn: () => fetchOrders(query),
    placeholderData: keepPreviousData,
  });
  const narrow = (value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set('line', value);
    else next.delete('line');
    setParams(next);
    setPage(1);
  };
  const columns: ColumnsType<Order> = [
    { title: t('source'), dataIndex: 'line', width: 100, render: (value: string) => lineLabel(t, value) },
    { title: t('orderNumber'), dataIndex: 'orderNumber', width: 220, ellipsis: true },
    { title: t('receivedAt'), dataIndex: 'receivedAt', width: 120, render: formatShortTime },
    {
      title: t('registered'),
      dataIndex: 'ticketNumber',
      render: (number: string) => <Link to={`/tickets/${number}`}>{number}</Link>,
    },
  ];
  return (
    <div>
      <Flex gap="small" align="center" style={{ marginBottom: 8 }}>
        <Select
          size="small"
          allowClear
          aria-label={t('source')}
          placeholder={t('allSources')}
          value={line}
          style={{ width: 130 }}
          onChange={(value?: string) => narrow(value)}
          options={ORDER_SOURCES.map((value) => ({ value, label: lineLabel(t, value) }))}
        />
      </Flex>
      {orders.error instanceof ApiError && !orders.data ? (
        <ErrorPage detail={orders.error.message} onRetry={() => void orders.refetch()} />
      ) : (
        <Table<Order>
          size="small"
          rowKey={(order) => `${order.line}/${order.orderNumber}`}
          tableLayout="fixed"
          aria-label={t('tabOrders')}
          loading={orders.isFetching && !orders.data}
          columns={columns}
          dataSource={orders.data?.items ?? []}
          locale={{ emptyText: t('noOrders') }}
          style={{ maxWidth: 900 }}
          pagination={{
            current: page,
            pageSize: 20,
            total: orders.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => t('count', { total }),
            onChange: setPage,
          }}
        />
      )}
    </div>
  );
}
