import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import { cellText } from './cell-text.ts';
import { ImportFileError } from './row-errors.ts';

export type TableFormat = 'csv' | 'xlsx';

/** rowNumber is the row as the user sees it in Excel: the header is row 1, the first data row 2. */
export interface TableRow {
  rowNumber: number;
  /** keyed by the header text as written (trimmed); every value trimmed */
  values: Record<string, string>;
}

export interface Table {
  headers: string[];
  rows: TableRow[];
}

interface GridRow {
  rowNumber: number;
  cells: string[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // 'PK\x03\x04': every .xlsx is a zip package
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // Excel 97-2003 .xls

export function detectTableFormat(bytes: Uint8Array, fileName?: string): TableFormat {
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, OLE2_MAGIC)) return 'xlsx';
  // A file named .xlsx that is no zip is still read as a workbook, so the user hears it is broken.
  if (fileName !== undefined && /\.xlsx?$/i.test(fileName.trim())) return 'xlsx';
  return 'csv';
}

/**
 * Reads the first worksheet (or the CSV) as a header row and data rows. The header is the first
 * non-blank row; blank rows are skipped but keep their place in the row numbering.
 */
export async function readTable(
  bytes: Uint8Array,
  format: TableFormat = detectTableFormat(bytes),
): Promise<Table> {
  const grid = format === 'xlsx' ? await readXlsxGrid(bytes) : readCsvGrid(bytes);
  return tableFromGrid(grid);
}

function tableFromGrid(grid: readonly GridRow[]): Table {
  const filled = grid.filter((row) => row.cells.some((cell) => cell !== ''));
  const [headerRow, ...dataRows] = filled;
  if (headerRow === undefined)
    throw new ImportFileError('IMPORT_FILE_EMPTY', '文件是空的：没有表头，也没有数据');
  if (dataRows.length === 0) throw new ImportFileError('IMPORT_FILE_EMPTY', '文件只有表头，没有数据行');

  const headers = withoutTrailingBlanks(headerRow.cells);
  const rows = dataRows.map((row): TableRow => {
    const values: Record<string, string> = {};
    row.cells.forEach((cell, index) => {
      const header = headers[index];
      if (cell === '') return;
      // A value under no header would be dropped without a word: refuse the file instead.
      if (header === undefined || header === '') {
        const column = columnLetter(index + 1);
        throw new ImportFileError(
          'IMPORT_FILE_UNREADABLE',
          `第 ${row.rowNumber} 行 ${column} 列有数据，但该列没有表头`,
          { row: row.rowNumber, column },
        );
      }
      values[header] = cell;
    });
    for (const header of headers) if (header !== '' && !Object.hasOwn(values, header)) values[header] = '';
    return { rowNumber: row.rowNumber, values };
  });
  return { headers, rows };
}

async function readXlsxGrid(bytes: Uint8Array): Promise<GridRow[]> {
  if (startsWith(bytes, OLE2_MAGIC)) {
    throw new ImportFileError(
      'IMPORT_FILE_UNREADABLE',
      '不支持 Excel 97-2003（.xls）文件，请在 Excel 中另存为 .xlsx 或“CSV UTF-8（逗号分隔）”后再导入',
    );
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // A fresh ArrayBuffer: exceljs types its input as one, and the caller's view may share a larger buffer.
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch {
    throw new ImportFileError('IMPORT_FILE_UNREADABLE', '无法读取 Excel 文件：文件已损坏或不是 .xlsx 格式');
  }
  // exceljs lists worksheets in tab order: the first tab is the one the user looked at.
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) throw new ImportFileError('IMPORT_FILE_UNREADABLE', 'Excel 文件中没有工作表');

  const grid: GridRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      cells[columnNumber - 1] = cellText(cell.value);
    });
    grid.push({ rowNumber, cells: Array.from(cells, (cell) => cell ?? '') });
  });
  return grid;
}

function readCsvGrid(bytes: Uint8Array): GridRow[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Legacy systems often export GBK/GB18030 or UTF-16 ("Unicode text"): say how to fix it.
    throw new ImportFileError(
      'IMPORT_FILE_UNREADABLE',
      'CSV 文件不是 UTF-8 编码，请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后再导入',
    );
  }
  let records: string[][];
  try {
    // Empty lines are kept as records so that record n is row n, as Excel numbers them.
    records = parseCsv(text, {
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      trim: true,
      skip_empty_lines: false,
    });
  } catch (error) {
    const line =
      typeof (error as { lines?: unknown }).lines === 'number'
        ? (error as { lines: number }).lines
        : undefined;
    throw new ImportFileError(
      'IMPORT_FILE_UNREADABLE',
      `无法解析 CSV 文件${line === undefined ? '' : `（第 ${line} 行附近）`}：引号不成对或格式不正确`,
      line === undefined ? undefined : { line },
    );
  }
  return records.map((cells, index) => ({ rowNumber: index + 1, cells: cells.map((cell) => cell.trim()) }));
}

function withoutTrailingBlanks(cells: readonly string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end -= 1;
  return cells.slice(0, end);
}

/** 1 → 'A', 27 → 'AA': how Excel names a column. */
export function columnLetter(columnNumber: number): string {
  let letters = '';
  for (let n = columnNumber; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}
