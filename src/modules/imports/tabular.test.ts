import iconv from 'iconv-lite';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempFolder, writeBytesFile, writeTextFile, writeXlsxFile } from './fixtures/fixture-files.ts';
import { ImportFileError } from './row-errors.ts';
import { detectTableFormat, readTable } from './tabular.ts';

let folder: { path: string; remove: () => Promise<void> };
beforeAll(async () => {
  folder = await makeTempFolder();
});
afterAll(async () => {
  await folder.remove();
});

async function fileError(promise: Promise<unknown>): Promise<ImportFileError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ImportFileError);
  return error as ImportFileError;
}

describe('detectTableFormat', () => {
  it('recognises a workbook by its zip magic, whatever the name', async () => {
    const bytes = await writeXlsxFile(folder.path, 'named.csv', (wb) => wb.addWorksheet('s').addRow(['a']));
    expect(detectTableFormat(bytes)).toBe('xlsx');
    expect(detectTableFormat(bytes, 'export.csv')).toBe('xlsx');
  });

  it('takes text as CSV unless the name says .xlsx', () => {
    const text = new TextEncoder().encode('单位编码\nA\n');
    expect(detectTableFormat(text)).toBe('csv');
    expect(detectTableFormat(text, 'units.CSV')).toBe('csv');
    expect(detectTableFormat(text, 'units.xlsx')).toBe('xlsx');
  });
});

describe('readTable on CSV', () => {
  const body = '单位编码,单位名称\r\nD01, 兴隆台区 \r\n\r\n,,\r\n"D02","辽东湾\r\n新区"\r\n';

  it('reads a UTF-8 file with a BOM, trimming values and skipping blank rows without renumbering', async () => {
    const bytes = await writeTextFile(folder.path, 'bom.csv', body, { bom: true });
    const table = await readTable(bytes);
    expect(table.headers).toEqual(['单位编码', '单位名称']);
    expect(table.rows).toEqual([
      { rowNumber: 2, values: { 单位编码: 'D01', 单位名称: '兴隆台区' } },
      { rowNumber: 5, values: { 单位编码: 'D02', 单位名称: '辽东湾\r\n新区' } },
    ]);
  });

  it('reads the same file without a BOM identically', async () => {
    const withBom = await readTable(await writeTextFile(folder.path, 'a.csv', body, { bom: true }));
    const withoutBom = await readTable(await writeTextFile(folder.path, 'b.csv', body, { bom: false }));
    expect(withoutBom).toEqual(withBom);
  });

  it('keeps English headers as written and fills short rows with empty values', async () => {
    const bytes = await writeTextFile(
      folder.path,
      'en.csv',
      ' Unit Code ,unit_name,kind\nD01,Xinglongtai\n',
      { bom: false },
    );
    const table = await readTable(bytes, 'csv');
    expect(table.headers).toEqual(['Unit Code', 'unit_name', 'kind']);
    expect(table.rows).toEqual([
      { rowNumber: 2, values: { 'Unit Code': 'D01', unit_name: 'Xinglongtai', kind: '' } },
    ]);
  });

  it('reads a GBK export as GB18030, and refuses what is neither UTF-8 nor GB18030', async () => {
    // '单位' in GBK, then 'A'
    const gbk = await writeBytesFile(
      folder.path,
      'gbk.csv',
      Uint8Array.from([0xb5, 0xa5, 0xce, 0xbb, 0x0a, 0x41, 0x0a]),
    );
    expect((await readTable(gbk)).headers).toEqual(['单位']);
    // 0xFF alone is no character in either encoding.
    const broken = await writeBytesFile(folder.path, 'broken.csv', Uint8Array.from([0x41, 0x0a, 0xff, 0x0a]));
    const error = await fileError(readTable(broken));
    expect(error.code).toBe('IMPORT_FILE_UNREADABLE');
    expect(error.message).toContain('GB18030');
  });

  it('reads a GB18030 file on disk alike when detected and when its encoding is named', async () => {
    const text = `工单号,办理单位\r\n${'A-1,C\r\n'.repeat(20000)}A-2,东区兴盛街道办事处\r\n`;
    await writeBytesFile(folder.path, 'gb.csv', iconv.encode(text, 'gb18030'));
    const path = join(folder.path, 'gb.csv');
    const detected = await readTable({ path });
    expect(detected.headers).toEqual(['工单号', '办理单位']);
    expect(detected.rows.at(-1)).toEqual({
      rowNumber: 20002,
      values: { 工单号: 'A-2', 办理单位: '东区兴盛街道办事处' },
    });
    expect(await readTable({ path, encoding: 'gb18030' })).toEqual(detected);
    const named = await fileError(readTable({ path, encoding: 'utf-8' }));
    expect(named.message).toContain('不是 UTF-8');
  });

  it('skips rows of spaces, full-width and no-break spaces, and ignores empty header cells at the end', async () => {
    const text =
      '单位编码,单位名称,,\u3000\r\nD01,兴隆台区,,\r\n\u3000, \u00a0 ,\t,\r\n" ","\u3000\u3000"\r\nD02,\u3000西区\u3000\r\n , ,\r\n';
    const table = await readTable(await writeTextFile(folder.path, 'blank.csv', text, { bom: false }));
    expect(table.headers).toEqual(['单位编码', '单位名称']);
    expect(table.rows).toEqual([
      { rowNumber: 2, values: { 单位编码: 'D01', 单位名称: '兴隆台区' } },
      { rowNumber: 5, values: { 单位编码: 'D02', 单位名称: '西区' } },
    ]);
  });

  it('refuses a file with an unclosed quote', async () => {
    const bytes = await writeTextFile(folder.path, 'quote.csv', '编码,名称\nA,"未闭合\nB,乙\n', {
      bom: false,
    });
    expect((await fileError(readTable(bytes))).code).toBe('IMPORT_FILE_UNREADABLE');
  });

  it('refuses a value that has no header, naming its row and column', async () => {
    const bytes = await writeTextFile(folder.path, 'extra.csv', '编码,名称\nA,甲\nB,乙,多余\n', {
      bom: false,
    });
    const error = await fileError(readTable(bytes));
    expect(error.code).toBe('IMPORT_FILE_UNREADABLE');
    expect(error.details).toEqual({ row: 3, column: 'C' });
  });

  it('calls an empty file and a header-only file empty', async () => {
    const empty = await writeTextFile(folder.path, 'empty.csv', '\r\n,,\r\n', { bom: true });
    expect((await fileError(readTable(empty))).code).toBe('IMPORT_FILE_EMPTY');
    const headerOnly = await writeTextFile(folder.path, 'header.csv', '单位编码,单位名称\r\n\r\n', {
      bom: true,
    });
    const error = await fileError(readTable(headerOnly));
    expect(error.code).toBe('IMPORT_FILE_EMPTY');
    expect(error.message).toContain('只有表头');
  });
});

describe('readTable on XLSX', () => {
  it('turns dates, numbers, rich text, hyperlinks and formulas into the text a user sees', async () => {
    const bytes = await writeXlsxFile(folder.path, 'cells.xlsx', (wb) => {
      const sheet = wb.addWorksheet('工单');
      sheet.addRow(['受理时间', '联系电话', '诉求内容', '链接', '公式', '小数', '日期公式', '布尔']);
      // exceljs writes a Date's UTC fields as the sheet's wall clock.
      sheet.addRow([
        new Date(Date.UTC(2023, 0, 4, 9, 30, 5)),
        13812345678,
        { richText: [{ text: '小区' }, { text: '停水', font: { bold: true } }, { text: '三天 ' }] },
        { text: '详情', hyperlink: 'https://example.org/12345' },
        { formula: 'B2*1', result: 13812345678 },
        0.1 + 0.2,
        { formula: 'A2', result: new Date(Date.UTC(2023, 1, 28, 23, 59, 59)) },
        true,
      ]);
      sheet.getCell('G2').numFmt = 'yyyy-mm-dd hh:mm:ss';
    });
    const table = await readTable(bytes);
    expect(table.rows).toEqual([
      {
        rowNumber: 2,
        values: {
          受理时间: '2023-01-04 09:30:05',
          联系电话: '13812345678',
          诉求内容: '小区停水三天',
          链接: '详情',
          公式: '13812345678',
          小数: '0.3',
          日期公式: '2023-02-28 23:59:59',
          布尔: 'TRUE',
        },
      },
    ]);
  });

  it('reads a date serial as its Shanghai wall clock, rounding float noise to the second', async () => {
    // 44930.395833 is 2023-01-04 09:29:59.97 as stored by a legacy export; Excel shows 09:30:00.
    const bytes = await writeXlsxFile(folder.path, 'serial.xlsx', (wb) => {
      const sheet = wb.addWorksheet('s');
      sheet.addRow(['受理时间', '回访时间', '通话时刻']);
      sheet.addRow([44930.395833, 45292, 0.75]);
      sheet.getCell('A2').numFmt = 'yyyy/m/d h:mm';
      sheet.getCell('B2').numFmt = 'yyyy-mm-dd';
      sheet.getCell('C2').numFmt = 'hh:mm:ss';
    });
    const table = await readTable(bytes, 'xlsx');
    expect(table.rows[0]?.values).toEqual({
      受理时间: '2023-01-04 09:30:00',
      回访时间: '2024-01-01 00:00:00',
      通话时刻: '18:00:00',
    });
  });

  it('reads the first worksheet in tab order, from the first non-blank row, keeping Excel row numbers', async () => {
    const bytes = await writeXlsxFile(folder.path, 'sheets.xlsx', (wb) => {
      const first = wb.addWorksheet('单位');
      first.getCell('A3').value = '单位编码';
      first.getCell('B3').value = '单位名称';
      first.getCell('A4').value = 110101;
      first.getCell('B4').value = '东城区';
      first.getCell('A6').value = 'D02';
      first.getCell('B6').value = '西城区';
      wb.addWorksheet('说明').addRow(['这一页不是数据']);
    });
    const table = await readTable(bytes);
    expect(table.headers).toEqual(['单位编码', '单位名称']);
    expect(table.rows.map((row) => [row.rowNumber, row.values['单位编码']])).toEqual([
      [4, '110101'],
      [6, 'D02'],
    ]);
  });

  it('skips rows whose cells hold only spaces, and keeps a serial in a General cell as its number', async () => {
    const bytes = await writeXlsxFile(folder.path, 'blank.xlsx', (wb) => {
      const sheet = wb.addWorksheet('工单');
      sheet.addRow(['工单编号', '受理时间']);
      sheet.addRow(['A-1', 44931.37708]);
      sheet.addRow(['\u3000', '\u00a0 ']);
      sheet.addRow([{ richText: [{ text: ' ' }, { text: '\u3000' }] }]);
    });
    const table = await readTable(bytes);
    expect(table.rows).toEqual([{ rowNumber: 2, values: { 工单编号: 'A-1', 受理时间: '44931.37708' } }]);
  });

  it('calls a header-only workbook empty', async () => {
    const bytes = await writeXlsxFile(folder.path, 'header.xlsx', (wb) =>
      wb.addWorksheet('s').addRow(['单位编码', '单位名称']),
    );
    expect((await fileError(readTable(bytes))).code).toBe('IMPORT_FILE_EMPTY');
  });

  it('refuses a broken workbook and an Excel 97-2003 file', async () => {
    const broken = await writeBytesFile(
      folder.path,
      'broken.xlsx',
      Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]),
    );
    expect((await fileError(readTable(broken))).code).toBe('IMPORT_FILE_UNREADABLE');

    const ole2 = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const xls = await writeBytesFile(folder.path, 'legacy.xls', ole2);
    expect(detectTableFormat(xls, 'legacy.xls')).toBe('xlsx');
    const error = await fileError(readTable(xls));
    expect(error.code).toBe('IMPORT_FILE_UNREADABLE');
    expect(error.message).toContain('.xls');
  });
});
