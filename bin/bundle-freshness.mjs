import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';

// Plain path strings, not a URL per file: the check then takes about 1 ms instead of 8.
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const MANIFEST = `${ROOT}dist/cli/manifest.json`;

/**
 * Why dist/cli/ must not run, or null when it may: it exists (scripts/build-cli.mjs writes the manifest last)
 * and no file it was built from has changed since. One stat per source file.
 */
export function bundleStaleReason() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  } catch {
    return 'no bundle (dist/cli/manifest.json; npm install builds it)';
  }
  for (const input of manifest.inputs) {
    const stat = statSync(ROOT + input, { throwIfNoEntry: false });
    if (!stat) return `${input} is gone since the build`;
    if (stat.mtimeMs > manifest.builtAt) return `${input} changed since the build`;
  }
  return null;
}
