import { writeFileSync } from 'node:fs';

/**
 * Writes a UTF-8 CSV with a BOM (so Excel opens the Chinese headers correctly, as the centres' legacy
 * exports do) and CRLF line ends (RFC 4180). Cells holding a comma, quote or line break are quoted.
 */
export function writeCsv(
  path: string,
  header: readonly string[],
  rows: readonly (readonly string[])[],
): void {
  const lines = [header, ...rows].map((cells) => cells.map(csvCell).join(','));
  writeFileSync(path, `\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
