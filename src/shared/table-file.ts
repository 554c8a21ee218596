import ExcelJS from 'exceljs';
import { quoteFormulaStart } from './spreadsheet-formula.ts';

/**
 * One table as the file an office opens: CSV in UTF-8 with a BOM (without it Excel reads Chinese as GBK), or
 * XLSX with a bold header row. Exports of queues and of the knowledge base share it.
 */
export async function writeTableFile(
  table: {
    sheetName: string;
    headers: readonly string[];
    rows: Iterable<readonly unknown[]>;
    /** Column widths in characters, XLSX only */
    widths?: readonly number[];
    freezeHeader?: boolean;
  },
  format: 'csv' | 'xlsx',
) {
  const workbook = new ExcelJS.Workbook();
  // Characters Excel forbids in a sheet name.
  const sheet = workbook.addWorksheet(table.sheetName.replace(/[\\/?*[\]:]/g, '-'));
  sheet.addRow([...table.headers]);
  // A CSV cell that starts like a formula is quoted (spreadsheet-formula.ts): citizens write much of what is exported.
  for (const row of table.rows)
    sheet.addRow(
      format === 'csv'
        ? row.map((value) => (typeof value === 'string' ? quoteFormulaStart(value) : value))
        : [...row],
    );
  if (format === 'csv') {
    const csv = Buffer.from(await workbook.csv.writeBuffer());
    return {
      body: Buffer.concat([Buffer.from('\ufeff'), csv]),
      contentType: 'text/csv; charset=utf-8',
      extension: 'csv' as const,
    };
  }
  sheet.getRow(1).font = { bold: true };
  if (table.freezeHeader) sheet.views = [{ state: 'frozen', ySplit: 1 }];
  table.widths?.forEach((width, index) => (sheet.getColumn(index + 1).width = width));
  return {
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx' as const,
  };
}
