import { createReadStream } from 'node:fs';
import { copyFile, mkdir, rename, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';

/**
 * Where attachment bytes live. Keys are SHA-256 hex digests, so a file sent twice is stored once and a key
 * can never climb out of the store. A city replaces the disk store with object storage (S3, OSS, MinIO) by
 * implementing these three calls.
 */
export interface AttachmentStore {
  /** Takes ownership of the file at `path` (a spooled upload) and keeps it under `key`. */
  put(key: string, path: string): Promise<void>;
  open(key: string): Promise<Readable>;
  has(key: string): Promise<boolean>;
}

const KEY = /^[0-9a-f]{64}$/;

function checkedKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`attachment key is not a SHA-256 digest: ${key}`);
  return key;
}

/** Files under `root/ab/cd/<digest>`: two levels of folders keep any one folder small. */
export function createDiskAttachmentStore(root: string): AttachmentStore {
  const base = resolve(root);
  const pathOf = (key: string) => join(base, key.slice(0, 2), key.slice(2, 4), checkedKey(key));
  const has = async (key: string) =>
    stat(pathOf(key)).then(
      () => true,
      () => false,
    );
  return {
    has,
    async put(key, path) {
      if (await has(key)) return;
      const target = pathOf(key);
      await mkdir(dirname(target), { recursive: true, mode: 0o700 });
      // A rename is atomic on one file system; across file systems (tmpfs → disk) the copy lands under a
      // temporary name first so a reader never sees half a file.
      try {
        await rename(path, target);
      } catch {
        const partial = `${target}.partial`;
        await copyFile(path, partial);
        await rename(partial, target);
      }
    },
    async open(key) {
      return createReadStream(pathOf(key));
    },
  };
}
