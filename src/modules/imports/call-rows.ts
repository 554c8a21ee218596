import type { NewCall } from '../calls/index.ts';
import { readTimeCell } from './time-cell.ts';
import { CALL_COLUMNS } from './columns.ts';
import { mapColumns } from './map-columns.ts';
import type { MappedRow } from './map-columns.ts';
import { ImportValidationError, rowError } from './row-errors.ts';
import type { RowError } from './row-errors.ts';
import { formatOf, readTable, type ImportSource } from './tabular.ts';

export interface CallRow extends NewCall {
  rowNumber: number;
}

const COLUMN: Record<string, string> = Object.fromEntries(CALL_COLUMNS.map((c) => [c.key, c.header]));
const header = (key: string) => COLUMN[key] ?? key;
// The columns of `calls` are varchar(64) for the call id and varchar(32) for the numbers.
const MAX_LENGTH: Record<string, number> = { callId: 64, agentNumber: 32, callerNumber: 32 };

function checkRow(row: MappedRow): { call?: CallRow; errors: RowError[] } {
  const errors: RowError[] = [];
  const text = (key: string) => (row.fields[key] ?? '').trim();
  const fail = (key: string, code: string, message: string) =>
    errors.push(rowError(row.rowNumber, header(key), code, message, row.fields[key]));
  const limited = (key: string) => {
    const value = text(key);
    const max = MAX_LENGTH[key] ?? Infinity;
    if ([...value].length > max) fail(key, 'INVALID_VALUE', `「${header(key)}」不能超过 ${max} 个字符`);
    return value || null;
  };
  const time = (key: string): Date | null =>
    readTimeCell(text(key), header(key), (message) => fail(key, 'INVALID_VALUE', message));
  const notBefore = (laterKey: string, later: Date | null, earlierKey: string, earlier: Date | null) => {
    if (later && earlier && later < earlier)
      fail(laterKey, 'TIME_ORDER', `「${header(laterKey)}」不能早于「${header(earlierKey)}」`);
  };

  const callNumber = limited('callId');
  if (callNumber === null) fail('callId', 'REQUIRED', `「${header('callId')}」不能为空`);
  const offeredAt = time('offeredAt');
  if (text('offeredAt') === '') fail('offeredAt', 'REQUIRED', `「${header('offeredAt')}」不能为空`);
  const answeredAt = time('answeredAt');
  const endedAt = time('endedAt');
  notBefore('answeredAt', answeredAt, 'offeredAt', offeredAt);
  notBefore('endedAt', endedAt, answeredAt ? 'answeredAt' : 'offeredAt', answeredAt ?? offeredAt);
  const agentNumber = limited('agentNumber');
  const callerNumber = limited('callerNumber');
  if (errors.length > 0 || callNumber === null || offeredAt === null) return { errors };
  return {
    call: { rowNumber: row.rowNumber, callNumber, offeredAt, answeredAt, endedAt, agentNumber, callerNumber },
    errors,
  };
}

/** Checks every row of a calls file (DESIGN §7: 应答时间 empty = abandoned) and reports every error. */
export function validateCallRows(rows: readonly MappedRow[]): { calls: CallRow[]; errors: RowError[] } {
  const calls: CallRow[] = [];
  const errors: RowError[] = [];
  const firstRow = new Map<string, number>();
  for (const row of rows) {
    const checked = checkRow(row);
    const number = (row.fields.callId ?? '').trim();
    const first = firstRow.get(number);
    if (number !== '' && first !== undefined) {
      checked.errors.push(
        rowError(
          row.rowNumber,
          header('callId'),
          'DUPLICATE',
          `「${header('callId')}」“${number}”与第 ${first} 行重复`,
        ),
      );
    } else if (number !== '') firstRow.set(number, row.rowNumber);
    if (checked.call && checked.errors.length === 0) calls.push(checked.call);
    errors.push(...checked.errors);
  }
  return { calls, errors };
}

/** Reads and checks a calls file; throws ImportValidationError listing every error. */
export async function parseCallFile(source: ImportSource, fileName?: string): Promise<CallRow[]> {
  const table = await readTable(source, await formatOf(source, fileName));
  const mapped = mapColumns(table, CALL_COLUMNS);
  if (mapped.errors.some((error) => error.code === 'MISSING_COLUMN'))
    throw new ImportValidationError(mapped.errors);
  const { calls, errors } = validateCallRows(mapped.rows);
  const all = [...mapped.errors, ...errors];
  if (all.length > 0) throw new ImportValidationError(all);
  return calls;
}
