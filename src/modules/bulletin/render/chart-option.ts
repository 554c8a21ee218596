import type { ChartSpec } from '../../../contracts/bulletin-document.ts';
import { CJK_FONT_FAMILY } from './fonts.ts';
import { formatCount, formatFixed, formatPercent } from './format.ts';

// ECharts options for the bulletin's charts, kept apart from the rendering so the layout rules read
// on their own. Sober colours: the chart is printed in a black-on-white official document.

type Series = ChartSpec['series'][number];

/**
 * The packaged font first (server rendering), then what a reader's browser is likely to have. Single
 * quotes: ECharts writes the stack unescaped into a double-quoted SVG attribute.
 */
export const CHART_FONT_STACK = `'${CJK_FONT_FAMILY}', 'Noto Sans SC', 'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif`;

const BAR_COLOUR = '#2f5597';
/** Axis labels in near-black: ECharts' default grey fades in print. */
const LABEL_COLOUR = '#333333';
/** A white halo keeps a value label readable where it crosses a line or a bar. */
const HALO = { textBorderColor: '#ffffff', textBorderWidth: 3 } as const;
const LINE_COLOUR = '#c00000';
/** 15 px in a 640 px chart printed 148 mm wide is about 9.8 pt: small print, still legible. */
const FONT_SIZE = 15;
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

/**
 * Breaks a category name into balanced lines of at most `perLine` characters (there is no canvas to
 * measure on the server): 高新技术开发区 becomes 高新技术 / 开发区 rather than 高新技术开 / 发区.
 */
export function wrapLabel(label: string, perLine: number): string {
  const characters = Array.from(label);
  if (perLine < 1 || characters.length <= perLine) return label;
  const lineCount = Math.ceil(characters.length / perLine);
  const balanced = Math.ceil(characters.length / lineCount);
  const lines: string[] = [];
  for (let start = 0; start < characters.length; start += balanced) {
    lines.push(characters.slice(start, start + balanced).join(''));
  }
  return lines.join('\n');
}

/**
 * Bars and line share the plot without their labels colliding: the bars keep to the lower part
 * (their axis runs to about twice the tallest bar) and the line to the upper part (its axis starts low
 * enough that the lowest rate sits at 60 % of the height). A line needs no zero baseline.
 */
const BAR_SHARE = 0.55;
const LINE_FLOOR_SHARE = 0.6;

function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((factor) => factor * magnitude >= value) ?? 10;
  return step * magnitude;
}

function countAxisBounds(values: readonly (number | null)[]): { max: number; interval: number } {
  const highest = Math.max(0, ...values.filter((value): value is number => value !== null));
  const max = niceCeiling(highest / BAR_SHARE);
  return { max, interval: max / 6 };
}

function rateAxisBounds(values: readonly (number | null)[]): { min: number; max: number; interval: number } {
  const present = values.filter((value): value is number => value !== null);
  const lowest = present.length === 0 ? 0 : Math.min(...present);
  const raw = (lowest - LINE_FLOOR_SHARE) / (1 - LINE_FLOOR_SHARE);
  const floor = Math.max(0, raw);
  const interval = 1 - floor > 0.3 ? 0.2 : 0.05;
  // Whole steps down from 100 %, so the ticks read 85 %, 90 %, 95 %, 100 %.
  const steps = Math.ceil((1 - floor) / interval - 1e-9);
  return { min: Math.max(0, Number((1 - steps * interval).toFixed(4))), max: 1, interval };
}

function valueAxis(unit: Series['unit'], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'value',
    axisLabel: { color: LABEL_COLOUR, formatter: (value: number) => formatAxisTick(unit, value) },
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
    grid: { left: 70, right: 70, top: 36, bottom: 84 },
    xAxis: {
      type: 'category',
      data: chart.categories,
      axisLabel: {
        interval: 0,
        lineHeight: 17,
        color: LABEL_COLOUR,
        formatter: (label: string) => wrapLabel(label, perLine),
      },
    },
    yAxis: [
      valueAxis('count', {
        name: bars[0]?.name ?? '',
        nameTextStyle: { align: 'right' },
        ...countAxisBounds(bars.flatMap((series) => series.values)),
      }),
      valueAxis('rate', {
        name: lines[0]?.name ?? '',
        nameTextStyle: { align: 'left' },
        ...rateAxisBounds(lines.flatMap((series) => series.values)),
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
          ...HALO,
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
      yAxis: {
        type: 'category',
        data: chart.categories,
        inverse: true,
        axisLabel: { interval: 0, color: LABEL_COLOUR },
      },
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
    grid: { left: 70, right: 40, top: 36, bottom: 84 },
    xAxis: {
      type: 'category',
      data: chart.categories,
      axisLabel: {
        interval: 0,
        lineHeight: 17,
        color: LABEL_COLOUR,
        formatter: (label: string) => wrapLabel(label, perLine),
      },
    },
    yAxis: valueAxis(unit, unit === 'rate' ? { min: 0, max: 1 } : {}),
    series: barSeries,
  };
}

/** The ECharts option for a bulletin chart at the given size. */
export function chartOption(chart: ChartSpec, size: ChartSize): Record<string, unknown> {
  return chart.kind === 'barLine' ? barLineOption(chart, size) : barOption(chart, size);
}
