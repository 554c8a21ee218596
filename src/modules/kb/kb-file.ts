import ExcelJS from 'exceljs';
import { formatLocalTime } from '../../domain/time.ts';

// DESIGN §7's knowledge-base file, one row per creation or revision: what `hotline import kb` reads, so an
// export imports back as a no-op and carries the history to another system.
const HEADERS = ['知识编号', '标题', '内容', '维护单位', '更新时间'];

export interface KbExportRow {
  number: string;
  title: string;
  content: string;
  unitCode: string;
  revisedAt: string;
}

export async function writeKbFile(rows: readonly KbExportRow[], format: 'csv' | 'xlsx') {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('知识库');
  sheet.addRow(HEADERS);
  for (const row of rows)
    sheet.addRow([
      row.number,
      row.title,
      row.content,
      row.unitCode,
      formatLocalTime(new Date(row.revisedAt)),
    ]);
  if (format === 'csv') {
    const csv = Buffer.from(await workbook.csv.writeBuffer());
    return {
      body: Buffer.concat([Buffer.from('\ufeff'), csv]),
      contentType: 'text/csv; charset=utf-8',
      extension: 'csv' as const,
    };
  }
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column, index) => (column.width = [12, 30, 60, 14, 20][index]));
  return {
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx' as const,
  };
}
