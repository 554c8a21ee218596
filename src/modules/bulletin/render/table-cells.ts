import type { BulletinTable, Rate, TableColumn, UnitFigures } from '../bulletin.schema.ts';
import { formatCount, formatPercent, formatScore, MISSING_FIGURE } from './format.ts';

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

/**
 * Relative column widths: unit names need room, figures little. A header longer than its figures
 * (知识库更新总数目) wraps instead of widening the column.
 */
export function columnWeights(table: BulletinTable): number[] {
  return table.columns.map((column) => {
    if (column.key === 'rank') return 0.7;
    if (column.format === 'text') return 3.2;
    if (column.format === 'percent') return 1.45;
    if (column.format === 'score') return 1.2;
    return 1.1;
  });
}
