import { readFileSync } from 'node:fs';

// From dist/cli/ too: the build keeps import.meta.url naming this source file (scripts/source-urls-plugin.mjs).
export const VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
