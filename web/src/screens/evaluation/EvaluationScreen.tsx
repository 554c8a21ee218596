import { useMemo, useState } from 'react';
import { Alert, Button, Switch, Table, Tabs, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { AsOfPicker, PeriodPicker, SchemePicker } from '../../components/EvaluationPickers.tsx';
import { useShortcut } from '../../app/shortcuts.ts';
import { formatTime } from '../../components/format.ts';
import {
  evaluationKeys,
  fetchRankings,
  type RankedRow,
  type Rankings,
  type RankingsQuery,
} from './evaluation-api.ts';
import { day, localTime, monthBefore } from '../../components/period.ts';
import { compareColumns, rankColumns, type CompareRow } from './rank-columns.tsx';
import { ScoreDrawer } from './ScoreDrawer.tsx';
import { useText } from './text.ts';
import { WithOpeningPeriod } from '../../components/OpeningPeriod.tsx';

/** Rows of one group for the compare mode: each unit with its place in the other period, found by code. */
function withPrevious(rows: RankedRow[], previous: Rankings | undefined, groupKey: string): CompareRow[] {
  const earlier = new Map(
    (previous?.groups.find((g) => g.key === groupKey)?.rows ?? []).map((row) => [row.unitCode, row]),
  );
  return rows.map((row) => {
    const was = earlier.get(row.unitCode);
    return { ...row, previous: was ? { rank: was.rank, score: was.score, assigned: was.assigned } : null };
  });
}

/**
 * `/evaluation`: every peer group ranked as the bulletin ranks it, a unit's score explained in a drawer, and two
 * periods side by side (two calls of GET /api/evaluation/rankings, joined here by unit code).
 */
function EvaluationScreenBody({ opening }: { opening: [Dayjs, Dayjs] }) {
  const t = useText();
  const [range, setRange] = useState<[Dayjs, Dayjs]>(opening);
  const [other, setOther] = useState<[Dayjs, Dayjs]>(() => monthBefore(opening));
  const [compare, setCompare] = useState(false);
  const [asOf, setAsOf] = useState<Dayjs | null>(null);
  const [scheme, setScheme] = useState<string | undefined>(undefined);
  const [group, setGroup] = useState<string | undefined>(undefined);
  const [unit, setUnit] = useState<{ code: string; name: string } | null>(null);

  const query = useMemo(
    (): RankingsQuery => ({
      from: day(range[0]),
      to: day(range[1]),
      ...(asOf ? { asOf: localTime(asOf) } : {}),
      ...(scheme ? { scheme } : {}),
    }),
    [range, asOf, scheme],
  );
  const otherQuery = useMemo(
    (): RankingsQuery => ({ ...query, from: day(other[0]), to: day(other[1]) }),
    [query, other],
  );
  const rankings = useQuery({
    queryKey: evaluationKeys.rankings(query),
    queryFn: () => fetchRankings(query),
    placeholderData: keepPreviousData,
  });
  const earlier = useQuery({
    queryKey: evaluationKeys.rankings(otherQuery),
    queryFn: () => fetchRankings(otherQuery),
    enabled: compare,
    placeholderData: keepPreviousData,
  });
  const refresh = () => {
    void rankings.refetch();
    if (compare) void earlier.refetch();
  };
  useShortcut({ keys: 'Alt+R', label: t('refresh'), run: refresh });

  const data = rankings.data;
  const activeGroup = group ?? data?.groups[0]?.key;
  const rankCols = useMemo(() => rankColumns(t), [t]);
  const compareCols = useMemo(() => compareColumns(t), [t]);
  const onRow = (row: RankedRow) => ({
    onClick: () => setUnit({ code: row.unitCode, name: row.unitName }),
    style: { cursor: 'pointer' },
  });

  return (
    <div style={{ padding: '8px 16px', display: 'flex', flexDirection: 'column', gap: 6 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
        <Typography.Title level={4} style={{ margin: 0, marginRight: 8 }}>
          {t('title')}
        </Typography.Title>
        <PeriodPicker value={range} onChange={setRange} />
        <AsOfPicker value={asOf} onChange={setAsOf} />
        <SchemePicker value={scheme} onChange={setScheme} placeholder={t('schemeDefault')} />
        <Switch
          size="small"
          checked={compare}
          onChange={(checked) => {
            setCompare(checked);
            if (checked) setOther(monthBefore(range));
          }}
          aria-label={t('compare')}
        />
        <Typography.Text>{t('compare')}</Typography.Text>
        {compare ? <PeriodPicker value={other} onChange={setOther} label={t('comparePeriod')} /> : null}
        <span style={{ flex: 1 }} />
        <Button size="small" icon={<ReloadOutlined />} aria-label={t('refresh')} onClick={refresh} />
      </div>
      {rankings.error ? <Alert type="error" showIcon title={rankings.error.message} /> : null}
      {data ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('schemeInUse', {
            name: data.scheme.name,
            version: data.scheme.version,
            asOf: formatTime(data.asOf),
          })}
        </Typography.Text>
      ) : null}
      <Tabs
        size="small"
        activeKey={activeGroup}
        onChange={setGroup}
        tabBarStyle={{ marginBottom: 4 }}
        items={(data?.groups ?? []).map((g) => ({
          key: g.key,
          label: `${g.label}（${g.rows.length}）`,
          children: (
            <>
              {g.best > 0 || g.worst > 0 ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('bestWorst', { best: g.best, worst: g.worst })}
                </Typography.Text>
              ) : null}
              {compare ? (
                <Table<CompareRow>
                  size="small"
                  rowKey="unitCode"
                  loading={earlier.isFetching}
                  dataSource={withPrevious(g.rows, earlier.data, g.key)}
                  columns={compareCols}
                  pagination={false}
                  onRow={onRow}
                  locale={{ emptyText: t('empty') }}
                  scroll={{ y: 'calc(100vh - 250px)' }}
                />
              ) : (
                <Table<RankedRow>
                  size="small"
                  rowKey="unitCode"
                  loading={rankings.isFetching && !data}
                  dataSource={g.rows}
                  columns={rankCols}
                  pagination={false}
                  onRow={onRow}
                  locale={{ emptyText: t('empty') }}
                  scroll={{ y: 'calc(100vh - 250px)' }}
                />
              )}
            </>
          ),
        }))}
      />
      <ScoreDrawer unit={unit} query={query} onClose={() => setUnit(null)} />
    </div>
  );
}

export default function EvaluationScreen() {
  return (
    <WithOpeningPeriod kind="lastMonth">
      {(opening) => <EvaluationScreenBody opening={opening} />}
    </WithOpeningPeriod>
  );
}
