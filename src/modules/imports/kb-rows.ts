import { parseTimeCell } from './time-cell.ts';
import type { KbRevisionInput } from '../kb/index.ts';
import type { UnitDirectory } from '../units/index.ts';
import { KB_COLUMNS } from './columns.ts';
import { mapColumns } from './map-columns.ts';
import type { MappedRow } from './map-columns.ts';
import { ImportValidationError, rowError } from './row-errors.ts';
import type { RowError } from './row-errors.ts';
import { formatOf, readTable, type ImportSource } from './tabular.ts';

export interface KbRow extends KbRevisionInput {
  rowNumber: number;
}

const COLUMN: Record<string, string> = Object.fromEntries(KB_COLUMNS.map((c) => [c.key, c.header]));
const header = (key: string) => COLUMN[key] ?? key;
// kb_articles: article_number varchar(64), title varchar(300).
const MAX_LENGTH: Record<string, number> = { articleNumber: 64, title: 300, content: 100_000 };

function checkRow(
  row: MappedRow,
  units: Pick<UnitDirectory, 'resolve'>,
): { revision?: KbRow; errors: RowError[] } {
  const errors: RowError[] = [];
  const fail = (key: string, code: string, message: string) =>
    errors.push(rowError(row.rowNumber, header(key), code, message, row.fields[key]));
  const required = (key: string) => {
    const value = (row.fields[key] ?? '').trim();
    const max = MAX_LENGTH[key] ?? Infinity;
    if (value === '') fail(key, 'REQUIRED', `「${header(key)}」不能为空`);
    else if ([...value].length > max) fail(key, 'INVALID_VALUE', `「${header(key)}」不能超过 ${max} 个字符`);
    return value;
  };
  const articleNumber = required('articleNumber');
  const title = required('title');
  const content = required('content');
  const unitRef = required('unit');
  const unit = unitRef === '' ? undefined : units.resolve(unitRef);
  if (unitRef !== '' && !unit)
    fail('unit', 'UNKNOWN_UNIT', `「${header('unit')}」“${unitRef}”既不是单位编码，也不是单位全称`);
  const updatedText = required('updatedAt');
  const revisedAt = updatedText === '' ? null : parseTimeCell(updatedText);
  if (updatedText !== '' && !revisedAt) {
    fail(
      'updatedAt',
      'INVALID_VALUE',
      `「${header('updatedAt')}」“${updatedText}”不是有效的时间，应为 YYYY-MM-DD HH:mm:ss 或 ISO 8601`,
    );
  }
  if (errors.length > 0 || !unit || !revisedAt) return { errors };
  return {
    revision: { rowNumber: row.rowNumber, articleNumber, title, content, unitCode: unit.code, revisedAt },
    errors,
  };
}

/** Checks every row of a KB file (one row per creation or revision) and reports every error. */
export function validateKbRows(
  rows: readonly MappedRow[],
  units: Pick<UnitDirectory, 'resolve'>,
): { revisions: KbRow[]; errors: RowError[] } {
  const revisions: KbRow[] = [];
  const errors: RowError[] = [];
  const firstRow = new Map<string, number>();
  for (const row of rows) {
    const checked = checkRow(row, units);
    // A revision is one article at one time: a second row for both would be the same revision twice.
    const key =
      checked.revision && `${checked.revision.articleNumber}|${checked.revision.revisedAt.getTime()}`;
    const first = key === undefined ? undefined : firstRow.get(key);
    if (key !== undefined && first !== undefined) {
      checked.errors.push(
        rowError(
          row.rowNumber,
          header('updatedAt'),
          'DUPLICATE',
          `同一「${header('articleNumber')}」在同一「${header('updatedAt')}」已有第 ${first} 行`,
        ),
      );
    } else if (key !== undefined) firstRow.set(key, row.rowNumber);
    if (checked.revision && checked.errors.length === 0) revisions.push(checked.revision);
    errors.push(...checked.errors);
  }
  return { revisions, errors };
}

/** Reads and checks a KB file; throws ImportValidationError listing every error. */
export async function parseKbFile(
  source: ImportSource,
  units: Pick<UnitDirectory, 'resolve'>,
  fileName?: string,
): Promise<KbRow[]> {
  const table = await readTable(source, await formatOf(source, fileName));
  const mapped = mapColumns(table, KB_COLUMNS);
  if (mapped.errors.some((error) => error.code === 'MISSING_COLUMN'))
    throw new ImportValidationError(mapped.errors);
  const { revisions, errors } = validateKbRows(mapped.rows, units);
  const all = [...mapped.errors, ...errors];
  if (all.length > 0) throw new ImportValidationError(all);
  return revisions;
}
