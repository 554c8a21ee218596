import { describe, expect, it } from 'vitest';
import { quoteFormulaStart, unquoteFormulaStart } from './spreadsheet-formula.ts';

describe('CSV cells a spreadsheet would run as formulas', () => {
  it('quotes text that starts like a formula, and only that', () => {
    expect(quoteFormulaStart('=HYPERLINK("http://x","点我")')).toBe('\'=HYPERLINK("http://x","点我")');
    expect(quoteFormulaStart("+cmd|' /C calc'!A0")).toBe("'+cmd|' /C calc'!A0");
    expect(quoteFormulaStart('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(quoteFormulaStart('- 楼道堆放杂物')).toBe("'- 楼道堆放杂物");
    expect(quoteFormulaStart('\t=1+1')).toBe("'\t=1+1");
    for (const harmless of [
      '幸福小区',
      '-5',
      '+86 138 0000 0000',
      '0411-12345678',
      '2023-01-19 10:00:00',
      '',
    ])
      expect(quoteFormulaStart(harmless)).toBe(harmless);
  });

  it('gives back on import what the export quoted, and leaves other apostrophes alone', () => {
    for (const text of ['=1+1', '- 列表', '@某人', '普通文字', "'引号开头", '-5'])
      expect(unquoteFormulaStart(quoteFormulaStart(text))).toBe(text);
  });
});
