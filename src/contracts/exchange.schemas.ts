import { z } from 'zod';
import { ImportQuery, ImportResultView } from './imports.schemas.ts';

// 上级交办: work a higher (provincial or national) platform hands down as a DESIGN §7 tickets file with a column
// 上级工单编号, and the file of 办理结果 that goes back up. docs/lines.md.

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

/** The file's name (CSV or XLSX when the bytes alone do not tell) and a CSV's encoding, as for other imports. */
export const UpperImportQuery = ImportQuery;

export const UpperImportResult = ImportResultView.extend({
  /** The tickets registered, by 上级工单编号 (none on a re-import) */
  tickets: z.array(z.object({ upperNumber: z.string(), ticketId: z.number(), ticketNumber: z.string() })),
});
export type UpperImportResult = z.output<typeof UpperImportResult>;

export const UpperExportQuery = z.object({
  /** First day on which the orders were received, YYYY-MM-DD */
  from: Day,
  /** Last day, YYYY-MM-DD (inclusive) */
  to: Day,
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
});
export type UpperExportQuery = z.output<typeof UpperExportQuery>;
