import type { Bulletin, BulletinTable, ChartSpec } from '../../../contracts/bulletin-document.ts';
import { renderChartSvg } from './charts.ts';
import { layoutBulletin, signatureIndents, type Block } from './layout.ts';
import { cellAlignment, cellText, tableLayout } from './table-cells.ts';

// The bulletin as one self-contained HTML page: inline CSS, charts as inline SVG (text stays text),
// no script and no external resource, so it can be mailed, archived or printed as it is. Printing gives
// the GB/T 9704-2012 page: A4, margins 37/26/35/28 mm, 3号 body on 28.95 pt lines. Fonts are named as
// the standard names them, followed by what Windows, macOS and Linux readers have instead.

const FONT_STACKS = {
  title: `"方正小标宋简体", "方正小标宋_GBK", "华文中宋", STZhongsong, "宋体", SimSun, "Noto Serif CJK SC", serif`,
  body: `"仿宋_GB2312", "仿宋", FangSong, STFangsong, "Noto Serif CJK SC", serif`,
  heading: `"黑体", SimHei, STHeiti, "Noto Sans CJK SC", sans-serif`,
  subheading: `"楷体_GB2312", "楷体", KaiTi, STKaiti, "Noto Serif CJK SC", serif`,
  pageNumber: `"宋体", SimSun, "Noto Serif CJK SC", serif`,
} as const;

const STYLE = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
@page :right { @bottom-right { content: "— " counter(page) " —"; font: 14pt ${FONT_STACKS.pageNumber}; margin-right: 1em; } }
@page :left { @bottom-left { content: "— " counter(page) " —"; font: 14pt ${FONT_STACKS.pageNumber}; margin-left: 1em; } }
html { background: #f0f0f0; }
body { margin: 0; color: #000; font-family: ${FONT_STACKS.body}; font-size: 16pt; line-height: 28.95pt; }
.sheet { box-sizing: border-box; width: 210mm; margin: 12mm auto; padding: 37mm 26mm 35mm 28mm; background: #fff; box-shadow: 0 0 4mm rgba(0, 0, 0, 0.15); }
h1 { margin: 0 0 28.95pt; font-family: ${FONT_STACKS.title}; font-size: 22pt; font-weight: normal; line-height: 28.95pt; text-align: center; }
h2 { margin: 0; font-family: ${FONT_STACKS.heading}; font-size: 16pt; font-weight: normal; text-indent: 2em; break-after: avoid; }
p { margin: 0; text-indent: 2em; text-align: justify; }
.run-in { font-family: ${FONT_STACKS.subheading}; }
.table-caption { margin-top: 6pt; font-family: ${FONT_STACKS.heading}; font-size: 14pt; text-align: center; text-indent: 0; break-after: avoid; }
table { width: 100%; margin: 4pt 0 14pt; border-collapse: collapse; table-layout: fixed; line-height: 1.3; }
thead { display: table-header-group; }
th { font-family: ${FONT_STACKS.heading}; font-weight: normal; }
th, td { padding: 2pt 3pt; border: 0.75pt solid #000; text-align: center; vertical-align: middle; }
td.left { text-align: left; }
tr { break-inside: avoid; }
figure { margin: 6pt 0 10pt; text-align: center; break-inside: avoid; }
figure svg { display: block; width: 148mm; max-width: 100%; height: auto; margin: 0 auto; }
figcaption { font-size: 14pt; }
.signature { margin-top: 28.95pt; }
.signature p { text-align: right; text-indent: 0; }
@media print {
  html { background: none; }
  .sheet { width: auto; margin: 0; padding: 0; box-shadow: none; }
}
`;

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.codePointAt(0) ?? 0};`);
}

/** The 版心's width in points: column widths become percentages of it. */
const TEXT_WIDTH_PT = (156 * 72) / 25.4;

function tableHtml(table: BulletinTable): string {
  // The same widths and size as the DOCX and PDF, so that names wrap alike and figures never do.
  const layout = tableLayout(table, TEXT_WIDTH_PT, 6);
  const columns = layout.widths
    .map((width) => `<col style="width: ${((100 * width) / TEXT_WIDTH_PT).toFixed(2)}%">`)
    .join('');
  const header = table.columns.map((column) => `<th scope="col">${escapeHtml(column.label)}</th>`).join('');
  const rows = table.rows
    .map((row) => {
      const cells = table.columns.map((column) => {
        const alignment = cellAlignment(column) === 'left' ? ' class="left"' : '';
        return `<td${alignment}>${escapeHtml(cellText(row, column))}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<table style="font-size: ${layout.fontSize}pt">\n<colgroup>${columns}</colgroup>\n<thead><tr>${header}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
}

function chartHtml(chart: ChartSpec): string {
  // The SVG carries its own title for screen readers (ECharts aria); the caption is the visible title.
  return `<figure id="${escapeHtml(chart.id)}">\n${renderChartSvg(chart)}\n<figcaption>${escapeHtml(chart.title)}</figcaption>\n</figure>`;
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'title':
      return `<h1>${block.lines.map(escapeHtml).join('<br>')}</h1>`;
    case 'heading':
      return `<h2>${escapeHtml(block.text)}</h2>`;
    case 'paragraph': {
      const runIn = block.runIn === null ? '' : `<span class="run-in">${escapeHtml(block.runIn)}</span>`;
      return `<p>${runIn}${escapeHtml(block.text)}</p>`;
    }
    case 'tableCaption':
      return `<p class="table-caption">${escapeHtml(block.text)}</p>`;
    case 'table':
      return tableHtml(block.table);
    case 'chart':
      return chartHtml(block.chart);
    case 'signature': {
      const indents = signatureIndents(block.organ, block.date);
      return (
        `<div class="signature">` +
        `<p style="padding-right: ${indents.organ}em">${escapeHtml(block.organ)}</p>` +
        `<p style="padding-right: ${indents.date}em">${escapeHtml(block.date)}</p></div>`
      );
    }
  }
}

/** One self-contained HTML page of the bulletin (inline CSS and SVG, print CSS for A4). */
export function renderHtml(bulletin: Bulletin): string {
  const body = layoutBulletin(bulletin).map(blockHtml).join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(bulletin.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main class="sheet">
${body}
</main>
</body>
</html>
`;
}
