import { useEffect, useState } from 'react';
import { Button, Drawer, Space, Table, Tag, Typography } from 'antd';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { queryKeys } from '../../api/query-keys.ts';
import { useUnits } from '../../api/reference.ts';
import { DeadlineText, FlagTag, StateTag } from '../../components/TicketTags.tsx';
import { BulkDialog } from './BulkDialog.tsx';
import { cellKey, fetchCell, type Cell, type TicketPage } from './supervision-api.ts';
import { useText } from './text.ts';

type Row = TicketPage['items'][number];

/**
 * The tickets behind one number of the board, nearest deadline first, paged by the server; with the actions the
 * server allows this viewer, a selection is urged or supervised in bulk.
 */
export function CellDrawer({
  cell,
  bulkActions,
  onClose,
}: {
  cell: Cell | null;
  bulkActions: readonly ('urge' | 'supervise')[];
  onClose(): void;
}) {
  const t = useText();
  const queryClient = useQueryClient();
  const { byCode } = useUnits();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const [selected, setSelected] = useState<number[]>([]);
  const [action, setAction] = useState<'urge' | 'supervise' | null>(null);
  useEffect(() => {
    setPage(1);
    setSelected([]);
  }, [cell]);

  const list = useQuery({
    queryKey: cell ? cellKey(cell, page, pageSize) : ['tickets', 'supervision', 'none'],
    queryFn: () => fetchCell(cell!, page, pageSize),
    enabled: cell !== null,
    placeholderData: keepPreviousData,
  });
  const total = list.data?.total ?? 0;

  return (
    <Drawer
      open={cell !== null}
      onClose={onClose}
      size={920}
      title={
        cell ? (
          <Space size={8}>
            <span>{t('cellTitle', { scope: cell.label, measure: t(cell.measure) })}</span>
            <Typography.Text type="secondary" style={{ fontWeight: 400 }}>
              {t('count', { total })}
            </Typography.Text>
          </Space>
        ) : null
      }
      extra={
        bulkActions.length > 0 ? (
          <Space size={4}>
            {selected.length > 0 ? (
              <Typography.Text>{t('selected', { count: selected.length })}</Typography.Text>
            ) : null}
            {bulkActions.includes('urge') ? (
              <Button disabled={total === 0} onClick={() => setAction('urge')}>
                {t('bulkUrge')}
              </Button>
            ) : null}
            {bulkActions.includes('supervise') ? (
              <Button disabled={total === 0} onClick={() => setAction('supervise')}>
                {t('bulkSupervise')}
              </Button>
            ) : null}
          </Space>
        ) : null
      }
      styles={{ body: { padding: '8px 12px' } }}
    >
      <Table<Row>
        size="small"
        rowKey="id"
        tableLayout="fixed"
        loading={list.isFetching && !list.data}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('empty') }}
        rowSelection={
          bulkActions.length > 0
            ? {
                selectedRowKeys: selected,
                onChange: (keys) => setSelected(keys as number[]),
                columnWidth: 32,
              }
            : undefined
        }
        columns={[
          {
            title: t('number'),
            dataIndex: 'number',
            width: 142,
            render: (number: string) => <Link to={`/tickets/${encodeURIComponent(number)}`}>{number}</Link>,
          },
          { title: t('ticketTitle'), dataIndex: 'title', ellipsis: { showTitle: true } },
          {
            title: t('state'),
            dataIndex: 'state',
            width: 74,
            render: (_, row) => <StateTag state={row.state} label={row.stateLabel} />,
          },
          {
            title: t('leadUnit'),
            dataIndex: 'leadUnitCode',
            width: 130,
            ellipsis: true,
            render: (code: string | null) => (code ? (byCode.get(code)?.name ?? code) : ''),
          },
          {
            title: t('due'),
            dataIndex: 'dueAt',
            width: 96,
            render: (due: string | null) => <DeadlineText due={due} />,
          },
          {
            title: t('marks'),
            key: 'marks',
            width: 110,
            render: (_, row) => (
              <Space size={2}>
                <FlagTag flag={row.flag} />
                {row.urgeCount > 0 ? (
                  <Tag style={{ marginInlineEnd: 0 }}>{t('urged', { count: row.urgeCount })}</Tag>
                ) : null}
                {row.supervised ? (
                  <Tag color="blue" style={{ marginInlineEnd: 0 }}>
                    {t('supervisedMark')}
                  </Tag>
                ) : null}
              </Space>
            ),
          },
        ]}
        scroll={{ y: 'calc(100vh - 190px)' }}
        pagination={{
          current: page,
          pageSize,
          total,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (count) => t('count', { total: count }),
          size: 'small',
          onChange: (next, size) => {
            setPage(size !== pageSize ? 1 : next);
            setPageSize(size);
          },
        }}
      />
      {cell ? (
        <BulkDialog
          action={action}
          ticketIds={selected}
          cell={cell}
          total={total}
          onClose={() => setAction(null)}
          onDone={() => {
            setSelected([]);
            void queryClient.invalidateQueries({ queryKey: queryKeys.tickets });
            void queryClient.invalidateQueries({ queryKey: queryKeys.queues });
          }}
        />
      ) : null}
    </Drawer>
  );
}
