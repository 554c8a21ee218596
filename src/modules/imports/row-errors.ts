import { AppError } from '../../shared/errors.ts';

/** One problem in an import file, located the way the user sees it in Excel (header = row 1). */
export interface RowError {
  row: number;
  /** the column's header (as written in the file for header problems, the Chinese header otherwise); null for whole-row problems */
  column: string | null;
  /** SCREAMING_SNAKE: REQUIRED, INVALID_VALUE, DUPLICATE, UNKNOWN_PARENT, CYCLE, MISSING_COLUMN, UNKNOWN_COLUMN */
  code: string;
  /** Chinese, names the column */
  message: string;
  /** The cell as written, when one cell is at fault and it was not empty: shown next to the reason */
  value?: string;
}

const SHOWN_VALUE_LENGTH = 200;

export function rowError(
  row: number,
  column: string | null,
  code: string,
  message: string,
  value?: string,
): RowError {
  const cell = value?.trim();
  if (!cell) return { row, column, code, message };
  // A 100 000-character 诉求内容 is not repeated in the answer: its start is enough to find it.
  const shown =
    [...cell].length > SHOWN_VALUE_LENGTH ? `${[...cell].slice(0, SHOWN_VALUE_LENGTH).join('')}…` : cell;
  return { row, column, code, message, value: shown };
}

/** Row order first, then the order the checks found them: the order a user fixes a sheet in. */
export function sortRowErrors(errors: readonly RowError[]): RowError[] {
  return [...errors].sort((a, b) => a.row - b.row);
}

/**
 * A file with any invalid row imports nothing and reports every error (DESIGN §7).
 */
export class ImportValidationError extends AppError {
  override readonly code = 'IMPORT_INVALID';
  readonly errors: RowError[];

  constructor(errors: readonly RowError[]) {
    const sorted = sortRowErrors(errors);
    super('IMPORT_INVALID', `导入文件有 ${sorted.length} 处错误，未导入任何数据`, { errors: sorted });
    this.name = 'ImportValidationError';
    this.errors = sorted;
  }
}

export type ImportFileErrorCode = 'IMPORT_FILE_UNREADABLE' | 'IMPORT_FILE_EMPTY';

/** The file as a whole cannot be read as a table: wrong format, broken, wrong encoding or no data rows. */
export class ImportFileError extends AppError {
  declare readonly code: ImportFileErrorCode;

  constructor(code: ImportFileErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, details);
    this.name = 'ImportFileError';
  }
}
