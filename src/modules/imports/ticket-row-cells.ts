import {
  APPEAL_TYPE_LABELS,
  CHANNEL_LABELS,
  SATISFACTION_LABELS,
  SOLVED_LABELS,
  URGENCY_LABELS,
  type SatisfactionLevel,
} from '../../domain/lifecycle/index.ts';
import { readTimeCell } from './time-cell.ts';
import type { ImportedHandling } from '../tickets/index.ts';
import { TICKET_COLUMNS } from './columns.ts';
import type { MappedRow } from './map-columns.ts';
import { rowError } from './row-errors.ts';
import type { RowError } from './row-errors.ts';

export type Mode = ImportedHandling['mode'];
type RevisitOutcome = SatisfactionLevel | 'reached' | 'unreached';

/** Labels of DESIGN §7 and §3 (and the English codes) to codes; English is matched case-insensitively. */
function lookup<T extends string>(labels: Record<T, string>, synonyms: Record<string, T> = {}) {
  const table = new Map<string, T>();
  for (const [code, label] of Object.entries(labels) as [T, string][]) {
    table.set(label, code);
    table.set(code.toLowerCase(), code);
  }
  for (const [label, code] of Object.entries(synonyms)) table.set(label.toLowerCase(), code);
  return {
    find: (text: string) => table.get(text) ?? table.get(text.toLowerCase()),
    shown: Object.values(labels).join('、'),
  };
}

export const MODE_LABELS: Record<Mode, string> = {
  directAnswer: '直接答复',
  dispatch: '转办',
  reject: '不予受理',
  transfer: '转接',
  merge: '并单',
};
// Legacy systems name the higher platforms and mini-programs in several ways.
export const CHANNELS = lookup(CHANNEL_LABELS, {
  省平台: 'upper',
  国家平台: 'upper',
  国务院客户端: 'upper',
  上级转办: 'upper',
  政务网: 'web',
  网上信箱: 'web',
  市长信箱: 'letter',
  小程序: 'wechat',
  微信公众号: 'wechat',
  短信: 'other',
});
export const APPEAL_TYPES = lookup(APPEAL_TYPE_LABELS);
export const URGENCIES = lookup(URGENCY_LABELS);
export const SOLVED = lookup(SOLVED_LABELS);
export const MODES = lookup(MODE_LABELS, { 派单: 'dispatch', 交办: 'dispatch' });
export const REVISITS = lookup<RevisitOutcome>({
  ...SATISFACTION_LABELS,
  reached: '联系上未评价',
  unreached: '未联系上',
});
export const YES_NO = new Map([
  ...['是', '1', 'true', 'yes', 'y'].map((text) => [text, true] as const),
  ...['否', '0', 'false', 'no', 'n', ''].map((text) => [text, false] as const),
]);

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
    errors.push(rowError(row.rowNumber, header(key), code, message));
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
  const label = <T>(
    key: string,
    table: { find(text: string): T | undefined; shown: string },
    fallback?: T,
  ) => {
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
