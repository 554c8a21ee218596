import type {
  ChannelMix,
  DashboardView,
  DrillPage,
  UnitFigureRow,
} from '../../contracts/dashboard.schemas.ts';
import { TICKET_STATE_LABELS, SATISFACTION_LABELS } from '../../domain/lifecycle/states.ts';
import { formatLocalTime } from '../../domain/time.ts';

// Every table of the dashboard as rows for the one table-file writer (src/shared/table-file.ts): what the
// screen shows, with the counts behind each rate in columns of their own so a spreadsheet can recompute it.

export interface PlainTable {
  sheetName: string;
  headers: string[];
  rows: (string | number | null)[][];
}

const percent = (value: number | null) => (value === null ? null : Math.round(value * 10000) / 100);

const RATE_COLUMNS = [
  ['completion', '办结率'],
  ['onTimeCompletion', '按时办结率'],
  ['onTimeFeedback', '按时反馈率'],
  ['effectiveRevisit', '有效回访率'],
  ['satisfaction', '满意率'],
] as const;

function unitTable(sheetName: string, rows: readonly UnitFigureRow[], extra?: string): PlainTable {
  const headers = [
    ...(extra ? [extra] : []),
    '序号',
    '单位',
    '交办量',
    ...RATE_COLUMNS.flatMap(([, label]) => [`${label}(%)`, `${label}分子`, `${label}分母`]),
    '不满意',
    '评分',
  ];
  return {
    sheetName,
    headers,
    rows: rows.map((row) => [
      row.rank,
      row.unitName,
      row.assigned,
      ...RATE_COLUMNS.flatMap(([key]) => [percent(row[key].value), row[key].numerator, row[key].denominator]),
      row.dissatisfied,
      row.score,
    ]),
  };
}

export function dashboardTable(view: DashboardView, table: string): PlainTable {
  switch (table) {
    case 'kpis':
      return {
        sheetName: '指标',
        headers: ['指标', '数值', '分子', '分母', '分子含义', '分母含义', '上期'],
        rows: view.kpis.map((kpi) => [
          kpi.label,
          kpi.kind === 'rate' ? percent(kpi.value) : kpi.value,
          kpi.numerator,
          kpi.kind === 'rate' ? kpi.denominator : null,
          kpi.numeratorLabel,
          kpi.denominatorLabel,
          kpi.kind === 'rate' ? percent(kpi.previousValue) : kpi.previousValue,
        ]),
      };
    case 'trend':
      return {
        sheetName: '趋势',
        headers: ['时段', '起始日', '受理量', '办结率(%)', '办结', '交办', '满意率(%)', '已评价'],
        rows: view.trend.points.map((p) => [
          p.label,
          p.bucket,
          p.received,
          percent(p.completion.value),
          p.completion.numerator,
          p.completion.denominator,
          percent(p.satisfaction.value),
          p.satisfaction.denominator,
        ]),
      };
    case 'appealTypes':
      return {
        sheetName: '诉求类型',
        headers: ['诉求类型', '件数', '占比(%)'],
        rows: view.appealTypes.map((item) => [item.label, item.count, percent(item.share)]),
      };
    case 'hotspots':
      return {
        sheetName: '热点分类',
        headers: ['分类编码', '分类', '本期', '上期', '变化(%)'],
        rows: view.hotspots.map((h) => [h.categoryCode, h.name, h.count, h.previous, percent(h.change)]),
      };
    case 'districts':
      return unitTable(view.unit.isCentre ? '县区' : '下级单位', view.districts);
    default: {
      const leagues = view.leagues.map((league) => unitTable(league.label, league.rows, '分组'));
      return {
        sheetName: '分组排名',
        headers: leagues[0]?.headers ?? ['分组'],
        rows: view.leagues.flatMap((league, index) =>
          leagues[index]!.rows.map((row) => [league.label, ...row]),
        ),
      };
    }
  }
}

export function channelTable(mix: ChannelMix): PlainTable {
  return {
    sheetName: '来源渠道',
    headers: ['来源渠道', '件数', '占比(%)'],
    rows: mix.channels.map((item) => [item.label, item.count, percent(item.share)]),
  };
}

export function drillTable(page: DrillPage): PlainTable {
  return {
    sheetName: '工单',
    headers: ['工单编号', '标题', '状态', '诉求分类', '受理时间', '办结时间', '满意度', '计数'],
    rows: page.rows.map((row) => [
      row.number,
      row.title,
      TICKET_STATE_LABELS[row.state as keyof typeof TICKET_STATE_LABELS] ?? row.state,
      row.category,
      formatLocalTime(new Date(row.receivedAt)),
      row.completedAt ? formatLocalTime(new Date(row.completedAt)) : null,
      row.satisfaction
        ? (SATISFACTION_LABELS[row.satisfaction as keyof typeof SATISFACTION_LABELS] ?? row.satisfaction)
        : null,
      row.amount,
    ]),
  };
}
