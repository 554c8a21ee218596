import { formatLocalTime } from '../../../src/domain/time.ts';

// Times are shown in the hotline's own time zone (Asia/Shanghai) whatever the browser's, as the server and the
// deadline rules count them.

/** '2023-03-01 09:00' */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '';
  return formatLocalTime(new Date(iso)).slice(0, 16);
}

/** '03-01 09:00' within the current year, the full date otherwise (dense tables). */
export function formatShortTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const full = formatTime(iso);
  const thisYear = formatLocalTime(new Date()).slice(0, 4);
  return full.startsWith(thisYear) ? full.slice(5) : full;
}
