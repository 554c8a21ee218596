import { open } from 'node:fs/promises';
import { csvRows, OLE2_MAGIC, xlsxRows, type GridRow, type ImportSource } from './grid-readers.ts';
import { ImportFileError } from './row-errors.ts';

export type { ImportSource } from './grid-readers.ts';
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

/** A table read row by row: the header first, then the data rows as they stream from the file. */
export interface TableStream {
  headers: string[];
  rows: AsyncIterable<TableRow>;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // 'PK\x03\x04': every .xlsx is a zip package

export function detectTableFormat(bytes: Uint8Array, fileName?: string): TableFormat {
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, OLE2_MAGIC)) return 'xlsx';
  // A file named .xlsx that is no zip is still read as a workbook, so the user hears it is broken.
  if (fileName !== undefined && /\.xlsx?$/i.test(fileName.trim())) return 'xlsx';
  return 'csv';
}

/** The format of a source, from its first bytes (read from disk for a file) and its name. */
export async function formatOf(source: ImportSource, fileName?: string): Promise<TableFormat> {
  return detectTableFormat(await headOf(source), fileName);
}

async function headOf(source: ImportSource): Promise<Uint8Array> {
  if (source instanceof Uint8Array) return source.subarray(0, OLE2_MAGIC.length);
  const file = await open(source.path, 'r');
  try {
    const head = new Uint8Array(OLE2_MAGIC.length);
    const { bytesRead } = await file.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

/**
 * Reads the first worksheet (or the CSV) as a header row and data rows, streaming. The header is the first
 * non-blank row; blank rows are skipped but keep their place in the row numbering.
 */
export async function streamTable(source: ImportSource, format: TableFormat): Promise<TableStream> {
  if (format === 'xlsx' && startsWith(await headOf(source), OLE2_MAGIC)) refuseXls();
  const grid = (format === 'xlsx' ? xlsxRows(source) : csvRows(source))[Symbol.asyncIterator]();
  let headerRow: GridRow | undefined;
  for (let next = await grid.next(); !next.done; next = await grid.next()) {
    if (!isBlank(next.value)) {
      headerRow = next.value;
      break;
    }
  }
  if (headerRow === undefined)
    throw new ImportFileError('IMPORT_FILE_EMPTY', '文件是空的：没有表头，也没有数据');
  const headers = withoutTrailingBlanks(headerRow.cells);
  return { headers, rows: dataRows(grid, headers) };
}

/** The whole table at once, for files whose rows are few (units) or that are checked as a whole. */
export async function readTable(source: ImportSource, format?: TableFormat): Promise<Table> {
  const table = await streamTable(source, format ?? (await formatOf(source)));
  const rows: TableRow[] = [];
  for await (const row of table.rows) rows.push(row);
  return { headers: table.headers, rows };
}

async function* dataRows(grid: AsyncIterator<GridRow>, headers: readonly string[]): AsyncGenerator<TableRow> {
  let count = 0;
  try {
    for (let next = await grid.next(); !next.done; next = await grid.next()) {
      const row = next.value;
      if (isBlank(row)) continue;
      count += 1;
      yield tableRow(row, headers);
    }
  } finally {
    await grid.return?.();
  }
  if (count === 0) throw new ImportFileError('IMPORT_FILE_EMPTY', '文件只有表头，没有数据行');
}

function tableRow(row: GridRow, headers: readonly string[]): TableRow {
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
        {
          row: row.rowNumber,
          column,
        },
      );
    }
    values[header] = cell;
  });
  for (const header of headers) if (header !== '' && !Object.hasOwn(values, header)) values[header] = '';
  return { rowNumber: row.rowNumber, values };
}

/**
 * Legacy sheets end in rows that only look empty: cells of spaces, full-width spaces (U+3000) or no-break spaces
 * left by formatting. The readers trim cells already; this holds even for a cell they did not.
 */
function isBlank(row: GridRow): boolean {
  return row.cells.every((cell) => cell.trim() === '');
}

function refuseXls(): never {
  throw new ImportFileError(
    'IMPORT_FILE_UNREADABLE',
    '不支持 Excel 97-2003（.xls）文件，请在 Excel 中另存为 .xlsx 或“CSV UTF-8（逗号分隔）”后再导入',
  );
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
