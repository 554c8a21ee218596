import type { CellValue } from 'exceljs';

const SECOND_MS = 1000;
// Excel keeps times of day as serials below 1, which exceljs turns into dates on 1899-12-30.
const FIRST_EXCEL_DAY_MS = Date.UTC(1899, 11, 31);

/**
 * The text a user sees in a cell, for import. Excel stores wall-clock date-times without a zone;
 * exceljs reads a serial as a Date whose UTC fields are that wall clock. A hotline's sheets are kept in
 * Asia/Shanghai time (UTC+8, no DST since 1991), so the UTC fields *are* the Shanghai time and are
 * printed as they are, never shifted by the server's zone.
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return formatExcelDate(value);
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if ('richText' in value)
    return value.richText
      .map((run) => run.text)
      .join('')
      .trim();
  if ('hyperlink' in value) return cellText(value.text as CellValue);
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result as CellValue | undefined);
  return '';
}

/** 'YYYY-MM-DD HH:mm:ss' of the cell's wall clock; 'HH:mm:ss' for a time of day without a date. */
export function formatExcelDate(date: Date): string {
  const epochMs = date.getTime();
  if (Number.isNaN(epochMs)) return '';
  // Serials carry float noise (09:30 may read as 09:29:59.999): round to the second Excel shows.
  const rounded = new Date(Math.round(epochMs / SECOND_MS) * SECOND_MS);
  const time = [rounded.getUTCHours(), rounded.getUTCMinutes(), rounded.getUTCSeconds()].map(pad2).join(':');
  if (epochMs < FIRST_EXCEL_DAY_MS) return time;
  const day = `${rounded.getUTCFullYear()}-${pad2(rounded.getUTCMonth() + 1)}-${pad2(rounded.getUTCDate())}`;
  return `${day} ${time}`;
}

/**
 * Plain decimal text: phone numbers typed into General cells come as numbers ('13812345678'),
 * and binary floats are cut to Excel's 15 significant digits (0.1 + 0.2 → '0.3').
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Number(value.toPrecision(15));
  if (rounded === 0) return '0';
  // String() switches to exponent form below 1e-6; fixed notation keeps what Excel shows.
  if (Math.abs(rounded) < 1e-6) return rounded.toFixed(20).replace(/\.?0+$/, '');
  return String(rounded);
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
