import { decodeCsv, type CsvEncoding } from './csv-encoding.ts';
import { detectTableFormat } from './tabular.ts';

/**
 * An upload as UTF-8, in the encoding the user named, for the import that takes bytes only (units, whose service
 * has no room for an encoding): a CSV is decoded and re-encoded, a workbook is left as it is. Units files are a few
 * hundred rows, so holding one whole is fine.
 */
export function withNamedEncoding(
  bytes: Uint8Array,
  encoding: CsvEncoding | undefined,
  fileName?: string,
): Uint8Array {
  if (encoding === undefined || detectTableFormat(bytes, fileName) === 'xlsx') return bytes;
  return new TextEncoder().encode(decodeCsv(bytes, encoding));
}
