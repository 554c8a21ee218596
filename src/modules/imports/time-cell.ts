import { tryParseLocalTime } from '../../domain/time.ts';

// Excel's 1900 date system: serial 25569 is 1970-01-01. Serials before 61 would need the 1900 leap-year bug,
// but only 1990–2100 is read as a time at all, so that a number in the wrong column is still refused.
const UNIX_EPOCH_SERIAL = 25569;
const FIRST_SERIAL = 32874; // 1990-01-01
const LAST_SERIAL = 73051; // 2100-01-01
const DAY_MS = 24 * 3600 * 1000;
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;
const SERIAL = /^\d{5}(?:\.\d+)?$/;
// 2023年1月5日, 2023年1月5日 9时3分, 2023年1月5日 09:03:07
const CHINESE_DATE =
  /^(\d{4})年(\d{1,2})月(\d{1,2})日?\s*(?:(\d{1,2})(?:时|点|:|：)(\d{1,2})(?:分|:|：)?(?:(\d{1,2})秒?)?)?$/;

const pad = (text: string | undefined) => (text ?? '0').padStart(2, '0');

/** A serial of a sheet kept in Shanghai wall-clock time (Excel stores no zone), or null outside 1990–2100. */
function fromSerial(text: string): Date | null {
  const serial = Number(text);
  if (!SERIAL.test(text) || serial < FIRST_SERIAL || serial >= LAST_SERIAL) return null;
  const wallClock = Math.round(((serial - UNIX_EPOCH_SERIAL) * DAY_MS) / 1000) * 1000;
  return new Date(wallClock - SHANGHAI_OFFSET_MS);
}

/** The forms legacy systems export (DESIGN §7 and what real sheets hold), as an instant; null when none fits. */
export function parseTimeCell(value: string): Date | null {
  const text = value.normalize('NFKC').trim();
  const chinese = CHINESE_DATE.exec(text);
  if (chinese) {
    const [, year, month, day, hour, minute, second] = chinese;
    return tryParseLocalTime(`${year}-${pad(month)}-${pad(day)} ${pad(hour)}:${pad(minute)}:${pad(second)}`);
  }
  return tryParseLocalTime(text) ?? fromSerial(text);
}

/**
 * A time cell: null when empty; an unreadable value is reported, naming the column, and read as null. Accepted:
 * 'YYYY-MM-DD HH:mm:ss' in Asia/Shanghai or ISO 8601 (DESIGN §7), '2023/1/5 9:03', '2023年1月5日 9时03分',
 * and Excel serial numbers (44931.37708) from General-formatted cells.
 */
export function readTimeCell(value: string, header: string, report: (message: string) => void): Date | null {
  if (value === '') return null;
  const at = parseTimeCell(value);
  if (!at)
    report(
      `「${header}」“${value}”不是有效的时间，应为 YYYY-MM-DD HH:mm:ss、2023/1/5 9:03、2023年1月5日 9时03分或 ISO 8601`,
    );
  return at;
}
