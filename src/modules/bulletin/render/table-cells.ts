import type { BulletinTable, Rate, TableColumn, UnitFigures } from '../../../contracts/bulletin-document.ts';
import { formatCount, formatPercent, formatScore, MISSING_FIGURE } from './format.ts';
import { widthInEm } from './layout.ts';

// A table column names a field of UnitFigures by its key (assigned, completion, score …). Every renderer
// reads cells through these helpers so that the same column prints the same way in HTML, DOCX and PDF.

export type CellValue = string | number | Rate | null;

function isRate(value: unknown): value is Rate {
  return typeof value === 'object' && value !== null && 'numerator' in value && 'denominator' in value;
}

/** The raw value behind a cell: a Rate for rate columns, a number or text otherwise. */
export function cellValue(row: UnitFigures, column: TableColumn): CellValue {
  const value: unknown = (row as Record<string, unknown>)[column.key];
  if (isRate(value)) return value;
  if (typeof value === 'number' || typeof value === 'string') return value;
  return null;
}

/** The rate behind a cell, when the column is a rate column. */
export function cellRate(row: UnitFigures, column: TableColumn): Rate | null {
  const value = cellValue(row, column);
  return isRate(value) ? value : null;
}

/** The number a spreadsheet stores: rates as fractions, counts and scores as numbers. */
export function cellNumber(row: UnitFigures, column: TableColumn): number | null {
  const value = cellValue(row, column);
  if (isRate(value)) return value.value;
  return typeof value === 'number' ? value : null;
}

/** The text as printed in the bulletin: 4226, 98.06%, 99.30, 大洼区. */
export function cellText(row: UnitFigures, column: TableColumn): string {
  const value = cellValue(row, column);
  if (value === null) return MISSING_FIGURE;
  switch (column.format) {
    case 'percent':
      return formatPercent(isRate(value) ? value.value : typeof value === 'number' ? value : null);
    case 'score':
      return formatScore(typeof value === 'number' ? value : null);
    case 'integer':
      return typeof value === 'number' ? formatCount(value) : MISSING_FIGURE;
    case 'text':
      return isRate(value) ? formatPercent(value.value) : String(value);
  }
}

/** Text columns (unit names) read left to right; figures are centred as official tables print them. */
export function cellAlignment(column: TableColumn): 'left' | 'center' {
  return column.format === 'text' ? 'left' : 'center';
}

/** Digits counted generously (Noto Sans Hans 0.555 em, Times New Roman 0.5 em) so that figures never wrap. */
const FIGURE_EM = 0.56;
/** The percent sign is wider: 0.92 em in Noto Sans Hans, 0.83 em in Times New Roman. */
const PERCENT_SIGN_EM = 0.94;
/** A header wraps, but keeps at least two characters a line (交办 / 总量). */
const HEADER_MIN_EM = 2;
/** Slack per column against rounding and bold headers (a 黑体 header is no wider, but fonts vary). */
const SLACK_EM = 0.3;
/** A unit-name column keeps at least four characters a line. */
const NAME_MIN_EM = 4;

function figureEm(text: string): number {
  const percentSigns = text.split('%').length - 1;
  return widthInEm(text, FIGURE_EM) + percentSigns * (PERCENT_SIGN_EM - FIGURE_EM);
}

function longestEm(texts: readonly string[]): number {
  return Math.max(0, ...texts.map(figureEm));
}

/**
 * Column widths, in the caller's unit, that fill `total`: each figure column as wide as its longest
 * printed value (its header wraps instead), the unit names the rest; whatever is left beyond the longest
 * name is shared out evenly. `padding` is a cell's left plus right inner margin.
 */
export function columnWidths(
  table: BulletinTable,
  total: number,
  fontSize: number,
  padding: number,
): number[] {
  const texts = table.columns.map((column) => table.rows.map((row) => cellText(row, column)));
  const needs = table.columns.map((column, index) => {
    const values = longestEm(texts[index] ?? []);
    const header = Math.min(widthInEm(column.label, FIGURE_EM), HEADER_MIN_EM);
    return (Math.max(values, header) + SLACK_EM) * fontSize + padding;
  });
  const isName = table.columns.map((column) => column.format === 'text');
  const nameCount = isName.filter(Boolean).length;
  const figuresWidth = needs.reduce((sum, need, index) => (isName[index] ? sum : sum + need), 0);
  const nameMinimum = NAME_MIN_EM * fontSize + padding;
  const roomForNames = total - figuresWidth;
  if (nameCount > 0 && roomForNames < nameCount * nameMinimum) {
    // Too many figures for the page: names keep their minimum, figures shrink alike.
    const scale = (total - nameCount * nameMinimum) / figuresWidth;
    return needs.map((need, index) => (isName[index] ? nameMinimum : need * scale));
  }
  const widths = needs.map((need, index) =>
    isName[index] ? Math.min(need, roomForNames / nameCount) : need,
  );
  const spare = (total - widths.reduce((sum, width) => sum + width, 0)) / widths.length;
  return widths.map((width) => width + spare);
}

/** 小四 (12 pt), the table size of the reference's documents; 五号 (10.5 pt) when 小四 leaves names cramped. */
export const TABLE_FONT_SIZES = [12, 10.5] as const;
/** Below this many characters a line, unit names break too often to read (辽滨沿海 / 经济技术 / 开发区). */
const NAME_COMFORT_EM = 6;

/**
 * Font size and column widths (points) of a table in `total` points: 小四 when every unit-name column
 * keeps six characters a line, else 五号 — nine columns in 156 mm do not fit 小四 comfortably.
 */
export function tableLayout(
  table: BulletinTable,
  total: number,
  padding: number,
): { fontSize: number; widths: number[] } {
  const names = table.columns.map((column) => column.format === 'text');
  for (const fontSize of TABLE_FONT_SIZES) {
    const widths = columnWidths(table, total, fontSize, padding);
    const roomy = widths.every(
      (width, index) => !names[index] || width - padding >= NAME_COMFORT_EM * fontSize,
    );
    if (roomy) return { fontSize, widths };
  }
  const fontSize = TABLE_FONT_SIZES[TABLE_FONT_SIZES.length - 1] ?? 10.5;
  return { fontSize, widths: columnWidths(table, total, fontSize, padding) };
}
