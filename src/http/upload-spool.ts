import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../shared/errors.ts';

/** An upload written to a private temporary folder; `remove` deletes it. */
export interface SpooledFile {
  path: string;
  bytes: number;
  remove: () => Promise<void>;
}

function tooLarge(limit: number): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', `文件超过 ${Math.round(limit / 1024 / 1024)} MB 的上限`, {
    field: 'body',
    limit,
  });
}

/**
 * Writes a request body to disk as it arrives, so that an upload of tens of MB never sits in memory; the
 * import then reads it row by row. Stops and deletes what was written once the body passes `limit` bytes.
 */
export async function spoolUpload(
  body: Readable,
  limit: number,
  declaredLength?: number,
): Promise<SpooledFile> {
  if (declaredLength !== undefined && declaredLength > limit) throw tooLarge(limit);
  const folder = await mkdtemp(join(tmpdir(), 'hotline-upload-'));
  const remove = () => rm(folder, { recursive: true, force: true });
  const path = join(folder, 'upload');
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(bytes > limit ? tooLarge(limit) : null, chunk);
    },
  });
  try {
    await pipeline(body, counter, createWriteStream(path, { mode: 0o600 }));
  } catch (error) {
    await remove();
    throw error;
  }
  return { path, bytes, remove };
}
