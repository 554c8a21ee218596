import { formatLocalTime } from '../../domain/time.ts';
import { writeTableFile } from '../../shared/table-file.ts';

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

export function writeKbFile(rows: readonly KbExportRow[], format: 'csv' | 'xlsx') {
  return writeTableFile(
    {
      sheetName: '知识库',
      headers: HEADERS,
      rows: rows.map((row) => [
        row.number,
        row.title,
        row.content,
        row.unitCode,
        formatLocalTime(new Date(row.revisedAt)),
      ]),
      widths: [12, 30, 60, 14, 20],
    },
    format,
  );
}
