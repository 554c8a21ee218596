import { unquoteFormulaStart } from '../../shared/spreadsheet-formula.ts';
import { columnLookup, normalizeHeader } from './columns.ts';
import type { ColumnSpec } from './columns.ts';
import { rowError } from './row-errors.ts';
import type { RowError } from './row-errors.ts';
import type { Table, TableRow } from './tabular.ts';

export interface MappedRow {
  rowNumber: number;
  /** keyed by ColumnSpec.key; only the columns present in the file (a cell left empty is '') */
  fields: Record<string, string>;
}

const HEADER_ROW = 1;

/**
 * Names a table's columns by the spec's keys. Problems with the header are reported on row 1: a
 * missing required column once, and every header the spec does not know, since a typo in a header
 * must not silently drop a column of data.
 */
export function mapColumns(
  table: Table,
  spec: readonly ColumnSpec[],
): { rows: MappedRow[]; errors: RowError[] } {
  const { errors, mapRow } = mapHeaders(table.headers, spec);
  return { rows: table.rows.map(mapRow), errors };
}

/** The header half of mapColumns, for a table read row by row: its problems, and how to map each row. */
export function mapHeaders(
  headers: readonly string[],
  spec: readonly ColumnSpec[],
): { errors: RowError[]; mapRow: (row: TableRow) => MappedRow } {
  const lookup = columnLookup(spec);
  const errors: RowError[] = [];
  const headerByKey = new Map<string, string>();

  for (const header of headers) {
    if (header === '') continue;
    const column = lookup.get(normalizeHeader(header));
    if (column === undefined) {
      const known = spec.map((c) => c.header).join('、');
      errors.push(
        rowError(HEADER_ROW, header, 'UNKNOWN_COLUMN', `无法识别的列「${header}」，可用的列：${known}`),
      );
      continue;
    }
    const earlier = headerByKey.get(column.key);
    if (earlier !== undefined) {
      errors.push(
        rowError(
          HEADER_ROW,
          header,
          'DUPLICATE',
          `列「${header}」与列「${earlier}」重复，都表示「${column.header}」`,
        ),
      );
      continue;
    }
    headerByKey.set(column.key, header);
  }

  for (const column of spec) {
    if (column.required && !headerByKey.has(column.key)) {
      errors.push(rowError(HEADER_ROW, column.header, 'MISSING_COLUMN', `缺少必需的列「${column.header}」`));
    }
  }

  const mapRow = (row: TableRow): MappedRow => {
    const fields: Record<string, string> = {};
    // A cell an export quoted so that a spreadsheet shows it as text ('=…) reads as it was written.
    for (const [key, header] of headerByKey) fields[key] = unquoteFormulaStart(row.values[header] ?? '');
    return { rowNumber: row.rowNumber, fields };
  };
  return { errors, mapRow };
}
