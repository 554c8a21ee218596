import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { referenceBulletin } from './fixtures/reference-bulletin.ts';
import { renderXlsx, sheetName } from './xlsx.ts';

describe('renderXlsx', () => {
  const workbook = new ExcelJS.Workbook();

  beforeAll(async () => {
    const buffer = await renderXlsx(referenceBulletin);
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  });

  const sheet = (name: string): ExcelJS.Worksheet => {
    const found = workbook.getWorksheet(name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  };
  const headers = (worksheet: ExcelJS.Worksheet): unknown[] =>
    (worksheet.getRow(1).values as unknown[]).slice(1);

  it('has a summary sheet, one sheet per table and one per chart', () => {
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual([
      '概况',
      '县区、经济区分布情况',
      '表一：“十佳”基层承办单位',
      '表二：“较差”基层承办单位',
      '图：县区、经济区办理情况',
      '图：受理诉求数量排名前十的市直部门',
      '图：满意率排名前十的市直部门（诉求量100件以上）',
    ]);
  });

  it('puts the headline figures on 概况 as numbers, rates with their counts', () => {
    const summary = sheet('概况');
    const rows = new Map<string, ExcelJS.Row>();
    summary.eachRow((row) => rows.set(String(row.getCell(1).value), row));
    expect(rows.get('受理量')?.getCell(2).value).toBe(96_712);
    const completion = rows.get('办结率');
    expect(completion?.getCell(2).value).toBeCloseTo(23_599 / 24_209, 12);
    expect(completion?.getCell(2).numFmt).toBe('0.00%');
    expect([completion?.getCell(3).value, completion?.getCell(4).value]).toEqual([23_599, 24_209]);
    expect(rows.get('标题')?.getCell(2).value).toBe(referenceBulletin.title);
  });

  it('stores table figures as numbers with printed formats and traceable counts', () => {
    const districts = sheet('县区、经济区分布情况');
    expect(headers(districts)).toEqual([
      '序号',
      '受理单位',
      '交办总量',
      '办结率',
      '满意率',
      '按时反馈率',
      '有效回访率',
      '知识库更新总数目',
      '评分',
      '单位编码',
      '办结率分子',
      '办结率分母',
      '满意率分子',
      '满意率分母',
      '按时反馈率分子',
      '按时反馈率分母',
      '有效回访率分子',
      '有效回访率分母',
    ]);
    const dawa = districts.getRow(2);
    expect([dawa.getCell(1).value, dawa.getCell(2).value, dawa.getCell(3).value]).toEqual([
      1,
      '大洼区',
      4226,
    ]);
    expect(dawa.getCell(4).value).toBeCloseTo(4144 / 4226, 12);
    expect(dawa.getCell(4).numFmt).toBe('0.00%');
    expect(dawa.getCell(9).value).toBe(99.3);
    expect(dawa.getCell(9).numFmt).toBe('0.00');
    expect([dawa.getCell(11).value, dawa.getCell(12).value]).toEqual([4144, 4226]);
    expect(districts.rowCount).toBe(7);

    const worst = sheet('表二：“较差”基层承办单位');
    const heating = worst.getRow(3);
    expect(heating.getCell(2).value).toBe('大洼清河湾供暖');
    // 满意率 91.67% = 2.75 / 3: 基本满意 weighted 0.75, kept as a weighted numerator
    expect(heating.getCell(5).value).toBeCloseTo(2.75 / 3, 12);
    expect(headers(worst)).toContain('满意率分子');
  });

  it('stores chart data with rates formatted as percentages', () => {
    const chart = sheet('图：县区、经济区办理情况');
    expect(headers(chart)).toEqual(['类别', '交办总量', '满意率']);
    expect(chart.getRow(2).getCell(1).value).toBe('大洼区');
    expect(chart.getRow(2).getCell(3).numFmt).toBe('0.00%');
  });
});

describe('sheetName', () => {
  it('drops characters Excel forbids, keeps 31 characters and stays unique', () => {
    expect(sheetName('a/b:c', new Set())).toBe('a b c');
    expect(Array.from(sheetName('很'.repeat(40), new Set()))).toHaveLength(31);
    expect(sheetName('表一', new Set(['表一']))).toBe('表一(2)');
    expect(sheetName('', new Set())).toBe('表');
  });
});
