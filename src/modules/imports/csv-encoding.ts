import { Transform } from 'node:stream';
import type { CsvEncoding } from '../../contracts/imports.schemas.ts';
import { ImportFileError } from './row-errors.ts';

export type { CsvEncoding } from '../../contracts/imports.schemas.ts';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * UTF-8 when the file starts with a UTF-8 BOM or decodes as UTF-8 as a whole; otherwise GB18030 (a superset of GBK
 * and GB2312), which Chinese Excel installs write for "CSV". Judged on every byte, not the first few: a long export
 * can be ASCII for pages before its first Chinese cell.
 */
export async function detectCsvEncoding(bytes: AsyncIterable<Uint8Array>): Promise<CsvEncoding> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  try {
    for await (const chunk of bytes) {
      // A BOM is the writer saying "UTF-8": bytes broken further on are then reported, not guessed around.
      if (first && UTF8_BOM.every((byte, index) => chunk[index] === byte)) return 'utf-8';
      first = false;
      decoder.decode(chunk, { stream: true });
    }
    decoder.decode();
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

function unreadable(encoding: CsvEncoding): ImportFileError {
  // UTF-16 ("Unicode text") and other encodings fail both: say how to fix it.
  return new ImportFileError(
    'IMPORT_FILE_UNREADABLE',
    encoding === 'utf-8'
      ? 'CSV 文件不是 UTF-8 编码：请另存为“CSV UTF-8（逗号分隔）”，或指明编码 gb18030'
      : 'CSV 文件既不是 UTF-8 也不是 GB18030（GBK）编码，请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后再导入',
  );
}

/**
 * Decodes as it streams, refusing bytes the encoding does not allow; a character split between chunks is kept.
 * A UTF-8 BOM is dropped here.
 */
export function decodingStream(encoding: CsvEncoding): Transform {
  const decoder = new TextDecoder(encoding, { fatal: true });
  return new Transform({
    decodeStrings: true,
    readableObjectMode: false,
    transform(chunk: Buffer, _encoding, done) {
      try {
        done(null, decoder.decode(chunk, { stream: true }));
      } catch {
        done(unreadable(encoding));
      }
    },
    flush(done) {
      try {
        done(null, decoder.decode());
      } catch {
        done(unreadable(encoding));
      }
    },
  });
}

/** A whole small CSV as text in the given encoding (units files are read at once); refuses bytes it does not allow. */
export function decodeCsv(bytes: Uint8Array, encoding: CsvEncoding): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw unreadable(encoding);
  }
}
