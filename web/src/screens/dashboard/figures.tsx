import { Button, Table, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { DrillTarget, UnitFigureRow } from '../../../../src/contracts/dashboard.schemas.ts';
import type { T } from './text.ts';

// Numbers as the dashboard prints them, the drill tabs of each rate, and the unit tables (heat table, leagues).

export type RateKey =
  'completion' | 'onTimeCompletion' | 'onTimeFeedback' | 'effectiveRevisit' | 'satisfaction';

export interface Rate {
  numerator: number;
  denominator: number;
  value: number | null;
}

export interface DrillTab {
  key: string;
  label: string;
  target: DrillTarget;
}

/** What one click asks for: the tickets behind a figure of a unit, by tab (numerator, denominator …). */
export interface DrillRequest {
  unitCode: string;
  unitName: string;
  figure: string;
  tabs: DrillTab[];
  /** A part of the dashboard's period (a bucket of the trend); the whole period when absent */
  period?: { from: string; to: string };
}

export const percent = (value: number | null | undefined, digits = 2) =>
  value === null || value === undefined ? '—' : `${(value * 100).toFixed(digits)}%`;

export const integer = (value: number) => value.toLocaleString('zh-CN');

/** A weighted numerator (满意 1, 基本满意 0.75 …) keeps its fraction; counts print as integers. */
export const amount = (value: number) =>
  Number.isInteger(value) ? integer(value) : value.toLocaleString('zh-CN', { maximumFractionDigits: 2 });

const tab = (key: string, label: string, counters: string[], indicator: string | null): DrillTab => ({
  key,
  label,
  target: { counters, indicator } as DrillTarget,
});

/** The tabs of a rate's drill-down: its numerator first, then its denominator (满意率: each level). */
export function rateTabs(rate: RateKey | 'assigned', t: T): DrillTab[] {
  switch (rate) {
    case 'assigned':
      return [tab('assigned', t('assigned'), ['assigned'], null)];
    case 'completion':
      return [
        tab('completed', t('completed'), ['completed'], 'completion'),
        tab('assigned', t('assigned'), ['assigned'], 'completion'),
      ];
    case 'onTimeCompletion':
      return [
        tab('completedOnTime', t('completedOnTime'), ['completedOnTime'], 'onTimeCompletion'),
        tab('completed', t('completed'), ['completed'], 'onTimeCompletion'),
      ];
    case 'onTimeFeedback':
      return [
        tab('feedbackOnTime', t('feedbackOnTime'), ['feedbackOnTime'], 'onTimeFeedback'),
        tab('feedbackDue', t('feedbackDue'), ['feedbackDue'], 'onTimeFeedback'),
      ];
    case 'effectiveRevisit':
      return [
        tab('revisitsReached', t('revisitsReached'), ['revisitsReached'], 'effectiveRevisit'),
        tab('revisits', t('revisits'), ['revisits'], 'effectiveRevisit'),
      ];
    case 'satisfaction':
      return [
        tab('dissatisfied', t('dissatisfied'), ['dissatisfied'], 'satisfaction'),
        tab('basic', t('basic'), ['basic'], 'satisfaction'),
        tab('satisfied', t('satisfied'), ['satisfied'], 'satisfaction'),
        tab('rated', t('rated'), ['rated'], 'satisfaction'),
      ];
  }
}

/**
 * A cell's tint by where its rate stands among the column's: the lowest pale red, the highest pale green, so a
 * weak unit stands out without a map. Calm tints: the numbers stay the thing read.
 */
export function heat(value: number | null, values: readonly (number | null)[]): string | undefined {
  if (value === null) return undefined;
  const known = values.filter((v): v is number => v !== null);
  const min = Math.min(...known);
  const max = Math.max(...known);
  if (max - min < 1e-9) return undefined;
  const position = (value - min) / (max - min);
  // Hue 0 (red) … 120 (green), light.
  return `hsl(${Math.round(position * 120)}, 60%, ${92 - Math.abs(position - 0.5) * 4}%)`;
}

const RATE_COLUMNS: { key: RateKey; label: (t: T) => string }[] = [
  { key: 'completion', label: (t) => t('completion') },
  { key: 'onTimeCompletion', label: (t) => t('onTimeCompletion') },
  { key: 'onTimeFeedback', label: (t) => t('onTimeFeedback') },
  { key: 'effectiveRevisit', label: (t) => t('effectiveRevisit') },
  { key: 'satisfaction', label: (t) => t('satisfaction') },
];

/** Units with every rate and its counts; each number opens its tickets. `heated` tints the rate cells. */
export function UnitFigureTable({
  rows,
  t,
  heated,
  onDrill,
  label,
}: {
  rows: UnitFigureRow[];
  t: T;
  heated: boolean;
  onDrill: (request: DrillRequest) => void;
  label: string;
}) {
  const drill = (row: UnitFigureRow, figure: string, tabs: DrillTab[]) =>
    onDrill({ unitCode: row.unitCode, unitName: row.unitName, figure, tabs });
  const columns: ColumnsType<UnitFigureRow> = [
    { title: t('rank'), dataIndex: 'rank', width: 44, align: 'right' },
    // Long names (辽滨沿海经济技术开发区) wrap to a second line rather than hide behind an ellipsis.
    { title: t('unitName'), dataIndex: 'unitName', width: 96 },
    {
      title: t('assigned'),
      dataIndex: 'assigned',
      align: 'right',
      width: 76,
      render: (value: number, row) => (
        <LinkNumber
          text={integer(value)}
          label={`${row.unitName} ${t('assigned')}`}
          onClick={() => drill(row, t('assigned'), rateTabs('assigned', t))}
        />
      ),
    },
    ...RATE_COLUMNS.map(({ key, label: name }) => ({
      title: name(t),
      key,
      align: 'right' as const,
      width: 92,
      onCell: (row: UnitFigureRow) => ({
        style: heated
          ? {
              background: heat(
                row[key].value,
                rows.map((r) => r[key].value),
              ),
            }
          : {},
      }),
      render: (_: unknown, row: UnitFigureRow) => (
        <Tooltip
          title={`${amount(row[key].numerator)} / ${integer(row[key].denominator)}`}
          mouseEnterDelay={0.4}
        >
          <span>
            <LinkNumber
              text={percent(row[key].value)}
              label={`${row.unitName} ${name(t)}`}
              onClick={() => drill(row, name(t), rateTabs(key, t))}
            />
          </span>
        </Tooltip>
      ),
    })),
    {
      title: t('dissatisfied'),
      dataIndex: 'dissatisfied',
      align: 'right',
      width: 64,
      render: (value: number, row) => (
        <LinkNumber
          text={integer(value)}
          label={`${row.unitName} ${t('dissatisfied')}`}
          onClick={() => drill(row, t('satisfaction'), rateTabs('satisfaction', t))}
        />
      ),
    },
    {
      title: t('score'),
      dataIndex: 'score',
      align: 'right',
      width: 64,
      render: (value: number | null) => (value === null ? '—' : value.toFixed(2)),
    },
  ];
  return (
    <Table<UnitFigureRow>
      size="small"
      rowKey="unitCode"
      aria-label={label}
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 12 ? { pageSize: 12, size: 'small', showSizeChanger: false } : false}
      locale={{ emptyText: t('noData') }}
    />
  );
}

/** A number that opens the tickets behind it. */
export function LinkNumber({ text, label, onClick }: { text: string; label: string; onClick: () => void }) {
  return (
    <Button
      type="link"
      size="small"
      style={{ padding: 0, height: 'auto' }}
      aria-label={label}
      onClick={onClick}
    >
      {text}
    </Button>
  );
}
