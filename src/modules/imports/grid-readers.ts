import type ExcelJS from 'exceljs';
import { parse as csvParser } from 'csv-parse';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { cellText } from './cell-text.ts';
import { decodingStream, detectCsvEncoding, type CsvEncoding } from './csv-encoding.ts';
import { ImportFileError } from './row-errors.ts';

/**
 * An import file: its bytes (tests, small uploads) or a file on disk (the CLI, spooled uploads), whose encoding
 * the user may name; otherwise a CSV's encoding is detected.
 */
export type ImportSource = Uint8Array | { path: string; encoding?: CsvEncoding | undefined };

/** One row of the sheet as the user sees it: rowNumber as Excel numbers it, every cell trimmed. */
export interface GridRow {
  rowNumber: number;
  cells: string[];
}

export const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // Excel 97-2003 .xls

function streamOf(source: ImportSource): Readable {
  // A byte source is read in 64 KB slices, so that both kinds of source take the same streaming path.
  if (source instanceof Uint8Array) return Readable.from(slices(source, 64 * 1024), { objectMode: false });
  return createReadStream(source.path);
}

function* slices(bytes: Uint8Array, size: number): Generator<Buffer> {
  for (let start = 0; start < bytes.length; start += size)
    yield Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.min(size, bytes.length - start));
}

/** The encoding the user named, or else the one the whole file decodes in. */
async function encodingOf(source: ImportSource): Promise<CsvEncoding> {
  if (!(source instanceof Uint8Array) && source.encoding) return source.encoding;
  return detectCsvEncoding(streamOf(source));
}

/** CSV rows one at a time: neither the file nor its rows are ever held whole. */
export async function* csvRows(source: ImportSource): AsyncGenerator<GridRow> {
  // Empty lines are kept as records so that record n is row n, as Excel numbers them.
  const parser = csvParser({
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    trim: true,
    skip_empty_lines: false,
  });
  const input = streamOf(source).pipe(decodingStream(await encodingOf(source)));
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);
  let rowNumber = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      rowNumber += 1;
      // csv-parse trims ASCII spaces only; String.trim also takes the full-width (U+3000) and no-break spaces
      // legacy exports pad cells with, so that a row of them is blank.
      yield { rowNumber, cells: record.map((cell) => cell.trim()) };
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    const line =
      typeof (error as { lines?: unknown }).lines === 'number'
        ? (error as { lines: number }).lines
        : undefined;
    throw new ImportFileError(
      'IMPORT_FILE_UNREADABLE',
      `无法解析 CSV 文件${line === undefined ? '' : `（第 ${line} 行附近）`}：引号不成对或格式不正确`,
      line === undefined ? undefined : { line },
    );
  } finally {
    input.destroy();
  }
}

const DAY_MS = 24 * 3600 * 1000;
const UNIX_EPOCH_SERIAL = 25569; // 1970-01-01 as an Excel (1900 system) serial

/**
 * The streaming reader turns a date-formatted number into a Date but leaves a formula's cached result a serial,
 * where the workbook model converts both; this does the second as the model does (a format with y, m, d, h or s
 * outside quotes and brackets is a date format).
 */
function formulaDate(value: ExcelJS.CellValue, numFmt: string | undefined): ExcelJS.CellValue {
  if (value === null || typeof value !== 'object' || !('formula' in value)) return value;
  const format = (numFmt ?? '').replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  if (typeof value.result !== 'number' || !/[ymdhMsb]/.test(format)) return value;
  return { ...value, result: new Date(Math.round((value.result - UNIX_EPOCH_SERIAL) * DAY_MS)) };
}

interface StreamedWorkbook {
  model?: { sheets?: { name: string }[] };
}

/**
 * The first worksheet in tab order, row by row, read by exceljs's streaming reader: a sheet of 100,000 rows
 * is never a model in memory. Styles are read because they tell a date serial from a number.
 */
export async function* xlsxRows(source: ImportSource): AsyncGenerator<GridRow> {
  // exceljs's streaming reader has a race (exceljs/exceljs#3064, open): a worksheet entry met before
  // workbook.xml is parsed throws inside the library, before any row, on the same bytes that read fine the next
  // time. A read that failed before its first row is tried again on a fresh stream; a real fault fails thrice.
  for (let attempt = 1; ; attempt++) {
    let rows = 0;
    try {
      for await (const row of xlsxRowsOnce(source)) {
        rows++;
        yield row;
      }
      return;
    } catch (error) {
      const racy = error instanceof ImportFileError && error.code === 'IMPORT_FILE_UNREADABLE' && rows === 0;
      if (!racy || attempt === 3) throw error;
    }
  }
}

async function* xlsxRowsOnce(source: ImportSource): AsyncGenerator<GridRow> {
  // Loaded on the first spreadsheet, not at every start: exceljs is the heaviest package the server has.
  const { default: excel } = await import('exceljs');
  const reader = new excel.stream.xlsx.WorkbookReader(streamOf(source), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  let found = false;
  try {
    for await (const sheet of reader) {
      const firstTab = (reader as unknown as StreamedWorkbook).model?.sheets?.[0]?.name;
      if (found || (firstTab !== undefined && (sheet as { name?: string }).name !== firstTab)) continue;
      found = true;
      for await (const row of sheet) {
        const cells: string[] = [];
        row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
          cells[columnNumber - 1] = cellText(formulaDate(cell.value, cell.numFmt));
        });
        yield { rowNumber: row.number, cells: Array.from(cells, (cell) => cell ?? '') };
      }
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError('IMPORT_FILE_UNREADABLE', '无法读取 Excel 文件：文件已损坏或不是 .xlsx 格式');
  }
  if (!found) throw new ImportFileError('IMPORT_FILE_UNREADABLE', 'Excel 文件中没有工作表');
}
