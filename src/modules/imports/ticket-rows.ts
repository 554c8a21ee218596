import type { TransferTarget } from '../../domain/lifecycle/index.ts';
import type { ImportedDispatch, ImportedTicket } from '../tickets/index.ts';
import type { UnitDirectory, UnitRecord } from '../units/index.ts';
import { TICKET_COLUMNS } from './columns.ts';
import { mapHeaders } from './map-columns.ts';
import type { MappedRow } from './map-columns.ts';
import { ImportValidationError, rowError } from './row-errors.ts';
import type { RowError } from './row-errors.ts';
import { formatOf, streamTable, type ImportSource } from './tabular.ts';
import { categoryOf, type TicketRowCategories } from './ticket-row-category.ts';
import {
  dictionaryTable,
  header,
  MODE_LABELS,
  MODES,
  revisitTable,
  rowCells,
  SOLVED,
  YES_NO,
  type Cells,
  type Mode,
  type TicketRowDictionaries,
} from './ticket-row-cells.ts';

export type TicketRowUnits = Pick<UnitDirectory, 'resolve' | 'isStrictlyBelow'>;

/** What a row's names are looked up in: the unit tree and the code lists as they stand when the file is read. */
export interface TicketRowLookups {
  units: TicketRowUnits;
  categories: TicketRowCategories;
  /** 来源渠道, 诉求类型, 紧急程度 and the 满意度 of 回访结果: codes, labels and the city's aliases */
  dictionaries: TicketRowDictionaries;
}

const FEEDBACK_UNRECORDED = '（原系统未记录反馈内容）';
const TITLE_FROM_CONTENT = 30;
const EMERGENCY_LINE = /(?<!\d)(110|119|120|122)(?!\d)/;
const TICKET_NUMBER = /[0-9A-Za-z][0-9A-Za-z_-]*/g;
const PHONE = /^[0-9+\-() ]{3,32}$/;
/** Columns that only a 转办 ticket can fill. */
const DISPATCH_ONLY = [
  'unit',
  'subUnit',
  'dispatchedAt',
  'acknowledgedAt',
  'feedbackDeadline',
  'feedbackAt',
  'completionDeadline',
  'revisitedAt',
  'revisitResult',
  'solved',
];

function unitOf(cells: Cells, key: string, units: TicketRowUnits): UnitRecord | undefined {
  const ref = cells.text(key);
  if (ref === '') return undefined;
  const unit = units.resolve(ref);
  if (!unit) cells.fail(key, 'UNKNOWN_UNIT', `「${header(key)}」“${ref}”既不是单位编码，也不是单位全称`);
  else if (!unit.active || unit.parentCode === null)
    cells.fail(key, 'INVALID_VALUE', `「${header(key)}」“${ref}”不能是中心或已停用的单位`);
  else return unit;
  return undefined;
}

function intakeOf(
  cells: Cells,
  receivedAt: Date | null,
  { units, categories, dictionaries }: TicketRowLookups,
): ImportedTicket['intake'] | undefined {
  if (!receivedAt) cells.required('receivedAt');
  const content = cells.limited('content', cells.required('content'), 8000);
  const phone = cells.optional('callerPhone', 32);
  if (phone !== null && !PHONE.test(phone))
    cells.fail('callerPhone', 'INVALID_VALUE', `「${header('callerPhone')}」只能包含数字和 + - ( )`);
  const confidential = YES_NO.find(cells.text('confidential'));
  if (confidential === undefined)
    cells.fail('confidential', 'INVALID_VALUE', `「${header('confidential')}」应为：是、否（或 1、0）`);
  const district = cells.text('district');
  const districtUnit = district === '' ? undefined : units.resolve(district);
  if (district !== '' && districtUnit?.kind !== 'district' && districtUnit?.kind !== 'zone')
    cells.fail('district', 'UNKNOWN_UNIT', `「${header('district')}」“${district}”不是已有的县区或经济区`);
  const intake = {
    channel: cells.label('channel', dictionaryTable(dictionaries, 'channel')),
    appealType: cells.label('appealType', dictionaryTable(dictionaries, 'appealType')),
    category: categoryOf(cells, categories),
    urgency: cells.label('urgency', dictionaryTable(dictionaries, 'urgency'), 'normal' as const),
    confidential: confidential ?? false,
    // No column says otherwise: the caller is taken to accept a return visit, as at live intake.
    revisitConsent: true,
    title:
      cells.optional('title', 200) ?? [...content.replace(/\s+/g, ' ')].slice(0, TITLE_FROM_CONTENT).join(''),
    content,
    callerName: cells.optional('callerName', 100),
    callerPhone: phone,
    address: cells.optional('address', 300),
    districtCode: districtUnit?.code ?? null,
  };
  const { channel, appealType, urgency, category } = intake;
  if (!receivedAt || !channel || !appealType || !urgency || !category) return undefined;
  return {
    ...intake,
    channel,
    appealType,
    urgency,
    category: category.path,
    categoryCode: category.code,
    receivedAt,
  };
}

function handlingOf(cells: Cells, mode: Mode, receivedAt: Date | null, lookups: TicketRowLookups) {
  const closedAt = cells.time('completedAt');
  const answer = cells.text('answer');
  if (mode !== 'dispatch') {
    for (const key of DISPATCH_ONLY) {
      if (cells.text(key) !== '')
        cells.fail(key, 'INVALID_VALUE', `办理方式为“${MODE_LABELS[mode]}”的工单不应填写「${header(key)}」`);
    }
    cells.notBefore('completedAt', closedAt, 'receivedAt', receivedAt);
  }
  switch (mode) {
    case 'directAnswer':
      return { mode, answer: cells.limited('answer', cells.required('answer'), 4000), closedAt };
    case 'reject':
      return { mode, reason: cells.limited('answer', cells.required('answer'), 1000), closedAt };
    case 'transfer': {
      const target = (EMERGENCY_LINE.exec(answer)?.[1] ?? 'other') as TransferTarget;
      return { mode, target, note: cells.limited('answer', answer, 2000) || null, closedAt };
    }
    case 'merge': {
      const named = cells.required('answer');
      const tokens = named.match(TICKET_NUMBER) ?? [];
      return { mode, targetNumbers: [...new Set([named, ...tokens])], closedAt };
    }
    case 'dispatch':
      return { mode, dispatch: dispatchOf(cells, receivedAt, closedAt, lookups) };
  }
}

/** 转办: the data stops where the history stops, and each step needs the ones before it (DESIGN §5). */
function dispatchOf(
  cells: Cells,
  receivedAt: Date | null,
  completedAt: Date | null,
  { units, dictionaries }: TicketRowLookups,
): ImportedDispatch | null {
  const { needs, notBefore, time } = cells;
  needs('unit', 'dispatchedAt');
  needs('dispatchedAt', 'unit');
  for (const key of ['acknowledgedAt', 'feedbackDeadline', 'completionDeadline']) needs(key, 'dispatchedAt');
  needs('subUnit', 'acknowledgedAt');
  needs('feedbackAt', 'acknowledgedAt');
  needs('revisitResult', 'feedbackAt');
  needs('completedAt', 'feedbackAt');
  needs('revisitedAt', 'revisitResult');
  needs('solved', 'revisitResult');
  const unit = unitOf(cells, 'unit', units);
  const sub = unitOf(cells, 'subUnit', units);
  if (unit && sub && !units.isStrictlyBelow(sub.code, unit.code))
    cells.fail(
      'subUnit',
      'INVALID_VALUE',
      `「${header('subUnit')}」“${cells.text('subUnit')}”不是「${header('unit')}」的下级单位`,
    );
  const dispatchedAt = time('dispatchedAt');
  const acknowledgedAt = time('acknowledgedAt');
  const feedbackAt = time('feedbackAt');
  const feedbackDue = time('feedbackDeadline');
  const completionDue = time('completionDeadline');
  const outcome = cells.label('revisitResult', revisitTable(dictionaries), null);
  const solved = cells.label('solved', SOLVED, null);
  if (outcome === 'unreached' && solved)
    cells.fail('solved', 'INVALID_VALUE', `回访结果为“未联系上”时不应填写「${header('solved')}」`);
  const revisitedAt = time('revisitedAt') ?? (outcome ? completedAt : null);
  if (outcome && !revisitedAt && cells.text('revisitedAt') === '')
    cells.fail(
      'revisitedAt',
      'REQUIRED',
      `填写了「${header('revisitResult')}」时「${header('revisitedAt')}」不能为空`,
    );
  notBefore('dispatchedAt', dispatchedAt, 'receivedAt', receivedAt);
  notBefore('acknowledgedAt', acknowledgedAt, 'dispatchedAt', dispatchedAt);
  notBefore('feedbackAt', feedbackAt, 'acknowledgedAt', acknowledgedAt);
  notBefore('revisitedAt', revisitedAt, 'feedbackAt', feedbackAt);
  // 办结 may come before or after the 回访: centres differ, and the completed event keeps the file's time.
  notBefore('completedAt', completedAt, 'feedbackAt', feedbackAt);
  notBefore('feedbackDeadline', feedbackDue, 'dispatchedAt', dispatchedAt);
  notBefore('completionDeadline', completionDue, 'feedbackDeadline', feedbackDue ?? dispatchedAt);
  const feedbackText = cells.limited('answer', cells.text('answer'), 8000) || FEEDBACK_UNRECORDED;
  if (!unit || !dispatchedAt) return null;
  return {
    unitCode: unit.code,
    subUnitCode: sub?.code ?? null,
    dispatchedAt,
    feedbackDue,
    completionDue,
    acknowledgedAt,
    feedbackAt,
    feedbackText,
    revisit:
      outcome && revisitedAt
        ? {
            at: revisitedAt,
            reached: outcome !== 'unreached',
            satisfaction: outcome === 'reached' || outcome === 'unreached' ? null : outcome,
            solved: solved ?? null,
          }
        : null,
    completedAt,
  };
}

function checkRow(
  row: MappedRow,
  lookups: TicketRowLookups,
): { ticket?: ImportedTicket; errors: RowError[] } {
  const cells = rowCells(row);
  const number = cells.limited('number', cells.required('number'), 32);
  if (/\s/.test(number)) cells.fail('number', 'INVALID_VALUE', `「${header('number')}」不能包含空格`);
  const receivedAt = cells.time('receivedAt');
  const intake = intakeOf(cells, receivedAt, lookups);
  const mode = cells.label('handling', MODES);
  const handling = mode && handlingOf(cells, mode, receivedAt, lookups);
  if (cells.errors.length > 0 || !intake || !handling) return { errors: cells.errors };
  return { ticket: { rowNumber: row.rowNumber, number, intake, handling }, errors: [] };
}

/**
 * Checks the rows of a tickets file one at a time and reports every error (DESIGN §7). What needs the database
 * (numbers already stored, 并单 targets, the lifecycle's own refusals) is checked by the tickets module's importer.
 */
function createTicketRowChecker(lookups: TicketRowLookups) {
  const tickets: ImportedTicket[] = [];
  const errors: RowError[] = [];
  const invalidNumbers = new Set<string>();
  const firstRow = new Map<string, number>();
  return {
    check(row: MappedRow): void {
      const checked = checkRow(row, lookups);
      const number = (row.fields.number ?? '').trim();
      const first = firstRow.get(number);
      if (number !== '' && first !== undefined)
        checked.errors.push(
          rowError(
            row.rowNumber,
            header('number'),
            'DUPLICATE',
            `「${header('number')}」“${number}”与第 ${first} 行重复`,
          ),
        );
      else if (number !== '') firstRow.set(number, row.rowNumber);
      if (checked.ticket && checked.errors.length === 0) tickets.push(checked.ticket);
      else {
        errors.push(...checked.errors);
        if (number !== '') invalidNumbers.add(number);
      }
    },
    result: () => ({ tickets, errors, invalidNumbers }),
  };
}

export function validateTicketRows(
  rows: readonly MappedRow[],
  lookups: TicketRowLookups,
): { tickets: ImportedTicket[]; errors: RowError[]; invalidNumbers: Set<string> } {
  const checker = createTicketRowChecker(lookups);
  for (const row of rows) checker.check(row);
  return checker.result();
}

/**
 * Reads and checks a tickets file row by row: only the checked tickets are kept, never the file or its raw rows.
 * A missing column is reported alone, since every row would repeat it.
 */
export async function readTicketFile(source: ImportSource, lookups: TicketRowLookups, fileName?: string) {
  const table = await streamTable(source, await formatOf(source, fileName));
  const mapped = mapHeaders(table.headers, TICKET_COLUMNS);
  if (mapped.errors.some((error) => error.code === 'MISSING_COLUMN'))
    throw new ImportValidationError(mapped.errors);
  const checker = createTicketRowChecker(lookups);
  for await (const row of table.rows) checker.check(mapped.mapRow(row));
  const checked = checker.result();
  return { ...checked, errors: [...mapped.errors, ...checked.errors] };
}
