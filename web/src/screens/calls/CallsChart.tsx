import { useMemo } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { Chart } from '../../components/charts/Chart.tsx';
import type { Figures } from './calls-api.ts';

/** Offered and answered calls as bars, 话务接通率 as a line, per bucket; ECharts loads with the first chart. */
export function CallsChart({
  buckets,
  labels,
  label,
  names,
}: {
  buckets: readonly Figures[];
  labels: readonly string[];
  label: string;
  names: { offered: string; answered: string; answerRate: string };
}) {
  const option = useMemo<EChartsCoreOption>(
    () => ({
      animation: false,
      grid: { left: 40, right: 48, top: 28, bottom: 24 },
      legend: { top: 0, itemHeight: 8, textStyle: { fontSize: 12 } },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: labels, axisLabel: { fontSize: 11 } },
      yAxis: [
        { type: 'value', minInterval: 1, axisLabel: { fontSize: 11 } },
        { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%', fontSize: 11 } },
      ],
      series: [
        {
          name: names.offered,
          type: 'bar',
          data: buckets.map((b) => b.offered),
          itemStyle: { color: '#adc6ff' },
        },
        {
          name: names.answered,
          type: 'bar',
          data: buckets.map((b) => b.answered),
          itemStyle: { color: '#1677ff' },
        },
        {
          name: names.answerRate,
          type: 'line',
          yAxisIndex: 1,
          data: buckets.map((b) => (b.answerRate === null ? null : Math.round(b.answerRate * 1000) / 10)),
          itemStyle: { color: '#fa8c16' },
        },
      ],
    }),
    [buckets, labels, names],
  );

  return <Chart option={option} height={220} label={label} />;
}
