import { useMemo, useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Row,
  Segmented,
  Spin,
  Table,
  Tabs,
  Typography,
} from 'antd';
import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import type { DashboardView, Hotspot, MixItem } from '../../../../src/contracts/dashboard.schemas.ts';
import { addCalendarDays, localDate } from '../../../../src/domain/time.ts';
import { useMe } from '../../api/session.ts';
import { useShortcut } from '../../app/shortcuts.ts';
import { UnitSelect } from '../../components/UnitSelect.tsx';
import { exportHref, useChannels, useDashboard, type DashboardFilter } from './api.ts';
import { Chart } from '../../components/charts/Chart.tsx';
import { DrillDrawer } from './DrillDrawer.tsx';
import { integer, LinkNumber, percent, UnitFigureTable, type DrillRequest } from './figures.tsx';
import { KpiStrip } from './KpiStrip.tsx';
import { LinesSummary } from './LinesSummary.tsx';
import { useText, type T } from './text.ts';
import { WithOpeningPeriod } from '../../components/OpeningPeriod.tsx';

const DAY = 'YYYY-MM-DD';

/**
 * 数据看板: the bulletin's figures for any period and unit subtree, every number opening the tickets behind it,
 * every table exporting to XLSX.
 */
function DashboardScreenBody({ opening }: { opening: [Dayjs, Dayjs] }) {
  const t = useText();
  const me = useMe();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState<DashboardFilter>(() => ({
    from: opening[0].format(DAY),
    to: opening[1].format(DAY),
    unit: undefined,
    granularity: 'day',
  }));
  const [drill, setDrill] = useState<DrillRequest | null>(null);
  const dashboard = useDashboard(filter);
  const channels = useChannels(filter);
  const view = dashboard.data;
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
  useShortcut({ keys: 'Alt+R', label: t('refresh'), run: refresh });

  const setPeriod = (from: string, to: string) =>
    setFilter((current) => {
      const days = dayjs(to).diff(dayjs(from), 'day') + 1;
      // A long period drawn by day is refused by the server: coarsen it as the user widens the period.
      const granularity =
        days > 371 || (days > 92 && current.granularity === 'day')
          ? days > 371
            ? 'month'
            : 'week'
          : current.granularity;
      return { ...current, from, to, granularity };
    });

  const presets = useMemo(() => periodPresets(t), [t]);
  const isUnitUser = me.data?.role === 'unitAdmin';

  return (
    <Flex vertical gap={8} style={{ padding: 12 }}>
      <Flex gap={8} align="center" wrap>
        <Typography.Title level={5} style={{ margin: 0, marginRight: 8 }}>
          {t('title')}
        </Typography.Title>
        <DatePicker.RangePicker
          size="small"
          allowClear={false}
          aria-label={t('period')}
          value={[dayjs(filter.from), dayjs(filter.to)]}
          presets={presets}
          onChange={(range) => {
            if (range?.[0] && range[1]) setPeriod(range[0].format(DAY), range[1].format(DAY));
          }}
        />
        <UnitSelect
          value={filter.unit ?? null}
          root={isUnitUser ? (me.data?.unitCode ?? null) : null}
          allowClear
          placeholder={isUnitUser ? (view?.unit.name ?? '') : t('allCity')}
          onChange={(value) => setFilter((current) => ({ ...current, unit: (value as string) || undefined }))}
          style={{ width: 220 }}
        />
        <Segmented
          size="small"
          value={filter.granularity}
          onChange={(value) => setFilter((current) => ({ ...current, granularity: value as 'day' }))}
          options={[
            { value: 'day', label: t('byDay') },
            { value: 'week', label: t('byWeek') },
            { value: 'month', label: t('byMonth') },
          ]}
        />
        <Button size="small" icon={<ReloadOutlined />} onClick={refresh} loading={dashboard.isFetching}>
          {t('refresh')}
        </Button>
        <Button size="small" icon={<DownloadOutlined />} href={exportHref(filter, 'kpis')}>
          {t('xlsx')}
        </Button>
        {view ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {view.unit.name} · {view.period.from} ~ {view.period.to}
          </Typography.Text>
        ) : null}
      </Flex>
      {dashboard.error ? <Alert type="error" showIcon title={(dashboard.error as Error).message} /> : null}
      {!view ? (
        <Spin style={{ marginTop: 48 }} />
      ) : (
        <DashboardBody
          view={view}
          filter={filter}
          channels={channels.data?.channels ?? null}
          onDrill={setDrill}
          t={t}
        />
      )}
      <DrillDrawer request={drill} filter={filter} onClose={() => setDrill(null)} t={t} />
    </Flex>
  );
}

function periodPresets(t: T): { label: string; value: [Dayjs, Dayjs] }[] {
  const today = localDate(new Date());
  const monthStart = `${today.slice(0, 8)}01`;
  const lastMonthEnd = addCalendarDays(monthStart, -1);
  const quarterMonth = Math.floor((Number(today.slice(5, 7)) - 1) / 3) * 3 + 1;
  const range = (from: string, to: string): [Dayjs, Dayjs] => [dayjs(from), dayjs(to)];
  return [
    { label: t('thisMonth'), value: range(monthStart, today) },
    { label: t('lastMonth'), value: range(`${lastMonthEnd.slice(0, 8)}01`, lastMonthEnd) },
    {
      label: t('thisQuarter'),
      value: range(`${today.slice(0, 5)}${String(quarterMonth).padStart(2, '0')}-01`, today),
    },
    { label: t('thisYear'), value: range(`${today.slice(0, 5)}01-01`, today) },
    { label: t('last30'), value: range(addCalendarDays(today, -29), today) },
  ];
}

function Section({
  title,
  href,
  children,
  t,
}: {
  title: string;
  href: string | null;
  children: React.ReactNode;
  t: T;
}) {
  return (
    <Card
      size="small"
      title={title}
      styles={{ body: { padding: 8 } }}
      extra={
        href ? (
          <Button
            size="small"
            type="text"
            icon={<DownloadOutlined />}
            href={href}
            aria-label={`${title} ${t('xlsx')}`}
          >
            {t('xlsx')}
          </Button>
        ) : null
      }
    >
      {children}
    </Card>
  );
}

function DashboardBody({
  view,
  filter,
  channels,
  onDrill,
  t,
}: {
  view: DashboardView;
  filter: DashboardFilter;
  channels: MixItem[] | null;
  onDrill: (request: DrillRequest) => void;
  t: T;
}) {
  const unit = view.unit;
  const volume = unit.isCentre ? t('received') : t('assigned');
  const trendOption = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0, itemHeight: 8, textStyle: { fontSize: 12 } },
      grid: { left: 44, right: 44, top: 28, bottom: 24 },
      xAxis: { type: 'category', data: view.trend.points.map((p) => p.label), axisLabel: { fontSize: 11 } },
      yAxis: [
        { type: 'value', minInterval: 1, axisLabel: { fontSize: 11 } },
        { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%', fontSize: 11 } },
      ],
      series: [
        {
          name: volume,
          type: 'bar',
          data: view.trend.points.map((p) => p.received),
          itemStyle: { color: '#91caff' },
        },
        {
          name: t('completion'),
          type: 'line',
          yAxisIndex: 1,
          data: view.trend.points.map((p) => rateValue(p.completion.value)),
        },
        {
          name: t('satisfaction'),
          type: 'line',
          yAxisIndex: 1,
          data: view.trend.points.map((p) => rateValue(p.satisfaction.value)),
        },
      ],
    }),
    [view, volume, t],
  );
  const pieOption = useMemo(() => mixPie(view.appealTypes), [view]);
  const channelOption = useMemo(() => mixBars(channels ?? []), [channels]);

  const drillMix = (item: MixItem, figure: string) =>
    item.drill &&
    onDrill({
      unitCode: unit.code,
      unitName: unit.name,
      figure: `${figure} · ${item.label}`,
      tabs: [{ key: 'count', label: volume, target: item.drill }],
    });

  return (
    <Flex vertical gap={8}>
      <KpiStrip kpis={view.kpis} unit={unit} onDrill={onDrill} t={t} />
      <Row gutter={8}>
        <Col span={15}>
          <Section title={t('trend')} href={exportHref(filter, 'trend')} t={t}>
            <Chart
              option={trendOption}
              height={206}
              label={t('trend')}
              onPick={(index) => {
                const point = view.trend.points[index];
                if (!point) return;
                const next = view.trend.points[index + 1]?.bucket;
                const from = point.bucket < view.period.from ? view.period.from : point.bucket;
                const to = next ? addCalendarDays(next, -1) : view.period.to;
                const kpi = view.kpis[0]!;
                onDrill({
                  unitCode: unit.code,
                  unitName: unit.name,
                  figure: `${point.label} ${volume}`,
                  period: { from, to: to > view.period.to ? view.period.to : to },
                  tabs: kpi.numeratorDrill
                    ? [{ key: 'volume', label: volume, target: kpi.numeratorDrill }]
                    : [],
                });
              }}
            />
          </Section>
        </Col>
        <Col span={9}>
          <Row gutter={8}>
            <Col span={12}>
              <Section title={t('appealTypes')} href={exportHref(filter, 'appealTypes')} t={t}>
                <Chart
                  option={pieOption}
                  height={206}
                  label={t('appealTypes')}
                  onPick={(index) => {
                    const item = view.appealTypes[index];
                    if (item) drillMix(item, t('appealTypes'));
                  }}
                />
              </Section>
            </Col>
            <Col span={12}>
              <Section title={t('channels')} href={exportHref(filter, 'channels')} t={t}>
                {channels ? <Chart option={channelOption} height={206} label={t('channels')} /> : <Spin />}
              </Section>
            </Col>
          </Row>
        </Col>
      </Row>
      <Row gutter={8}>
        <Col span={8}>
          <Section title={t('hotspots')} href={exportHref(filter, 'hotspots')} t={t}>
            <HotspotTable
              rows={view.hotspots}
              onDrill={(item) => drillMix(hotspotItem(item), t('hotspots'))}
              t={t}
            />
          </Section>
          {view.lines ? (
            <div style={{ marginTop: 8 }}>
              <Section title={t('lines')} href={null} t={t}>
                <LinesSummary figures={view.lines} filter={filter} t={t} />
              </Section>
            </div>
          ) : null}
        </Col>
        <Col span={16}>
          <Section
            title={unit.isCentre ? t('districtsCentre') : t('districtsUnit')}
            href={exportHref(filter, 'districts')}
            t={t}
          >
            <UnitFigureTable
              rows={view.districts}
              t={t}
              heated
              onDrill={onDrill}
              label={unit.isCentre ? t('districtsCentre') : t('districtsUnit')}
            />
          </Section>
        </Col>
      </Row>
      {view.leagues.length ? (
        <Section title={t('leagues')} href={exportHref(filter, 'leagues')} t={t}>
          <Tabs
            size="small"
            items={view.leagues.map((league) => ({
              key: league.key,
              label: league.label,
              children: (
                <UnitFigureTable
                  rows={league.rows}
                  t={t}
                  heated={false}
                  onDrill={onDrill}
                  label={league.label}
                />
              ),
            }))}
          />
        </Section>
      ) : null}
    </Flex>
  );
}

const rateValue = (value: number | null) => (value === null ? null : Math.round(value * 10000) / 100);

const hotspotItem = (h: Hotspot): MixItem => ({
  key: h.categoryCode,
  label: h.name,
  count: h.count,
  share: null,
  drill: h.drill,
});

function mixPie(items: MixItem[]) {
  // Shares inside the ring and names in a legend below: outside labels do not fit a third of a 1366 screen.
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0, itemWidth: 10, itemHeight: 8, textStyle: { fontSize: 11 } },
    series: [
      {
        type: 'pie',
        radius: ['36%', '70%'],
        center: ['50%', '44%'],
        // Slices under 5% keep their share for the tooltip: inside labels that small overlap.
        label: {
          position: 'inside',
          fontSize: 10,
          color: '#fff',
          formatter: (p: { percent: number }) => (p.percent >= 5 ? `${p.percent}%` : ''),
        },
        data: items.map((item) => ({ name: item.label, value: item.count })),
      },
    ],
  };
}

function mixBars(items: MixItem[]) {
  const top = items.slice(0, 8).reverse();
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    // The counts stand at the bars' ends: a value axis of a narrow panel cannot fit numbers of this size.
    grid: { left: 56, right: 56, top: 8, bottom: 8 },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { show: false }, splitLine: { show: false } },
    yAxis: { type: 'category', data: top.map((item) => item.label), axisLabel: { fontSize: 11 } },
    series: [
      {
        type: 'bar',
        data: top.map((item) => item.count),
        itemStyle: { color: '#95de64' },
        label: {
          show: true,
          position: 'right',
          fontSize: 11,
          color: '#555',
          formatter: (p: { value: number }) => p.value.toLocaleString('zh-CN'),
        },
      },
    ],
  };
}

function HotspotTable({ rows, onDrill, t }: { rows: Hotspot[]; onDrill: (row: Hotspot) => void; t: T }) {
  return (
    <Table<Hotspot>
      size="small"
      rowKey="categoryCode"
      aria-label={t('hotspots')}
      dataSource={rows}
      pagination={false}
      locale={{ emptyText: t('noData') }}
      columns={[
        { title: t('category'), dataIndex: 'name', ellipsis: true },
        {
          title: t('count'),
          dataIndex: 'count',
          align: 'right',
          width: 70,
          render: (count: number, row) => (
            <LinkNumber
              text={integer(count)}
              label={`${row.name} ${t('count')}`}
              onClick={() => onDrill(row)}
            />
          ),
        },
        { title: t('previousCount'), dataIndex: 'previous', align: 'right', width: 60, render: integer },
        {
          title: t('change'),
          dataIndex: 'change',
          align: 'right',
          width: 72,
          render: (change: number | null) =>
            change === null ? (
              '—'
            ) : (
              <span style={{ color: change > 0 ? '#cf1322' : change < 0 ? '#389e0d' : undefined }}>
                {change > 0 ? '↑' : change < 0 ? '↓' : ''}
                {percent(Math.abs(change), 1)}
              </span>
            ),
        },
      ]}
    />
  );
}

export default function DashboardScreen() {
  return (
    <WithOpeningPeriod kind="thisMonth">
      {(opening) => <DashboardScreenBody opening={opening} />}
    </WithOpeningPeriod>
  );
}
