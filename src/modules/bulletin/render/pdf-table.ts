import type { BulletinTable } from '../../../contracts/bulletin-document.ts';
import { cellAlignment, cellText, tableLayout } from './table-cells.ts';

// Tables in the PDF: pdfkit has no table that repeats its header, so rows are measured and drawn here,
// and a row that would cross the foot of the 版心 starts a new page under a repeated header.

export interface TableFrame {
  left: number;
  width: number;
  /** y of the 版心's foot on every page */
  bottom: number;
  regularFont: string;
  boldFont: string;
}

const PADDING_X = 3;
const PADDING_Y = 4;
/** Lines in a cell sit 1.25 em apart (Noto Sans Hans alone would set them 1.5 em apart). */
const LINE_PITCH_EM = 1.25;

interface MeasuredRow {
  cells: string[];
  height: number;
  header: boolean;
}

/** The table's font size and column widths, with the measures derived from them. */
class TableMetrics {
  readonly fontSize: number;
  readonly widths: number[];
  readonly alignments: ('left' | 'center')[];

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly table: BulletinTable,
    readonly frame: TableFrame,
  ) {
    const layout = tableLayout(table, frame.width, 2 * PADDING_X);
    this.fontSize = layout.fontSize;
    this.widths = layout.widths;
    this.alignments = table.columns.map(cellAlignment);
  }

  useFont(header: boolean): void {
    this.doc.font(header ? this.frame.boldFont : this.frame.regularFont).fontSize(this.fontSize);
  }

  lineGap(): number {
    return LINE_PITCH_EM * this.fontSize - this.doc.currentLineHeight(true);
  }

  /** Height of the glyphs of a wrapped text (a CJK font's glyphs fill 1 em), without the gap under it. */
  inkHeight(text: string, width: number): number {
    const trailingGap = (LINE_PITCH_EM - 1) * this.fontSize;
    return this.doc.heightOfString(text, { width, lineGap: this.lineGap() }) - trailingGap;
  }

  measure(cells: string[], header: boolean): MeasuredRow {
    this.useFont(header);
    const heights = cells.map((text, index) =>
      this.inkHeight(text, (this.widths[index] ?? 0) - 2 * PADDING_X),
    );
    return { cells, header, height: Math.max(...heights, this.fontSize) + 2 * PADDING_Y };
  }

  headerRow(): MeasuredRow {
    return this.measure(
      this.table.columns.map((column) => column.label),
      true,
    );
  }

  bodyRows(): MeasuredRow[] {
    return this.table.rows.map((row) =>
      this.measure(
        this.table.columns.map((column) => cellText(row, column)),
        false,
      ),
    );
  }

  draw(row: MeasuredRow, top: number): void {
    this.useFont(row.header);
    // The row was measured to fit; pdfkit's own check (line height plus gap) would still push the text of a
    // row at the foot of the page onto a new page, one cell at a time. Lift its margin while drawing.
    const bottomMargin = this.doc.page.margins.bottom;
    this.doc.page.margins.bottom = 0;
    let x = this.frame.left;
    row.cells.forEach((text, index) => {
      const width = this.widths[index] ?? 0;
      const textWidth = width - 2 * PADDING_X;
      this.doc.lineWidth(0.6).rect(x, top, width, row.height).stroke();
      this.doc.text(text, x + PADDING_X, top + (row.height - this.inkHeight(text, textWidth)) / 2, {
        width: textWidth,
        align: row.header ? 'center' : (this.alignments[index] ?? 'center'),
        lineGap: this.lineGap(),
      });
      x += width;
    });
    this.doc.page.margins.bottom = bottomMargin;
  }
}

/**
 * Draws the table from the current y, breaking pages between rows and repeating the header on each new
 * page; returns with doc.y below the table. The caller checks tableOpeningHeight first, so that a
 * caption never stands alone at the foot of a page.
 */
export function drawTable(doc: PDFKit.PDFDocument, table: BulletinTable, frame: TableFrame): void {
  const metrics = new TableMetrics(doc, table, frame);
  const header = metrics.headerRow();
  let y = doc.y;
  metrics.draw(header, y);
  y += header.height;
  for (const row of metrics.bodyRows()) {
    if (y + row.height > frame.bottom) {
      doc.addPage();
      y = doc.page.margins.top;
      metrics.draw(header, y);
      y += header.height;
    }
    metrics.draw(row, y);
    y += row.height;
  }
  doc.x = frame.left;
  doc.y = y;
}

/** Height of the header plus the first row: what must fit below a caption before the table starts. */
export function tableOpeningHeight(doc: PDFKit.PDFDocument, table: BulletinTable, frame: TableFrame): number {
  const metrics = new TableMetrics(doc, table, frame);
  const [first] = metrics.bodyRows();
  return metrics.headerRow().height + (first?.height ?? 0);
}
