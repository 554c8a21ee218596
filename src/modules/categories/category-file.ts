import ExcelJS from 'exceljs';
import { quoteFormulaStart } from '../../shared/spreadsheet-formula.ts';
import type { CategoryView } from './categories.service.ts';

// The interchange file of the code list (分类编码, 分类名称, 上级分类编码, 别名, 状态): what the import reads, so
// an exported list can be edited in Excel and imported back.
const HEADERS = ['分类编码', '分类名称', '上级分类编码', '别名', '状态', '分类路径'];
const ALIAS_SEPARATOR = '、';

export interface CategoryFile {
  body: Buffer;
  contentType: string;
  extension: 'csv' | 'xlsx';
}

export async function writeCategoryFile(
  rows: readonly CategoryView[],
  format: 'csv' | 'xlsx',
): Promise<CategoryFile> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('诉求分类');
  sheet.addRow(HEADERS);
  for (const row of rows) {
    sheet.addRow([
      row.code,
      row.name,
      row.parentCode ?? '',
      row.aliases.join(ALIAS_SEPARATOR),
      row.active ? '启用' : '停用',
      row.path,
    ]);
  }
  if (format === 'csv') {
    // A cell that starts like a formula is quoted, as in every CSV the platform writes (spreadsheet-formula.ts).
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') cell.value = quoteFormulaStart(cell.value);
      }),
    );
    // A BOM, so that Excel opens the UTF-8 file with its Chinese intact (DESIGN §7 tolerates it on import).
    const csv = Buffer.from(await workbook.csv.writeBuffer());
    return {
      body: Buffer.concat([Buffer.from('\ufeff'), csv]),
      contentType: 'text/csv; charset=utf-8',
      extension: 'csv',
    };
  }
  // Codes are text: Excel would otherwise read 010000 as the number 10000.
  sheet.getColumn(1).numFmt = '@';
  sheet.getColumn(3).numFmt = '@';
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column, index) => (column.width = [10, 18, 12, 24, 8, 36][index]));
  return {
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
  };
}
