import PDFDocument from 'pdfkit';
import type { Bulletin, ChartSpec } from '../../../contracts/bulletin-document.ts';
import { DEFAULT_CHART_SIZE, renderChartPng } from './charts.ts';
import { cjkFontFile } from './fonts.ts';
import { layoutBulletin, signatureIndents, type Block } from './layout.ts';
import { drawTable, tableOpeningHeight, type TableFrame } from './pdf-table.ts';

// The bulletin as PDF with pdfkit alone (no office suite on the server), following the DOCX layout
// (GB/T 9704-2012): A4, the same margins, 22 lines of 28 characters, page numbers “— 1 —”. The
// standard's fonts are not free to ship: the packaged Noto Sans Hans stands in, Bold for the title and
// headings (小标宋 / 黑体 / 楷体), Regular for the body (仿宋).

const pointsFromMm = (mm: number): number => (mm * 72) / 25.4;

const MARGIN = {
  top: pointsFromMm(37),
  bottom: pointsFromMm(35),
  left: pointsFromMm(28),
  right: pointsFromMm(26),
};
const A4 = { width: pointsFromMm(210), height: pointsFromMm(297) };
const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const BODY_BOTTOM = A4.height - MARGIN.bottom;
/** 225 mm / 22 lines (GB/T 9704-2012 §6.3). */
const LINE_PITCH = pointsFromMm(225) / 22;
const SIZE = { title: 22, body: 16, small: 14 } as const;
/** 28 characters a line: 156 mm / 28 is 15.79 pt, so each 16 pt character gives up 0.22 pt. */
const BODY_CHARACTER_SPACING = TEXT_WIDTH / 28 - SIZE.body - 0.01;
const CHART_WIDTH = pointsFromMm(148);
const FONT = { regular: 'bulletin-regular', bold: 'bulletin-bold' } as const;

/** Line gap that makes lines of this size LINE_PITCH apart (pdfkit adds it to the font's own height). */
function gapFor(doc: PDFKit.PDFDocument, font: string, size: number): number {
  doc.font(font).fontSize(size);
  return Math.max(0, LINE_PITCH - doc.currentLineHeight(true));
}

/** Starts a new page unless `height` still fits above the foot of the 版心. */
function ensureRoom(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > BODY_BOTTOM) doc.addPage();
}

function writeLines(
  doc: PDFKit.PDFDocument,
  text: string,
  font: string,
  size: number,
  options: PDFKit.Mixins.TextOptions,
): void {
  doc.font(font).fontSize(size);
  doc.text(text, MARGIN.left, doc.y, { width: TEXT_WIDTH, lineGap: gapFor(doc, font, size), ...options });
}

function writeParagraph(doc: PDFKit.PDFDocument, runIn: string | null, text: string): void {
  const options = {
    width: TEXT_WIDTH,
    indent: 2 * SIZE.body,
    lineGap: gapFor(doc, FONT.regular, SIZE.body),
    characterSpacing: BODY_CHARACTER_SPACING,
  };
  ensureRoom(doc, LINE_PITCH);
  if (runIn === null) {
    doc.font(FONT.regular).fontSize(SIZE.body).text(text, MARGIN.left, doc.y, options);
    return;
  }
  // The second-level heading runs in at the start of its paragraph, as the reference prints it.
  doc
    .font(FONT.bold)
    .fontSize(SIZE.body)
    .text(runIn, MARGIN.left, doc.y, { ...options, continued: text !== '' });
  if (text !== '') doc.font(FONT.regular).text(text, options);
}

function writeChart(doc: PDFKit.PDFDocument, chart: ChartSpec): void {
  const height = (CHART_WIDTH * DEFAULT_CHART_SIZE.height) / DEFAULT_CHART_SIZE.width;
  ensureRoom(doc, height + LINE_PITCH + 6);
  doc.image(renderChartPng(chart), MARGIN.left + (TEXT_WIDTH - CHART_WIDTH) / 2, doc.y + 6, {
    width: CHART_WIDTH,
  });
  doc.y += height + 6;
  writeLines(doc, chart.title, FONT.regular, SIZE.small, { align: 'center' });
}

function writeBlock(doc: PDFKit.PDFDocument, block: Block, frame: TableFrame, next: Block | undefined): void {
  switch (block.kind) {
    case 'title':
      for (const line of block.lines) writeLines(doc, line, FONT.bold, SIZE.title, { align: 'center' });
      doc.y += LINE_PITCH;
      return;
    case 'heading':
      ensureRoom(doc, 2 * LINE_PITCH);
      writeLines(doc, block.text, FONT.bold, SIZE.body, { indent: 2 * SIZE.body });
      return;
    case 'paragraph':
      writeParagraph(doc, block.runIn, block.text);
      return;
    case 'tableCaption': {
      // A caption stays with the table's header and first row.
      const opening = next?.kind === 'table' ? tableOpeningHeight(doc, next.table, frame) : 0;
      ensureRoom(doc, LINE_PITCH + opening);
      writeLines(doc, block.text, FONT.bold, SIZE.small, { align: 'center' });
      return;
    }
    case 'table':
      drawTable(doc, block.table, frame);
      doc.y += LINE_PITCH / 2;
      return;
    case 'chart':
      writeChart(doc, block.chart);
      return;
    case 'signature': {
      const indents = signatureIndents(block.organ, block.date);
      ensureRoom(doc, 3 * LINE_PITCH);
      doc.y += LINE_PITCH;
      for (const [text, indentEm] of [
        [block.organ, indents.organ],
        [block.date, indents.date],
      ] as const) {
        writeLines(doc, text, FONT.regular, SIZE.body, {
          width: TEXT_WIDTH - indentEm * SIZE.body,
          align: 'right',
        });
      }
      return;
    }
  }
}

/** §7.5: “— 1 —” 7 mm below the 版心, odd pages right and even pages left, one character in. */
function numberPages(doc: PDFKit.PDFDocument): void {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const pageNumber = index + 1;
    const text = `— ${pageNumber} —`;
    doc.font(FONT.regular).fontSize(SIZE.small);
    const width = doc.widthOfString(text);
    const oneCharacter = SIZE.small;
    const x =
      pageNumber % 2 === 1 ? A4.width - MARGIN.right - oneCharacter - width : MARGIN.left + oneCharacter;
    // Writing below the bottom margin would make pdfkit open a new page: lift the margin meanwhile.
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.text(text, x, BODY_BOTTOM + pointsFromMm(7) - SIZE.small / 2, { lineBreak: false });
    doc.page.margins.bottom = bottomMargin;
  }
}

/** The bulletin as an A4 PDF with the packaged CJK font embedded (subset). */
export async function renderPdf(bulletin: Bulletin): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    lang: 'zh-CN',
    displayTitle: true,
    info: { Title: bulletin.title, Author: bulletin.centreName, Subject: bulletin.period.label },
  });
  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont(FONT.regular, cjkFontFile('regular'));
  doc.registerFont(FONT.bold, cjkFontFile('bold'));
  const frame: TableFrame = {
    left: MARGIN.left,
    width: TEXT_WIDTH,
    bottom: BODY_BOTTOM,
    regularFont: FONT.regular,
    boldFont: FONT.bold,
  };
  const blocks = layoutBulletin(bulletin);
  blocks.forEach((block, index) => writeBlock(doc, block, frame, blocks[index + 1]));
  numberPages(doc);
  doc.end();
  return finished;
}
