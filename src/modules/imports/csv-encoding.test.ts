import iconv from 'iconv-lite';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { decodingStream, detectCsvEncoding } from './csv-encoding.ts';
import { withNamedEncoding } from './named-encoding.ts';
import { ImportFileError } from './row-errors.ts';

const utf8 = (value: string) => new TextEncoder().encode(value);
const gb18030 = (value: string) => Uint8Array.from(iconv.encode(value, 'gb18030'));
const chunksOf = (...chunks: Uint8Array[]) => Readable.from(chunks.map((chunk) => Buffer.from(chunk)));

describe('detectCsvEncoding', () => {
  it('calls a file UTF-8 when every byte decodes as UTF-8', async () => {
    expect(await detectCsvEncoding(chunksOf(utf8('工单编号,受理时间\n'), utf8('A-1,2023/1/5 9:03\n')))).toBe(
      'utf-8',
    );
  });

  it('judges the whole file: pages of ASCII, then a GB18030 cell, is GB18030', async () => {
    const ascii = utf8(`number,received_at\n${'A-1,2023-01-05 09:03:00\n'.repeat(4000)}`);
    expect(ascii.length).toBeGreaterThan(64 * 1024);
    expect(await detectCsvEncoding(chunksOf(ascii, gb18030('A-2,东区\n')))).toBe('gb18030');
  });

  it('takes a UTF-8 BOM at its word, even when bytes further on are broken', async () => {
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...gb18030('工单号\n')]);
    expect(await detectCsvEncoding(chunksOf(withBom))).toBe('utf-8');
  });
});

describe('decodingStream', () => {
  it('keeps a GB18030 character split between two chunks', async () => {
    const bytes = gb18030('单位,承办单位\n');
    const decoded = chunksOf(bytes.subarray(0, 1), bytes.subarray(1, 5), bytes.subarray(5)).pipe(
      decodingStream('gb18030'),
    );
    expect(await text(decoded)).toBe('单位,承办单位\n');
  });

  it('refuses GB18030 bytes read as UTF-8 with a message that says what to do', async () => {
    const decoded = chunksOf(gb18030('工单号\n')).pipe(decodingStream('utf-8'));
    const error = await text(decoded).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as ImportFileError).message).toContain('gb18030');
  });
});

describe('withNamedEncoding', () => {
  it('re-encodes a CSV in the named encoding as UTF-8', () => {
    const bytes = withNamedEncoding(gb18030('单位编码,单位名称\nC,某市12345热线\n'), 'gb18030', 'units.csv');
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(
      '单位编码,单位名称\nC,某市12345热线\n',
    );
  });

  it('leaves the bytes alone when no encoding is named, or the file is a workbook', () => {
    const bytes = gb18030('单位编码\n');
    expect(withNamedEncoding(bytes, undefined, 'units.csv')).toBe(bytes);
    expect(withNamedEncoding(bytes, 'utf-8', 'units.xlsx')).toBe(bytes);
  });

  it('refuses bytes the named encoding does not allow', () => {
    expect(() => withNamedEncoding(gb18030('单位编码\n'), 'utf-8', 'units.csv')).toThrow(ImportFileError);
  });
});
