import { useEffect, useRef } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import type * as Setup from './echarts-setup.ts';

type Echarts = typeof Setup.echarts;
let loading: Promise<Echarts> | null = null;
const loadEcharts = () => (loading ??= import('./echarts-setup.ts').then((m) => m.echarts));

/** One ECharts chart, loaded on first use; `onPick` receives the data index of a clicked point or slice. */
export function Chart({
  option,
  height,
  onPick,
  label,
}: {
  option: EChartsCoreOption;
  height: number;
  onPick?: (dataIndex: number, seriesIndex: number) => void;
  /** Accessible name of the chart */
  label: string;
}) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<Echarts['init']> | null>(null);
  const pick = useRef(onPick);
  pick.current = onPick;

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | null = null;
    void loadEcharts().then((echarts) => {
      if (disposed || !element.current) return;
      const instance = echarts.init(element.current, undefined, { renderer: 'canvas' });
      instance.on('click', (event) => pick.current?.(event.dataIndex, event.seriesIndex ?? 0));
      chart.current = instance;
      instance.setOption(option);
      observer = new ResizeObserver(() => instance.resize());
      observer.observe(element.current);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
    // The chart is created once; option changes are applied by the effect below.
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={element} role="img" aria-label={label} style={{ height, width: '100%' }} />;
}
