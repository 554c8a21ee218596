// Times are shown in the hotline's time zone (Asia/Shanghai, UTC+8 without daylight saving) whatever the phone's.
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** '2026-03-01 09:05' */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** '1.2 MB', '340 KB' */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Characters as the server counts them (its limits apply to the trimmed text). */
export function countChars(text: string): number {
  return text.trim().length;
}

/** 13812345678 → 138****5678, for showing which phone a code went to. */
export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : phone;
}
