import { Resvg } from '@resvg/resvg-js';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartSpec } from '../../../contracts/bulletin-document.ts';
import { chartOption, type ChartSize } from './chart-option.ts';
import { CJK_FONT_FAMILY, cjkFontFile } from './fonts.ts';

// Charts are drawn on the server (DESIGN §6): ECharts in SSR mode writes SVG, resvg rasterises it
// for DOCX and PDF. resvg draws no text without a font, so the CJK font file is passed explicitly and
// system fonts are never consulted: the output is the same on a machine without any CJK font.

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, AriaComponent, SVGRenderer]);

/** Logical size in CSS pixels; 640 × 360 fits the 156 mm text width of an A4 official document. */
export const DEFAULT_CHART_SIZE: ChartSize = { width: 640, height: 360 };

/** PNGs are rasterised at twice the logical size so that print stays sharp (≈ 200 dpi at 156 mm). */
export const PNG_ZOOM = 2;

/** The chart as a standalone SVG document, text kept as text (searchable, selectable in HTML). */
export function renderChartSvg(chart: ChartSpec, size: ChartSize = DEFAULT_CHART_SIZE): string {
  const instance = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: size.width,
    height: size.height,
  });
  try {
    instance.setOption(chartOption(chart, size));
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
}

/** The chart as a PNG at PNG_ZOOM times the logical size, Chinese drawn with the packaged font. */
export function renderChartPng(chart: ChartSpec, size: ChartSize = DEFAULT_CHART_SIZE): Buffer {
  const svg = renderChartSvg(chart, size);
  const resvg = new Resvg(svg, {
    background: '#ffffff',
    fitTo: { mode: 'zoom', value: PNG_ZOOM },
    font: {
      fontFiles: [cjkFontFile('regular'), cjkFontFile('bold')],
      loadSystemFonts: false,
      defaultFontFamily: CJK_FONT_FAMILY,
      sansSerifFamily: CJK_FONT_FAMILY,
    },
  });
  return resvg.render().asPng();
}
