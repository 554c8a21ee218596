import { describe, expect, it } from 'vitest';
import type { BulletinTable } from '../../../contracts/bulletin-document.ts';
import { referenceBulletin } from './fixtures/reference-bulletin.ts';
import { cellNumber, cellText, tableLayout } from './table-cells.ts';

const tables = referenceBulletin.sections.flatMap((section) =>
  section.parts.flatMap((part) => (part.table ? [part.table] : [])),
);
const [districts, bestTen] = tables as [BulletinTable, BulletinTable, BulletinTable];
const TEXT_WIDTH = (156 * 72) / 25.4;

describe('cells', () => {
  it('reads rates, counts, scores and names through the column key', () => {
    const row = districts.rows[0];
    if (!row) throw new Error('no row');
    const byKey = (key: string) =>
      districts.columns.find((column) => column.key === key) ?? districts.columns[0]!;
    expect(cellText(row, byKey('completion'))).toBe('98.06%');
    expect(cellNumber(row, byKey('completion'))).toBeCloseTo(4144 / 4226, 12);
    expect(cellText(row, byKey('score'))).toBe('99.30');
    expect(cellText(row, byKey('unitName'))).toBe('大洼区');
    expect(cellText(row, { key: 'unknownKey', label: '?', format: 'integer' })).toBe('—');
    expect(cellText({ ...row, score: null }, byKey('score'))).toBe('—');
  });
});

describe('tableLayout', () => {
  it('fills the text width and leaves unit names at least six characters a line', () => {
    for (const table of [districts, bestTen]) {
      const { fontSize, widths } = tableLayout(table, TEXT_WIDTH, 6);
      expect(widths.reduce((sum, width) => sum + width, 0)).toBeCloseTo(TEXT_WIDTH, 6);
      const nameIndex = table.columns.findIndex((column) => column.format === 'text');
      expect((widths[nameIndex] ?? 0) - 6).toBeGreaterThanOrEqual(6 * fontSize);
    }
  });

  it('keeps 小四 when it fits and steps down to 五号 for the nine-column district table', () => {
    expect(tableLayout(bestTen, TEXT_WIDTH, 6).fontSize).toBe(12);
    expect(tableLayout(districts, TEXT_WIDTH, 6).fontSize).toBe(10.5);
  });

  it('gives a percentage column room for 100.00% on one line', () => {
    const { fontSize, widths } = tableLayout(bestTen, TEXT_WIDTH, 6);
    const percentIndex = bestTen.columns.findIndex((column) => column.format === 'percent');
    // Noto Sans Hans: 5 digits × 0.555 em + point 0.278 em + percent sign 0.921 em
    expect((widths[percentIndex] ?? 0) - 6).toBeGreaterThanOrEqual((5 * 0.555 + 0.278 + 0.921) * fontSize);
  });
});
