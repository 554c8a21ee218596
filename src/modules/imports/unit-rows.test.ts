import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempFolder, readFixture, writeTextFile, writeXlsxFile } from './fixtures/fixture-files.ts';
import type { MappedRow } from './map-columns.ts';
import { ImportFileError, ImportValidationError } from './row-errors.ts';
import type { RowError } from './row-errors.ts';
import { UNIT_KIND_BY_LABEL, parseUnitFile, validateUnitRows } from './unit-rows.ts';
import type { ExistingUnit } from './unit-rows.ts';

let folder: { path: string; remove: () => Promise<void> };
beforeAll(async () => {
  folder = await makeTempFolder();
});
afterAll(async () => {
  await folder.remove();
});

async function validationErrors(promise: Promise<unknown>): Promise<RowError[]> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ImportValidationError);
  expect((error as ImportValidationError).code).toBe('IMPORT_INVALID');
  return (error as ImportValidationError).errors;
}

/** Rows as mapColumns gives them: [code, name, parent, kind], numbered from row 2. */
function rows(...cells: [string, string, string, string][]): MappedRow[] {
  return cells.map(([code, name, parentCode, kind], index) => ({
    rowNumber: index + 2,
    fields: { code, name, parentCode, kind },
  }));
}

const located = (errors: readonly RowError[]) =>
  errors.map(({ row, column, code }) => ({ row, column, code }));

describe('UNIT_KIND_BY_LABEL', () => {
  it('knows the Chinese labels of §7 and the English kind names', () => {
    expect(
      ['中心', '县区', '经济区', '市直部门', '公共企事业单位', '基层单位', '社区'].map(
        (label) => UNIT_KIND_BY_LABEL[label],
      ),
    ).toEqual(['center', 'district', 'zone', 'department', 'utility', 'grassroots', 'community']);
    for (const kind of ['center', 'district', 'zone', 'department', 'utility', 'grassroots', 'community']) {
      expect(UNIT_KIND_BY_LABEL[kind]).toBe(kind);
    }
  });

  it('is read case-insensitively for English names, and only by its own labels', () => {
    const { errors, units } = validateUnitRows(
      rows(
        ['D01', '区一', 'C001', ' District '],
        ['D02', '区二', 'C001', 'constructor'],
        ['D03', '区三', 'C001', '乡镇'],
      ),
      [{ code: 'C001', name: '市12345热线' }],
    );
    expect(units.map((u) => u.kind)).toEqual(['district']);
    expect(located(errors)).toEqual([
      { row: 3, column: '单位类别', code: 'INVALID_VALUE' },
      { row: 4, column: '单位类别', code: 'INVALID_VALUE' },
    ]);
    expect(errors[1]?.message).toBe(
      '「单位类别」“乡镇”无效，应为：中心、县区、经济区、市直部门、公共企事业单位、基层单位、社区',
    );
  });
});

describe('parseUnitFile', () => {
  it('imports the Chinese CSV fixture (with a BOM), resolving parents by code or full name, parents first', async () => {
    const units = await parseUnitFile(await readFixture('units.csv'), [], 'units.csv');
    expect(units.map((u) => [u.rowNumber, u.code, u.parentCode, u.kind])).toEqual([
      [2, 'C001', null, 'center'],
      [4, 'D01', 'C001', 'district'],
      [8, 'G0101', 'D01', 'grassroots'],
      [3, 'S010101', 'G0101', 'community'],
      [5, 'D02', 'C001', 'zone'],
      [6, 'DEPT01', 'C001', 'department'],
      [7, 'U01', 'C001', 'utility'],
    ]);
    expect(units.find((u) => u.code === 'U01')?.name).toBe('市水务集团');
  });

  it('imports an XLSX with English headers and a numeric code cell, under existing units', async () => {
    const bytes = await writeXlsxFile(folder.path, 'units.xlsx', (wb) => {
      const sheet = wb.addWorksheet('units');
      sheet.addRow(['unit code', 'Unit Name', 'parent_code', 'Unit Kind']);
      sheet.addRow([110101, { richText: [{ text: '兴隆' }, { text: '街道' }] }, '兴隆台区', 'grassroots']);
    });
    const existing: ExistingUnit[] = [
      { code: 'C001', name: '市12345热线' },
      { code: 'D01', name: '兴隆台区' },
    ];
    expect(await parseUnitFile(bytes, existing)).toEqual([
      { rowNumber: 2, code: '110101', name: '兴隆街道', parentCode: 'D01', kind: 'grassroots' },
    ]);
  });

  it('accepts re-importing units that already exist unchanged', async () => {
    const bytes = await readFixture('units.csv');
    const first = await parseUnitFile(bytes, []);
    const again = await parseUnitFile(bytes, first);
    expect(again).toEqual(first);
  });

  it('reports every error of the file with its row and column, and imports nothing', async () => {
    const existing: ExistingUnit[] = [
      { code: 'E01', name: '住建局' },
      { code: 'E02', name: '水务集团' },
    ];
    const errors = await validationErrors(
      parseUnitFile(await readFixture('units-invalid.csv'), existing, 'units-invalid.csv'),
    );
    expect(located(errors)).toEqual([
      { row: 1, column: 'remarks', code: 'UNKNOWN_COLUMN' },
      { row: 3, column: '单位编码', code: 'REQUIRED' },
      { row: 4, column: '单位编码', code: 'INVALID_VALUE' },
      { row: 5, column: '单位编码', code: 'INVALID_VALUE' },
      { row: 6, column: '单位编码', code: 'INVALID_VALUE' },
      { row: 7, column: '单位名称', code: 'REQUIRED' },
      { row: 8, column: '单位类别', code: 'REQUIRED' },
      { row: 9, column: '单位类别', code: 'INVALID_VALUE' },
      { row: 10, column: '上级单位编码', code: 'REQUIRED' },
      { row: 11, column: '上级单位编码', code: 'UNKNOWN_PARENT' },
      { row: 12, column: '单位编码', code: 'DUPLICATE' },
      { row: 13, column: '单位名称', code: 'DUPLICATE' },
      { row: 14, column: '单位名称', code: 'DUPLICATE' },
      { row: 15, column: '上级单位编码', code: 'CYCLE' },
      { row: 16, column: '上级单位编码', code: 'CYCLE' },
      { row: 17, column: '上级单位编码', code: 'CYCLE' },
    ]);
    for (const error of errors) expect(error.message).toContain(`「${error.column}」`);
    const message = (row: number) => errors.find((e) => e.row === row)?.message;
    expect(message(6)).toContain('64');
    expect(message(9)).toContain('乡镇');
    expect(message(11)).toContain('X99');
    expect(message(12)).toContain('第 11 行');
    expect(message(13)).toContain('第 11 行');
    expect(message(14)).toContain('E01');
    expect(message(15)).toBe('「上级单位编码」形成循环：A1 → A2 → A1');
  });

  it('reports only the header when a required column is missing', async () => {
    const bytes = await writeTextFile(
      folder.path,
      'no-kind.csv',
      '单位编码,单位名称,上级单位编码\nD01,区一,C001\nD02,区二,C001\n',
      { bom: true },
    );
    const errors = await validationErrors(parseUnitFile(bytes, [{ code: 'C001', name: '中心' }]));
    expect(located(errors)).toEqual([{ row: 1, column: '单位类别', code: 'MISSING_COLUMN' }]);
  });

  it('lets file errors through as ImportFileError', async () => {
    const bytes = await writeTextFile(
      folder.path,
      'header-only.csv',
      '单位编码,单位名称,上级单位编码,单位类别\n',
      { bom: true },
    );
    await expect(parseUnitFile(bytes, [])).rejects.toBeInstanceOf(ImportFileError);
  });
});

describe('validateUnitRows', () => {
  const centre: ExistingUnit = { code: 'C001', name: '市12345热线', parentCode: null };

  it('reports all errors of one row, not just the first', () => {
    const { errors, units } = validateUnitRows(rows(['', '', '', '县区']), [centre]);
    expect(located(errors)).toEqual([
      { row: 2, column: '单位编码', code: 'REQUIRED' },
      { row: 2, column: '单位名称', code: 'REQUIRED' },
      { row: 2, column: '上级单位编码', code: 'REQUIRED' },
    ]);
    expect(units).toEqual([]);
  });

  it('accepts a code of exactly 64 characters and refuses tabs and backslashes', () => {
    const code64 = 'C'.repeat(64);
    const { errors } = validateUnitRows(
      rows([code64, '甲', 'C001', '县区'], ['D\t1', '乙', 'C001', '县区'], ['D\\2', '丙', 'C001', '县区']),
      [centre],
    );
    expect(located(errors)).toEqual([
      { row: 3, column: '单位编码', code: 'INVALID_VALUE' },
      { row: 4, column: '单位编码', code: 'INVALID_VALUE' },
    ]);
  });

  it('lets only the centre go without a parent', () => {
    const { errors, units } = validateUnitRows(
      rows(['C002', '第二中心', '', 'Center'], ['D01', '区一', '', '县区']),
      [],
    );
    expect(located(errors)).toEqual([{ row: 3, column: '上级单位编码', code: 'REQUIRED' }]);
    expect(units.map((u) => [u.code, u.parentCode, u.kind])).toEqual([['C002', null, 'center']]);
  });

  it('accepts an existing code with its own name, and refuses a name that belongs to another existing unit', () => {
    const existing = [centre, { code: 'D01', name: '兴隆台区', parentCode: 'C001' }];
    expect(validateUnitRows(rows(['D01', '兴隆台区', 'C001', '县区']), existing).errors).toEqual([]);

    const { errors, units } = validateUnitRows(rows(['D09', '兴隆台区', 'C001', '县区']), existing);
    expect(located(errors)).toEqual([{ row: 2, column: '单位名称', code: 'DUPLICATE' }]);
    expect(errors[0]?.message).toBe('「单位名称」“兴隆台区”已被现有单位（编码 D01）使用');
    expect(units).toEqual([]);
  });

  it('reports a name repeated in the file once, against its first row', () => {
    const existing = [centre, { code: 'D01', name: '兴隆台区', parentCode: 'C001' }];
    const { errors } = validateUnitRows(
      rows(['D01', '兴隆台区', 'C001', '县区'], ['D09', '兴隆台区', 'C001', '县区']),
      existing,
    );
    expect(located(errors)).toEqual([{ row: 3, column: '单位名称', code: 'DUPLICATE' }]);
    expect(errors[0]?.message).toContain('第 2 行');
  });

  it('frees an existing name when the same file renames its holder', () => {
    const existing = [centre, { code: 'D01', name: '旧区名', parentCode: 'C001' }];
    const { errors, units } = validateUnitRows(
      rows(['D01', '新区名', 'C001', '县区'], ['D02', '旧区名', 'C001', '县区']),
      existing,
    );
    expect(errors).toEqual([]);
    expect(units.map((u) => [u.code, u.name])).toEqual([
      ['D01', '新区名'],
      ['D02', '旧区名'],
    ]);
  });

  it('resolves a parent named by full name to its code, preferring a code when both match', () => {
    const existing = [centre, { code: 'D01', name: '兴隆台区', parentCode: 'C001' }];
    const { errors, units } = validateUnitRows(
      rows(
        ['G01', '兴隆街道', '兴隆台区', '基层单位'],
        ['S01', '兴隆社区', '兴隆街道', '社区'],
        ['X', 'D01', 'C001', '市直部门'],
        ['Y', '某科室', 'D01', '基层单位'],
      ),
      existing,
    );
    expect(errors).toEqual([]);
    expect(units.map((u) => [u.code, u.parentCode])).toEqual([
      ['G01', 'D01'],
      ['S01', 'G01'],
      ['X', 'C001'],
      ['Y', 'D01'],
    ]);
  });

  it('finds a cycle that runs through existing units the file re-parents', () => {
    const existing = [
      centre,
      { code: 'D01', name: '区一', parentCode: 'C001' },
      { code: 'G01', name: '街道一', parentCode: 'D01' },
    ];
    const { errors, units } = validateUnitRows(
      rows(['D01', '区一', 'G01', '县区'], ['G02', '街道二', 'D01', '基层单位']),
      existing,
    );
    expect(located(errors)).toEqual([{ row: 2, column: '上级单位编码', code: 'CYCLE' }]);
    expect(errors[0]?.message).toContain('D01 → G01 → D01');
    // A row beneath a cycle is not itself in error.
    expect(units.map((u) => u.code)).toEqual(['G02']);
  });

  it('orders a deep chain given children first as parents first', () => {
    const chain = Array.from({ length: 50 }, (_, i): [string, string, string, string] => [
      `U${i}`,
      `单位${i}`,
      i === 0 ? 'C001' : `U${i - 1}`,
      '基层单位',
    ]).reverse();
    const { errors, units } = validateUnitRows(rows(...chain), [centre]);
    expect(errors).toEqual([]);
    expect(units.map((u) => u.code)).toEqual(Array.from({ length: 50 }, (_, i) => `U${i}`));
  });
});
