import { z } from 'zod';

export const ImportKind = z.enum(['tickets', 'calls', 'kb']);
export type ImportKind = z.infer<typeof ImportKind>;

export const ImportParams = z.object({
  /** tickets 工单, calls 话务, kb 知识库更新 (DESIGN §7) */
  kind: ImportKind,
});

/**
 * A CSV's encoding as a user names it (`?encoding=`, `--encoding`). Chinese Excel saves "CSV" in GBK unless told
 * otherwise; GBK and GB2312 are read as their superset GB18030.
 */
export const CsvEncoding = z
  .enum(['utf-8', 'utf8', 'gb18030', 'gbk', 'gb2312'])
  .transform((name) => (name.startsWith('utf') ? ('utf-8' as const) : ('gb18030' as const)));
export type CsvEncoding = z.output<typeof CsvEncoding>;

export const ImportQuery = z.object({
  /** The file's name, when the body alone does not tell CSV from XLSX. */
  fileName: z.string().max(200).optional(),
  /** A CSV's encoding (utf-8, gb18030; gbk and gb2312 read as gb18030); detected when left out, ignored for XLSX */
  encoding: CsvEncoding.optional(),
});

export const ImportResultView = z.object({
  /** Rows written. */
  imported: z.number().int(),
  /** Rows already stored before (by 工单编号, 呼叫编号, or 知识编号 + 更新时间): a re-import skips every row. */
  skipped: z.number().int(),
});

/**
 * One problem of a refused file, as listed in an IMPORT_INVALID answer (`error.details.errors[]`), located the way
 * the user sees it in Excel (header = row 1).
 */
export const ImportRowErrorView = z.object({
  row: z.number().int(),
  /** The column's header; null for a problem of the whole row */
  column: z.string().nullable(),
  /** REQUIRED, INVALID_VALUE, DUPLICATE, UNKNOWN_PARENT, CYCLE, MISSING_COLUMN, UNKNOWN_COLUMN … */
  code: z.string(),
  /** Chinese, names the column */
  message: z.string(),
  /** The cell as written (cut at 200 characters), when one cell is at fault */
  value: z.string().optional(),
});
export type ImportRowErrorView = z.infer<typeof ImportRowErrorView>;
