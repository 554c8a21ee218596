// Writes the reference bulletin in every format, plus each chart as PNG and SVG, to look at by eye:
//   node --import tsx scripts/render-sample.ts OUTDIR
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Bulletin } from '../src/contracts/bulletin-document.ts';
import { referenceBulletin } from '../src/modules/bulletin/render/fixtures/reference-bulletin.ts';
import { renderChartPng, renderChartSvg } from '../src/modules/bulletin/render/charts.ts';
import { BULLETIN_FORMATS, renderBulletin } from '../src/modules/bulletin/render/index.ts';

const outputDirectory = process.argv[2];
if (outputDirectory === undefined) {
  console.error('用法：node --import tsx scripts/render-sample.ts 输出目录');
  process.exit(2);
}

const bulletin = Bulletin.parse(referenceBulletin);
await mkdir(outputDirectory, { recursive: true });

for (const format of BULLETIN_FORMATS) {
  const started = Date.now();
  const rendered = await renderBulletin(bulletin, format);
  const file = path.join(outputDirectory, `bulletin.${rendered.extension}`);
  await writeFile(file, rendered.body);
  console.log(`${file}\t${rendered.body.length} 字节\t${Date.now() - started} ms`);
}

for (const chart of bulletin.sections.flatMap((section) => section.parts.flatMap((part) => part.charts))) {
  const base = path.join(outputDirectory, `chart-${chart.id}`);
  await writeFile(`${base}.png`, renderChartPng(chart));
  await writeFile(`${base}.svg`, renderChartSvg(chart));
  console.log(`${base}.png / .svg\t${chart.title}`);
}
