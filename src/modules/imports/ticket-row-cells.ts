import { normalizeTerm, type DictionaryKey } from '../../domain/dictionaries/dictionaries.ts';
import type { DictionaryResolver } from '../../domain/dictionaries/resolver.ts';
import { SOLVED_LABELS, type SatisfactionLevel } from '../../domain/lifecycle/index.ts';
import { readTimeCell } from './time-cell.ts';
import type { ImportedHandling } from '../tickets/index.ts';
import { TICKET_COLUMNS } from './columns.ts';
import type { MappedRow } from './map-columns.ts';
import { rowError } from './row-errors.ts';
import type { RowError } from './row-errors.ts';

export type Mode = ImportedHandling['mode'];
type RevisitOutcome = SatisfactionLevel | 'reached' | 'unreached';

/**
 * 来源渠道, 诉求类型, 紧急程度 and 满意度 as the city's dictionaries stand (codes, labels and aliases are data of the
 * dictionaries module, handed in by the imports service).
 */
export type TicketRowDictionaries = Pick<DictionaryResolver, 'find' | 'accepted'>;

/** What a cell is looked up in: a code for the text, or undefined; `shown` lists what is accepted. */
export interface CellTable<T> {
  find(text: string): T | undefined;
  shown: string;
}

/**
 * The columns whose values are fixed by this file format rather than by a city (办理方式, 是否解决, the revisit
 * outcomes): labels of DESIGN §7 and the English codes, compared as dictionaries are (全角/半角, case, spaces).
 */
function lookup<T extends string>(labels: Record<T, string>, synonyms: Record<string, T> = {}): CellTable<T> {
  const table = new Map<string, T>();
  for (const [label, code] of Object.entries(synonyms) as [string, T][])
    table.set(normalizeTerm(label), code);
  for (const [code, label] of Object.entries(labels) as [T, string][]) {
    table.set(normalizeTerm(label), code);
    table.set(normalizeTerm(code), code);
  }
  return { find: (text) => table.get(normalizeTerm(text)), shown: Object.values(labels).join('、') };
}

export const MODE_LABELS: Record<Mode, string> = {
  directAnswer: '直接答复',
  dispatch: '转办',
  reject: '不予受理',
  transfer: '转接',
  merge: '并单',
};
export const SOLVED = lookup(SOLVED_LABELS);
export const MODES = lookup(MODE_LABELS, { 派单: 'dispatch', 交办: 'dispatch' });
/** 回访结果 beyond the 满意度 levels: whether the citizen was reached at all (DESIGN §7). */
const REVISIT_OUTCOMES = lookup<'reached' | 'unreached'>(
  { reached: '联系上未评价', unreached: '未联系上' },
  {
    已联系未评价: 'reached',
    拒绝评价: 'reached',
    未接通: 'unreached',
    无人接听: 'unreached',
    联系不上: 'unreached',
    无法联系: 'unreached',
  },
);

const YES_NO_TEXTS = new Map([
  ...['是', '1', 'true', 'yes', 'y'].map((text) => [text, true] as const),
  ...['否', '0', 'false', 'no', 'n', ''].map((text) => [text, false] as const),
]);
/** 是否保密: 是/否, 1/0 or yes/no; empty is 否. */
export const YES_NO = { find: (text: string) => YES_NO_TEXTS.get(normalizeTerm(text)) };

/** One dictionary as a cell table: its codes, labels and aliases; the labels in the error message. */
export function dictionaryTable<D extends DictionaryKey>(dictionaries: TicketRowDictionaries, dictionary: D) {
  return {
    find: (text: string) => dictionaries.find(dictionary, text),
    shown: dictionaries.accepted(dictionary),
  };
}

/**
 * 回访结果: a 满意度 level (with the city's aliases), or one of the fixed outcomes, which come first: whether the
 * citizen was reached is not a level of satisfaction an alias could stand for.
 */
export function revisitTable(dictionaries: TicketRowDictionaries): CellTable<RevisitOutcome> {
  return {
    find: (text) => REVISIT_OUTCOMES.find(text) ?? dictionaries.find('satisfaction', text),
    shown: `${dictionaries.accepted('satisfaction')}、${REVISIT_OUTCOMES.shown}`,
  };
}

const COLUMN: Record<string, string> = Object.fromEntries(TICKET_COLUMNS.map((c) => [c.key, c.header]));

export function header(key: string): string {
  return COLUMN[key] ?? key;
}

/** One row's cells, read and checked; every problem is collected, once per column and kind. */
export function rowCells(row: MappedRow) {
  const errors: RowError[] = [];
  const text = (key: string) => (row.fields[key] ?? '').trim();
  const fail = (key: string, code: string, message: string) => {
    if (errors.some((e) => e.column === header(key) && e.code === code)) return;
    errors.push(rowError(row.rowNumber, header(key), code, message, row.fields[key]));
  };
  const required = (key: string) => {
    const value = text(key);
    if (value === '') fail(key, 'REQUIRED', `「${header(key)}」不能为空`);
    return value;
  };
  const limited = (key: string, value: string, max: number) => {
    if ([...value].length > max) fail(key, 'INVALID_VALUE', `「${header(key)}」不能超过 ${max} 个字符`);
    return value;
  };
  const optional = (key: string, max: number) => limited(key, text(key), max) || null;
  const time = (key: string): Date | null =>
    readTimeCell(text(key), header(key), (message) => fail(key, 'INVALID_VALUE', message));
  const label = <T>(key: string, table: CellTable<T>, fallback?: T) => {
    const value = fallback === undefined ? required(key) : text(key);
    if (value === '') return fallback;
    const code = table.find(value);
    if (code === undefined)
      fail(key, 'INVALID_VALUE', `「${header(key)}」“${value}”无效，应为：${table.shown}`);
    return code;
  };
  const notBefore = (laterKey: string, later: Date | null, earlierKey: string, earlier: Date | null) => {
    if (later && earlier && later < earlier)
      fail(laterKey, 'TIME_ORDER', `「${header(laterKey)}」不能早于「${header(earlierKey)}」`);
  };
  const needs = (key: string, prerequisite: string) => {
    if (text(key) !== '' && text(prerequisite) === '')
      fail(prerequisite, 'REQUIRED', `填写了「${header(key)}」时「${header(prerequisite)}」不能为空`);
  };
  return { errors, text, fail, required, limited, optional, time, label, notBefore, needs };
}

export type Cells = ReturnType<typeof rowCells>;
