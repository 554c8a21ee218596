import { tryParseLocalTime } from '../../domain/time.ts';

/**
 * A time cell (DESIGN §7: 'YYYY-MM-DD HH:mm:ss' in Asia/Shanghai, or ISO 8601): null when empty; an
 * unreadable value is reported, naming the column, and read as null.
 */
export function readTimeCell(value: string, header: string, report: (message: string) => void): Date | null {
  if (value === '') return null;
  const at = tryParseLocalTime(value);
  if (!at) report(`「${header}」“${value}”不是有效的时间，应为 YYYY-MM-DD HH:mm:ss 或 ISO 8601`);
  return at;
}
