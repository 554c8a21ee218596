import type { ColumnsType } from 'antd/es/table';
import { Tooltip, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { percent, score, type RankedRow } from './evaluation-api.ts';
import type { useText } from './text.ts';

type T = ReturnType<typeof useText>;
type Rate = RankedRow['completion'];

/** A rate with the counts behind it on hover: every printed number traces back. */
function rate(value: Rate, t: T) {
  return (
    <Tooltip title={t('counts', { numerator: round(value.numerator), denominator: value.denominator })}>
      <span>{percent(value.value)}</span>
    </Tooltip>
  );
}
const round = (n: number) => String(Math.round(n * 100) / 100);

export type CompareRow = RankedRow & {
  previous: { rank: number; score: number | null; assigned: number } | null;
};

/** ↑3 in green, ↓2 in red, — when the unit was not ranked in the other period. */
export function Delta(props: { value: number | null; digits?: number }) {
  const { value, digits = 0 } = props;
  if (value === null) return <Typography.Text type="secondary">—</Typography.Text>;
  if (Math.abs(value) < 0.005) return <Typography.Text type="secondary">0</Typography.Text>;
  const up = value > 0;
  return (
    <Typography.Text type={up ? 'success' : 'danger'}>
      {up ? <ArrowUpOutlined /> : <ArrowDownOutlined />}
      {Math.abs(value).toFixed(digits)}
    </Typography.Text>
  );
}

export function rankColumns(t: T): ColumnsType<RankedRow> {
  return [
    { key: 'rank', title: t('rank'), dataIndex: 'rank', width: 52, align: 'right' },
    { key: 'unit', title: t('unit'), dataIndex: 'unitName', ellipsis: true },
    { key: 'assigned', title: t('assigned'), dataIndex: 'assigned', width: 84, align: 'right' },
    ...(
      [
        'completion',
        'satisfaction',
        'onTimeFeedback',
        'effectiveRevisit',
        'onTimeAcknowledge',
        'onTimeCompletion',
      ] as const
    ).map((key) => ({
      key,
      title: t(key),
      width: 96,
      align: 'right' as const,
      render: (_: unknown, row: RankedRow) => rate(row[key], t),
    })),
    { key: 'kbUpdates', title: t('kbUpdates'), dataIndex: 'kbUpdates', width: 84, align: 'right' },
    {
      key: 'score',
      title: t('score'),
      width: 72,
      align: 'right',
      render: (_, row) =>
        row.score === null ? (
          <Typography.Text type="secondary">{t('unscored')}</Typography.Text>
        ) : (
          <b>{score(row.score)}</b>
        ),
    },
  ];
}

export function compareColumns(t: T): ColumnsType<CompareRow> {
  return [
    { key: 'rank', title: t('rank'), dataIndex: 'rank', width: 52, align: 'right' },
    { key: 'unit', title: t('unit'), dataIndex: 'unitName', ellipsis: true },
    {
      key: 'previousRank',
      title: t('previousRank'),
      width: 92,
      align: 'right',
      render: (_, row) =>
        row.previous?.rank ?? <Typography.Text type="secondary">{t('notRanked')}</Typography.Text>,
    },
    {
      key: 'rankChange',
      title: t('rankChange'),
      width: 84,
      align: 'right',
      render: (_, row) => <Delta value={row.previous ? row.previous.rank - row.rank : null} />,
    },
    {
      key: 'score',
      title: t('score'),
      width: 72,
      align: 'right',
      render: (_, row) => <b>{score(row.score)}</b>,
    },
    {
      key: 'previousScore',
      title: t('previousScore'),
      width: 92,
      align: 'right',
      render: (_, row) => score(row.previous?.score ?? null),
    },
    {
      key: 'scoreChange',
      title: t('scoreChange'),
      width: 84,
      align: 'right',
      render: (_, row) => (
        <Delta
          digits={2}
          value={row.score !== null && row.previous?.score != null ? row.score - row.previous.score : null}
        />
      ),
    },
    { key: 'assigned', title: t('assigned'), dataIndex: 'assigned', width: 84, align: 'right' },
    {
      key: 'previousAssigned',
      title: t('previousAssigned'),
      width: 92,
      align: 'right',
      render: (_, row) => row.previous?.assigned ?? '—',
    },
    {
      key: 'completion',
      title: t('completion'),
      width: 90,
      align: 'right',
      render: (_, row) => rate(row.completion, t),
    },
    {
      key: 'satisfaction',
      title: t('satisfaction'),
      width: 90,
      align: 'right',
      render: (_, row) => rate(row.satisfaction, t),
    },
  ];
}
