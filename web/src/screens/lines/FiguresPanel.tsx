import { Button, Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { UseQueryResult } from '@tanstack/react-query';
import { ErrorPage } from '../../app/StatusPages.tsx';
import { ApiError } from '../../api/client.ts';
import { ORDER_SOURCES, OUTCOMES, type LineFigures } from './lines-api.ts';
import { useText, type LinesText } from './text.ts';

type OutRow = LineFigures['transfersOut'][number];
type InRow = LineFigures['ordersIn'][number];
type Filter = Record<string, string>;

/** A line's or source's name; one the console does not know yet is shown as the server sends it. */
export const lineLabel = (t: LinesText, line: string) =>
  (ORDER_SOURCES as readonly string[]).includes(line) ? t(`line.${line}` as Parameters<LinesText>[0]) : line;

/** A count that opens the records behind it (nothing to open at zero). */
function CountLink(props: { value: number; label: string; onOpen: () => void }) {
  if (props.value === 0) return <Typography.Text type="secondary">0</Typography.Text>;
  return (
    <Button
      type="link"
      size="small"
      style={{ padding: 0, height: 'auto' }}
      aria-label={props.label}
      onClick={props.onOpen}
    >
      {props.value}
    </Button>
  );
}

/**
 * 转出 per line and outcome, and 转入 per source: the figures the dashboard and the bulletin carry as `lines`.
 * Each count opens the records it counts.
 */
export function FiguresPanel(props: {
  figures: UseQueryResult<LineFigures>;
  onTransfers: (filter: Filter) => void;
  onOrders: (filter: Filter) => void;
}) {
  const t = useText();
  const { data, error, isFetching, refetch } = props.figures;
  if (error instanceof ApiError && !data)
    return <ErrorPage detail={error.message} onRetry={() => void refetch()} />;

  const out = data?.transfersOut ?? [];
  const sum = (key: keyof Omit<OutRow, 'line'>) => out.reduce((total, row) => total + row[key], 0);
  const outRows: (OutRow & { key: string })[] = [
    ...out.map((row) => ({ ...row, key: row.line })),
    ...(out.length > 1
      ? [
          {
            key: '',
            line: '',
            total: sum('total'),
            pending: sum('pending'),
            accepted: sum('accepted'),
            returned: sum('returned'),
            completed: sum('completed'),
          },
        ]
      : []),
  ];
  const lineName = (line: string) => (line === '' ? t('total') : lineLabel(t, line));
  const outLink = (row: OutRow, outcome?: string) => (
    <CountLink
      value={outcome ? (row[outcome as keyof OutRow] as number) : row.total}
      label={`${lineName(row.line)} ${outcome ? t(`outcome.${outcome}` as Parameters<LinesText>[0]) : t('total')}`}
      onOpen={() =>
        props.onTransfers({ ...(row.line ? { line: row.line } : {}), ...(outcome ? { outcome } : {}) })
      }
    />
  );
  const outColumns: ColumnsType<OutRow & { key: string }> = [
    { title: t('line'), dataIndex: 'line', width: 110, render: (line: string) => lineName(line) },
    { title: t('total'), key: 'total', align: 'right', width: 80, render: (_, row) => outLink(row) },
    ...(['pending', ...OUTCOMES] as const).map((outcome) => ({
      title: t(`outcome.${outcome}`),
      key: outcome,
      align: 'right' as const,
      width: 90,
      render: (_: unknown, row: OutRow) => outLink(row, outcome),
    })),
  ];

  const ins = data?.ordersIn ?? [];
  const inColumns: ColumnsType<InRow> = [
    { title: t('source'), dataIndex: 'line', width: 110, render: (line: string) => lineLabel(t, line) },
    {
      title: t('total'),
      dataIndex: 'total',
      align: 'right',
      width: 80,
      render: (total: number, row) => (
        <CountLink
          value={total}
          label={`${lineLabel(t, row.line)} ${t('total')}`}
          onOpen={() => props.onOrders({ line: row.line })}
        />
      ),
    },
  ];

  return (
    <Flex gap="large" wrap align="flex-start">
      <div style={{ width: 560 }}>
        <Typography.Text strong>{t('transfersOut')}</Typography.Text>
        <Table
          size="small"
          aria-label={t('transfersOut')}
          loading={isFetching && !data}
          columns={outColumns}
          dataSource={outRows}
          pagination={false}
          locale={{ emptyText: t('noFigures') }}
          style={{ marginTop: 4 }}
        />
      </div>
      <div style={{ width: 260 }}>
        <Typography.Text strong>{t('ordersIn')}</Typography.Text>
        <Table
          size="small"
          aria-label={t('ordersIn')}
          rowKey="line"
          loading={isFetching && !data}
          columns={inColumns}
          dataSource={ins}
          pagination={false}
          locale={{ emptyText: t('noFigures') }}
          style={{ marginTop: 4 }}
        />
      </div>
    </Flex>
  );
}
