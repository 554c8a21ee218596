import {
  AlignmentType,
  Document,
  Footer,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { Bulletin, BulletinTable, ChartSpec } from '../../../contracts/bulletin-document.ts';
import { DEFAULT_CHART_SIZE, renderChartPng } from './charts.ts';
import { DOCUMENT_FONTS, fontTableXml, runFont, type DocumentFont } from './docx-fonts.ts';
import { layoutBulletin, signatureIndents, type Block } from './layout.ts';
import { cellAlignment, cellText, tableLayout } from './table-cells.ts';

// The bulletin as a Chinese official document, 党政机关公文格式 GB/T 9704-2012: A4, 版心 156 mm × 225 mm,
// 22 lines of 28 characters, title 2号小标宋, body 3号仿宋, page numbers “— 1 —” in 4号宋体.

const twipsFromMm = (mm: number): number => Math.round((mm * 1440) / 25.4);

/** A4 (§5.2.1) and the margins that leave a 156 × 225 mm 版心 (天头 37 mm, 订口 28 mm, §5.2.2). */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: twipsFromMm(37), bottom: twipsFromMm(35), left: twipsFromMm(28), right: twipsFromMm(26) },
} as const;
const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
/** 225 mm / 22 lines = 28.95 pt a line, in twips (§6.3: 一般每面排22行，每行排28个字). */
const LINE_PITCH = 579;
/**
 * 28 characters in 156 mm need each 3号 character a little narrower than 16 pt: −0.25 pt (in twentieths)
 * gives 28 a line. Word templates reach it with a character grid instead, but a grid also spreads
 * smaller table text to the 3号 pitch, and other consumers (LibreOffice) apply it to digits too.
 */
const BODY_CHARACTER_SPACING = -5;
/** Font sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt (tables: see tableLayout). */
const SIZE = { title: 44, body: 32, small: 28 } as const;
/** Two 3号 characters: the first-line indent of every body paragraph. */
const TWO_CHARACTERS = 2 * 16 * 20;
/** The chart's printed width in pixels at 96 dpi (148 mm, inside the 156 mm 版心). */
const CHART_WIDTH_PX = 560;

function run(text: string, font: DocumentFont, size: number): TextRun {
  return new TextRun({
    text,
    font: runFont(font),
    size,
    characterSpacing: size === SIZE.body ? BODY_CHARACTER_SPACING : 0,
  });
}

const bodyLine = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;
/** Inner left and right margin of a table cell, 1 mm: narrow columns keep their figures on one line. */
const CELL_MARGIN = 57;
/** Table cells keep to their own, smaller lines: 1.3 times the font size (given in half-points). */
const tableLine = (size: number) =>
  ({ line: Math.round(size * 13), lineRule: LineRuleType.EXACT, before: 0, after: 0 }) as const;

function titleParagraphs(lines: readonly string[]): Paragraph[] {
  return [
    ...lines.map(
      (line) =>
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: bodyLine,
          children: [run(line, DOCUMENT_FONTS.title, SIZE.title)],
        }),
    ),
    // §7.3.2: what follows the title starts one blank line below it.
    new Paragraph({ spacing: bodyLine, children: [] }),
  ];
}

function bodyParagraph(runIn: string | null, text: string): Paragraph {
  const children = [run(text, DOCUMENT_FONTS.body, SIZE.body)];
  if (runIn !== null) children.unshift(run(runIn, DOCUMENT_FONTS.subheading, SIZE.body));
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: TWO_CHARACTERS },
    spacing: bodyLine,
    children,
  });
}

function tableCell(
  text: string,
  width: number,
  size: number,
  alignment: 'left' | 'center',
  header: boolean,
): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    children: [
      new Paragraph({
        alignment: alignment === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
        spacing: tableLine(size),
        children: [run(text, header ? DOCUMENT_FONTS.heading : DOCUMENT_FONTS.body, size)],
      }),
    ],
  });
}

function bulletinTable(table: BulletinTable): Table {
  const layout = tableLayout(table, TEXT_WIDTH / 20, (2 * CELL_MARGIN) / 20);
  const widths = layout.widths.map((width) => Math.floor(width * 20));
  const size = layout.fontSize * 2;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((column, index) =>
      tableCell(column.label, widths[index] ?? 0, size, 'center', true),
    ),
  });
  const rows = table.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: table.columns.map((column, index) =>
          tableCell(cellText(row, column), widths[index] ?? 0, size, cellAlignment(column), false),
        ),
      }),
  );
  return new Table({
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 40, bottom: 40 },
    rows: [header, ...rows],
  });
}

function chartParagraphs(chart: ChartSpec): Paragraph[] {
  const height = Math.round((CHART_WIDTH_PX * DEFAULT_CHART_SIZE.height) / DEFAULT_CHART_SIZE.width);
  return [
    // An exact line height would crop the picture to one line: the image paragraph spaces itself.
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 120, after: 0, line: 240, lineRule: LineRuleType.AUTO },
      children: [
        new ImageRun({
          type: 'png',
          data: renderChartPng(chart),
          transformation: { width: CHART_WIDTH_PX, height },
          altText: { name: chart.id, title: chart.title, description: chart.title },
        }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: bodyLine,
      children: [run(chart.title, DOCUMENT_FONTS.body, SIZE.small)],
    }),
  ];
}

function signatureParagraphs(organ: string, date: string): Paragraph[] {
  const indents = signatureIndents(organ, date);
  const em = 16 * 20;
  const line = (text: string, indentEm: number): Paragraph =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: Math.round(indentEm * em) },
      spacing: bodyLine,
      children: [run(text, DOCUMENT_FONTS.body, SIZE.body)],
    });
  return [
    new Paragraph({ spacing: bodyLine, children: [] }),
    line(organ, indents.organ),
    line(date, indents.date),
  ];
}

function blockContent(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
      return titleParagraphs(block.lines);
    case 'heading':
      return [
        new Paragraph({
          keepNext: true,
          indent: { firstLine: TWO_CHARACTERS },
          spacing: bodyLine,
          children: [run(block.text, DOCUMENT_FONTS.heading, SIZE.body)],
        }),
      ];
    case 'paragraph':
      return [bodyParagraph(block.runIn, block.text)];
    case 'tableCaption':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: true,
          spacing: bodyLine,
          children: [run(block.text, DOCUMENT_FONTS.heading, SIZE.small)],
        }),
      ];
    case 'table':
      return [
        bulletinTable(block.table),
        new Paragraph({ spacing: { ...tableLine(24), after: 120 }, children: [] }),
      ];
    case 'chart':
      return chartParagraphs(block.chart);
    case 'signature':
      return signatureParagraphs(block.organ, block.date);
  }
}

/** §7.5: 4号半角宋体, 一字线 either side, odd pages right and even pages left, one character in. */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const oneCharacter = 14 * 20;
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: oneCharacter } : { left: oneCharacter },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: runFont(DOCUMENT_FONTS.pageNumber, DOCUMENT_FONTS.pageNumber),
            size: SIZE.small,
          }),
        ],
      }),
    ],
  });
}

/** The bulletin as a .docx laid out per GB/T 9704-2012. */
export async function renderDocx(bulletin: Bulletin): Promise<Buffer> {
  const document = new Document({
    title: bulletin.title,
    creator: bulletin.centreName,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: runFont(DOCUMENT_FONTS.body), size: SIZE.body },
          paragraph: { spacing: bodyLine },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            // The page number sits 7 mm below the 版心 (§7.5): the footer's foot 25 mm above the page edge.
            margin: { ...PAGE.margin, header: twipsFromMm(15), footer: twipsFromMm(25) },
          },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: layoutBulletin(bulletin).flatMap(blockContent),
      },
    ],
  });
  return Packer.toBuffer(document, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
}
