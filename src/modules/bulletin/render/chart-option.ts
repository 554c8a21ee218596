import type { ChartSpec } from '../bulletin.schema.ts';
import { CJK_FONT_FAMILY } from './fonts.ts';
import { formatCount, formatFixed, formatPercent } from './format.ts';

// ECharts options for the bulletin's charts, kept apart from the rendering so the layout rules read
// on their own. Sober colours: the chart is printed in a black-on-white official document.

type Series = ChartSpec['series'][number];

/** The packaged font first (server rendering), then what a reader's browser is likely to have. */
export const CHART_FONT_STACK = `"${CJK_FONT_FAMILY}", "Noto Sans SC", "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif`;

const BAR_COLOUR = '#2f5597';
const LINE_COLOUR = '#c00000';
const FONT_SIZE = 13;
/** More categories than this (top-ten rankings) read better as horizontal bars with names on the left. */
const MAX_VERTICAL_CATEGORIES = 6;

export interface ChartSize {
  width: number;
  height: number;
}

function formatValue(series: Series, value: number): string {
  return series.unit === 'rate' ? formatPercent(value) : formatCount(value);
}

function formatAxisTick(unit: Series['unit'], value: number): string {
  return unit === 'rate' ? `${formatFixed(value * 100, 0)}%` : formatCount(value);
}

/** Breaks a category name into lines of at most `perLine` characters (no canvas to measure on the server). */
export function wrapLabel(label: string, perLine: number): string {
  const characters = Array.from(label);
  if (perLine < 1 || characters.length <= perLine) return label;
  const lines: string[] = [];
  for (let start = 0; start < characters.length; start += perLine) {
    lines.push(characters.slice(start, start + perLine).join(''));
  }
  return lines.join('\n');
}

/** Lower bound of a rate axis under a line: a line needs no zero baseline, 5-point steps stay readable. */
function rateLineFloor(values: readonly (number | null)[]): number {
  const present = values.filter((value): value is number => value !== null);
  if (present.length === 0) return 0;
  const lowest = Math.min(...present);
  return Math.max(0, Math.floor((lowest * 100 - 1) / 5) * 5) / 100;
}

function valueAxis(unit: Series['unit'], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'value',
    axisLabel: { formatter: (value: number) => formatAxisTick(unit, value) },
    splitLine: { lineStyle: { color: '#d9d9d9' } },
    ...extra,
  };
}

function baseOption(chart: ChartSpec): Record<string, unknown> {
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: CHART_FONT_STACK, fontSize: FONT_SIZE, color: '#262626' },
    legend: { bottom: 4, itemGap: 24, textStyle: { fontSize: FONT_SIZE } },
    // Stated in the SVG for screen readers; the printed caption sits under the image instead.
    aria: { enabled: true, label: { description: chart.title } },
  };
}

function barLineOption(chart: ChartSpec, size: ChartSize): Record<string, unknown> {
  const bars = chart.series.filter((series) => series.unit === 'count');
  const lines = chart.series.filter((series) => series.unit === 'rate');
  const plotWidth = size.width - 150;
  const perLine = Math.max(2, Math.floor(plotWidth / Math.max(1, chart.categories.length) / (FONT_SIZE + 1)));
  return {
    ...baseOption(chart),
    grid: { left: 70, right: 70, top: 36, bottom: 76 },
    xAxis: {
      type: 'category',
      data: chart.categories,
      axisLabel: { interval: 0, lineHeight: 16, formatter: (label: string) => wrapLabel(label, perLine) },
    },
    yAxis: [
      valueAxis('count', { name: bars[0]?.name ?? '', nameTextStyle: { align: 'right' } }),
      valueAxis('rate', {
        name: lines[0]?.name ?? '',
        nameTextStyle: { align: 'left' },
        min: rateLineFloor(lines.flatMap((series) => series.values)),
        max: 1,
        splitLine: { show: false },
      }),
    ],
    series: [
      ...bars.map((series) => ({
        type: 'bar',
        name: series.name,
        data: series.values,
        barMaxWidth: 48,
        itemStyle: { color: BAR_COLOUR },
        label: {
          show: true,
          position: 'top',
          formatter: (p: { value: number }) => formatValue(series, p.value),
        },
      })),
      ...lines.map((series) => ({
        type: 'line',
        name: series.name,
        yAxisIndex: 1,
        data: series.values,
        symbolSize: 7,
        itemStyle: { color: LINE_COLOUR },
        lineStyle: { color: LINE_COLOUR, width: 2 },
        label: {
          show: true,
          position: 'top',
          color: LINE_COLOUR,
          formatter: (p: { value: number }) => formatValue(series, p.value),
        },
      })),
    ],
  };
}

function barOption(chart: ChartSpec, size: ChartSize): Record<string, unknown> {
  const unit = chart.series[0]?.unit ?? 'count';
  const horizontal = chart.categories.length > MAX_VERTICAL_CATEGORIES;
  const barSeries = chart.series.map((series) => ({
    type: 'bar',
    name: series.name,
    data: series.values,
    barMaxWidth: horizontal ? 22 : 48,
    itemStyle: { color: BAR_COLOUR },
    label: {
      show: true,
      position: horizontal ? 'right' : 'top',
      formatter: (p: { value: number }) => formatValue(series, p.value),
    },
  }));
  if (horizontal) {
    // Rank 1 on top, as a ranking is read; rate bars keep a zero baseline and print their value.
    const longest = Math.max(...chart.categories.map((category) => Array.from(category).length), 2);
    return {
      ...baseOption(chart),
      grid: { left: Math.min(longest * FONT_SIZE + 20, size.width * 0.4), right: 72, top: 16, bottom: 56 },
      yAxis: { type: 'category', data: chart.categories, inverse: true, axisLabel: { interval: 0 } },
      xAxis: valueAxis(unit, unit === 'rate' ? { min: 0, max: 1 } : {}),
      series: barSeries,
    };
  }
  const perLine = Math.max(
    2,
    Math.floor((size.width - 110) / Math.max(1, chart.categories.length) / (FONT_SIZE + 1)),
  );
  return {
    ...baseOption(chart),
    grid: { left: 70, right: 40, top: 36, bottom: 76 },
    xAxis: {
      type: 'category',
      data: chart.categories,
      axisLabel: { interval: 0, lineHeight: 16, formatter: (label: string) => wrapLabel(label, perLine) },
    },
    yAxis: valueAxis(unit, unit === 'rate' ? { min: 0, max: 1 } : {}),
    series: barSeries,
  };
}

/** The ECharts option for a bulletin chart at the given size. */
export function chartOption(chart: ChartSpec, size: ChartSize): Record<string, unknown> {
  return chart.kind === 'barLine' ? barLineOption(chart, size) : barOption(chart, size);
}
