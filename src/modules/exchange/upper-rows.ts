import { randomBytes } from 'node:crypto';
import {
  formatOf,
  mapColumns,
  readTable,
  rowError,
  TICKET_COLUMNS,
  validateTicketRows,
  type ColumnSpec,
  type ImportSource,
  type MappedRow,
  type RowError,
  type TicketRowLookups,
} from '../imports/index.ts';
import type { ImportedTicket } from '../tickets/index.ts';

export const UPPER_NUMBER_HEADER = '上级工单编号';
const UPPER_NUMBER_MAX = 64;

/**
 * The tickets file of DESIGN §7 with one more column, 上级工单编号, which names the work on the higher platform.
 * 工单编号, 来源渠道 and 办理方式 may be left out: the hotline numbers the ticket itself, the channel is always
 * 上级交办, and an empty 办理方式 means 转办 (待派单 until a 承办单位 is given).
 */
export const UPPER_COLUMNS: readonly ColumnSpec[] = [
  {
    key: 'upperNumber',
    header: UPPER_NUMBER_HEADER,
    aliases: ['upperNumber', 'upper_number', 'upper ticket number', '上级编号', '交办编号', '省平台工单编号'],
    required: true,
  },
  ...TICKET_COLUMNS.map((column) =>
    ['number', 'channel', 'handling'].includes(column.key) ? { ...column, required: false } : column,
  ),
];

export interface UpperRow {
  upperNumber: string;
  ticket: ImportedTicket;
}

/**
 * Reads and checks an upper platform's file with the ticket import's own row checks. Each row gets a stand-in
 * 工单编号 unique to this reading; the tickets module numbers the tickets once they are written.
 */
export async function readUpperFile(
  source: ImportSource,
  lookups: TicketRowLookups,
  fileName?: string,
): Promise<{
  rows: UpperRow[];
  errors: RowError[];
  invalidNumbers: Set<string>;
  /** 上级工单编号 by row number, as written ('' when empty) */
  upperByRow: Map<number, string>;
}> {
  const table = await readTable(source, await formatOf(source, fileName));
  const mapped = mapColumns(table, UPPER_COLUMNS);
  const errors: RowError[] = [...mapped.errors];
  // A missing column is reported alone: every row would repeat it.
  if (errors.some((error) => error.code === 'MISSING_COLUMN'))
    return { rows: [], errors, invalidNumbers: new Set(), upperByRow: new Map() };

  const reading = randomBytes(6).toString('hex');
  const upperOf = new Map<string, string>();
  const upperByRow = new Map<number, string>();
  const firstRow = new Map<string, number>();
  const rows: MappedRow[] = [];
  for (const row of mapped.rows) {
    const upperNumber = (row.fields.upperNumber ?? '').trim();
    upperByRow.set(row.rowNumber, upperNumber);
    const fail = (code: string, message: string) =>
      errors.push(rowError(row.rowNumber, UPPER_NUMBER_HEADER, code, message, row.fields.upperNumber));
    if (upperNumber === '') fail('REQUIRED', `「${UPPER_NUMBER_HEADER}」不能为空`);
    else if ([...upperNumber].length > UPPER_NUMBER_MAX)
      fail('INVALID_VALUE', `「${UPPER_NUMBER_HEADER}」不能超过 ${UPPER_NUMBER_MAX} 个字符`);
    else if (firstRow.has(upperNumber))
      fail('DUPLICATE', `「${UPPER_NUMBER_HEADER}」“${upperNumber}”与第 ${firstRow.get(upperNumber)} 行重复`);
    else firstRow.set(upperNumber, row.rowNumber);
    const standIn = `~${reading}-${row.rowNumber.toString(36)}`;
    upperOf.set(standIn, upperNumber);
    rows.push({
      rowNumber: row.rowNumber,
      fields: {
        ...row.fields,
        number: standIn,
        channel: row.fields.channel?.trim() || 'upper',
        handling: row.fields.handling?.trim() || '转办',
      },
    });
  }
  const checked = validateTicketRows(rows, lookups);
  const failedRows = new Set(errors.map((error) => error.row));
  return {
    rows: checked.tickets
      .filter((ticket) => !failedRows.has(ticket.rowNumber))
      .map((ticket) => ({
        upperNumber: upperOf.get(ticket.number)!,
        ticket: { ...ticket, intake: { ...ticket.intake, channel: 'upper' } },
      })),
    errors: [...errors, ...checked.errors],
    invalidNumbers: checked.invalidNumbers,
    upperByRow,
  };
}
