import { Button, Table, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import type { ReactNode } from 'react';
import type { SupervisionMeasure } from '../../../../src/contracts/supervision.schemas.ts';
import type { BoardCounts } from './supervision-api.ts';
import { useText } from './text.ts';

export interface CountsRow {
  key: string;
  name: ReactNode;
  /** The name as plain text, for sorting and for the drawer's title */
  label: string;
  counts: BoardCounts;
}

const MEASURES: { measure: SupervisionMeasure; color: string; hint?: 'dueSoonHint' | 'overdueHint' }[] = [
  { measure: 'dueSoon', color: '#d48806', hint: 'dueSoonHint' },
  { measure: 'overdue', color: '#cf1322', hint: 'overdueHint' },
  { measure: 'supervised', color: '#1677ff' },
];

/**
 * Rows × (即将超时, 已超时, 督办中), sortable by any column; every number above zero opens the tickets behind it
 * (traceable), a zero stays plain.
 */
export function CountsTable({
  rows,
  nameTitle,
  total,
  onOpen,
  ariaLabel,
}: {
  rows: CountsRow[];
  nameTitle: string;
  total?: { label: string; counts: BoardCounts; hint?: string };
  onOpen(row: { key: string | null; label: string }, measure: SupervisionMeasure): void;
  ariaLabel: string;
}) {
  const t = useText();
  const number = (
    row: { key: string | null; label: string },
    counts: BoardCounts,
    measure: SupervisionMeasure,
    color: string,
  ) =>
    counts[measure] > 0 ? (
      <Button
        type="link"
        size="small"
        style={{ color, fontWeight: 600, padding: 0, height: 'auto' }}
        aria-label={`${row.label} ${t(measure)} ${counts[measure]}`}
        onClick={() => onOpen(row, measure)}
      >
        {counts[measure]}
      </Button>
    ) : (
      <span style={{ color: '#bfbfbf' }}>0</span>
    );

  const columns: ColumnsType<CountsRow> = [
    {
      title: nameTitle,
      dataIndex: 'name',
      ellipsis: true,
      sorter: (a, b) => a.label.localeCompare(b.label, 'zh-CN'),
    },
    ...MEASURES.map(({ measure, color, hint }) => ({
      title: hint ? <Tooltip title={t(hint)}>{t(measure)}</Tooltip> : t(measure),
      key: measure,
      width: 86,
      align: 'right' as const,
      sorter: (a: CountsRow, b: CountsRow) => a.counts[measure] - b.counts[measure],
      sortDirections: ['descend' as const, 'ascend' as const],
      render: (_: unknown, row: CountsRow) => number(row, row.counts, measure, color),
    })),
  ];

  return (
    <Table<CountsRow>
      size="small"
      rowKey="key"
      aria-label={ariaLabel}
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ y: 'calc(100vh - 250px)' }}
      summary={() =>
        total ? (
          <Table.Summary fixed="top">
            <Table.Summary.Row style={{ background: '#fafafa' }}>
              <Table.Summary.Cell index={0}>
                <Tooltip title={total.hint}>
                  <strong>{total.label}</strong>
                </Tooltip>
              </Table.Summary.Cell>
              {MEASURES.map(({ measure, color }, index) => (
                <Table.Summary.Cell key={measure} index={index + 1} align="right">
                  {number({ key: null, label: total.label }, total.counts, measure, color)}
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          </Table.Summary>
        ) : null
      }
    />
  );
}
