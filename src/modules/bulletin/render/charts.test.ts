import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../../contracts/bulletin-document.ts';
import { wrapLabel } from './chart-option.ts';
import { PNG_ZOOM, renderChartPng, renderChartSvg } from './charts.ts';
import { referenceBulletin } from './fixtures/reference-bulletin.ts';
import { cjkFontFile } from './fonts.ts';

const size = { width: 480, height: 300 };

function barChart(categories: string[]): ChartSpec {
  return {
    id: 'test',
    title: '测试',
    kind: 'bar',
    categories,
    series: [{ name: '受理量', unit: 'count', values: categories.map(() => 100) }],
  };
}

/** Decodes a PNG through resvg itself (an <image> in an SVG): RGBA pixels, no extra dependency. */
function decodePng(png: Buffer): { width: number; height: number; pixels: Buffer } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}">` +
    `<image width="${width}" height="${height}" xlink:href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  const image = new Resvg(svg).render();
  return { width: image.width, height: image.height, pixels: image.pixels };
}

/** Pixels darker than light grey in rows [top, bottom): ink of text, not the white background. */
function inkIn(image: { width: number; pixels: Buffer }, top: number, bottom: number): number[] {
  const ink: number[] = [];
  for (let y = top; y < bottom; y += 1) {
    for (let x = 0; x < image.width; x += 1) {
      const offset = (y * image.width + x) * 4;
      const brightness =
        (image.pixels[offset] ?? 255) + (image.pixels[offset + 1] ?? 255) + (image.pixels[offset + 2] ?? 255);
      if (brightness < 3 * 160) ink.push(offset);
    }
  }
  return ink;
}

describe('cjkFontFile', () => {
  it('finds both weights of the packaged font', () => {
    expect(cjkFontFile()).toMatch(/NotoSansHans-Regular\.otf$/);
    expect(cjkFontFile('bold')).toMatch(/NotoSansHans-Bold\.otf$/);
    expect(existsSync(cjkFontFile('regular')) && existsSync(cjkFontFile('bold'))).toBe(true);
  });
});

describe('renderChartSvg', () => {
  it('keeps the Chinese labels, series names and printed values as text', () => {
    const chart = referenceBulletin.sections[0]?.parts[0]?.charts[0];
    if (!chart) throw new Error('fixture lost its chart');
    const svg = renderChartSvg(chart);
    expect(svg.startsWith('<svg')).toBe(true);
    for (const text of ['大洼区', '兴隆台区', '交办总量', '满意率', '4226', '99.00%'])
      expect(svg).toContain(text);
    expect(svg).toContain('Noto Sans S Chinese');
  });

  it('lays ten long names out as horizontal bars with every name shown', () => {
    const chart = referenceBulletin.sections[0]?.parts[1]?.charts[0];
    if (!chart) throw new Error('fixture lost its chart');
    const svg = renderChartSvg(chart);
    for (const name of chart.categories) expect(svg).toContain(`>${name}<`);
  });

  it('wraps long category names into balanced lines', () => {
    expect(wrapLabel('高新技术开发区', 5)).toBe('高新技术\n开发区');
    expect(wrapLabel('辽滨沿海经济技术开发区', 5)).toBe('辽滨沿海\n经济技术\n开发区');
    expect(wrapLabel('大洼区', 5)).toBe('大洼区');
  });
});

describe('renderChartPng', () => {
  // Category labels sit below the plot (its foot 84 px above the chart's), the legend in the last 25 px.
  const labelBand = { top: (size.height - 78) * PNG_ZOOM, bottom: (size.height - 30) * PNG_ZOOM };

  it('draws Chinese category labels with real glyphs, not boxes or nothing', () => {
    const named = decodePng(renderChartPng(barChart(['市公安局', '市税务局', '市民政局']), size));
    const renamed = decodePng(renderChartPng(barChart(['水务集团', '供电公司', '热力集团']), size));
    const blank = decodePng(renderChartPng(barChart(['', '', '']), size));
    expect(named.width).toBe(size.width * PNG_ZOOM);

    const namedInk = inkIn(named, labelBand.top, labelBand.bottom);
    expect(inkIn(blank, labelBand.top, labelBand.bottom)).toHaveLength(0);
    expect(namedInk.length).toBeGreaterThan(500);
    // Missing glyphs would draw the same box for every character: different names must differ.
    const renamedInk = new Set(inkIn(renamed, labelBand.top, labelBand.bottom));
    const shared = namedInk.filter((offset) => renamedInk.has(offset)).length;
    expect(shared / namedInk.length).toBeLessThan(0.6);
  });

  it('renders every fixture chart to a PNG', () => {
    const charts = referenceBulletin.sections.flatMap((section) =>
      section.parts.flatMap((part) => part.charts),
    );
    for (const chart of charts) {
      const image = decodePng(renderChartPng(chart));
      expect([image.width, image.height]).toEqual([640 * PNG_ZOOM, 360 * PNG_ZOOM]);
      expect(inkIn(image, 0, image.height).length).toBeGreaterThan(10_000);
    }
  });
});
