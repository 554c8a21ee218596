import { Table, Typography } from 'antd';
import { Link } from 'react-router';
import { useAbilities } from '../../api/session.ts';
import type { DashboardView } from '../../../../src/contracts/dashboard.schemas.ts';
import type { DashboardFilter } from './api.ts';
import { integer } from './figures.tsx';
import type { T } from './text.ts';

type Figures = NonNullable<DashboardView['lines']>;
interface Row {
  line: string;
  out: number;
  pending: number;
  in: number;
}

const KNOWN = ['110', '119', '120', '122', 'other', 'upper'];

/** One row per line, whether work went out to it, came in from it, or both. */
function rowsOf(figures: Figures): Row[] {
  const rows = new Map<string, Row>();
  const row = (line: string) =>
    rows.get(line) ?? rows.set(line, { line, out: 0, pending: 0, in: 0 }).get(line)!;
  for (const out of figures.transfersOut)
    Object.assign(row(out.line), { out: out.total, pending: out.pending });
  for (const order of figures.ordersIn) row(order.line).in = order.total;
  return [...rows.values()].sort((a, b) => KNOWN.indexOf(a.line) - KNOWN.indexOf(b.line));
}

/**
 * 热线联动 at the centre: appeals put through to 110 and the other lines and what is still awaited from them,
 * and the orders they (and the higher platform) sent in. The same figures as the /lines screen, which has the
 * records behind them.
 */
export function LinesSummary({ figures, filter, t }: { figures: Figures; filter: DashboardFilter; t: T }) {
  const can = useAbilities();
  const rows = rowsOf(figures);
  const name = (line: string) => (KNOWN.includes(line) ? t(`line.${line}` as Parameters<T>[0]) : line);
  return (
    <>
      <Table<Row>
        size="small"
        rowKey="line"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: t('linesNone') }}
        aria-label={t('lines')}
        columns={[
          { title: t('line'), dataIndex: 'line', render: name },
          { title: t('linesOut'), dataIndex: 'out', align: 'right', render: integer },
          {
            title: t('linesPending'),
            dataIndex: 'pending',
            align: 'right',
            render: (value: number) =>
              value > 0 ? <Typography.Text type="warning">{integer(value)}</Typography.Text> : integer(value),
          },
          { title: t('linesIn'), dataIndex: 'in', align: 'right', render: integer },
        ]}
      />
      {can('lines.listTransfers') ? (
        <div style={{ textAlign: 'right', marginTop: 4 }}>
          <Link to={`/lines?tab=figures&from=${filter.from}&to=${filter.to}`}>{t('linesDetail')}</Link>
        </div>
      ) : null}
    </>
  );
}
