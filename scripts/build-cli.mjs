// Compiles the command line ahead of time: src/cli/main.ts and everything it imports from src/ into
// dist/cli/, one chunk per lazily loaded command, so that `hotline` starts without tsx compiling TypeScript
// on every run. npm runs it as `prepare` after `npm install` / `npm ci`; bin/hotline.mjs uses the bundle
// only while dist/cli/manifest.json shows it newer than every source it was built from.
//   node scripts/build-cli.mjs [--outdir dist/cli]
// A failed build warns and exits 0: the install must not fail, and the launcher then runs the sources.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { sourceUrlsPlugin } from './source-urls-plugin.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const outdirIndex = process.argv.indexOf('--outdir');
const outdir = path.resolve(ROOT, outdirIndex >= 0 ? process.argv[outdirIndex + 1] : 'dist/cli');

/** Besides the bundled sources, what decides the bundle's content: a change to these also makes it stale. */
const BUILD_INPUTS = ['scripts/build-cli.mjs', 'scripts/source-urls-plugin.mjs', 'tsconfig.json'];

async function build() {
  // Taken before reading any source: a file saved during the build counts as newer than the bundle.
  const builtAt = Date.now();
  // The manifest goes first and comes back last, so a half-written bundle is never taken for a good one.
  rmSync(outdir, { recursive: true, force: true });
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ['src/cli/main.ts'],
    outdir,
    entryNames: '[name]',
    chunkNames: '[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    // The engines minimum: esbuild drops `with { type: 'json' }` for targets before node 20.10.
    target: 'node20.19',
    metafile: true,
    sourcemap: 'linked',
    logLevel: 'warning',
    plugins: [sourceUrlsPlugin(outdir)],
  });
  const inputs = [...Object.keys(result.metafile.inputs), ...BUILD_INPUTS].sort();
  mkdirSync(outdir, { recursive: true });
  writeFileSync(path.join(outdir, 'manifest.json'), `${JSON.stringify({ builtAt, inputs }, null, 2)}\n`);
  return inputs.length;
}

try {
  const started = Date.now();
  const sources = await build();
  const shown = path.relative(ROOT, outdir) || '.';
  console.log(`hotline: built ${shown}/ from ${sources} files in ${Date.now() - started} ms`);
} catch (error) {
  console.warn(
    `hotline: warning: the command line was not compiled (${error instanceof Error ? error.message : error});`,
  );
  console.warn(
    'hotline: `hotline` still works, from the TypeScript sources through tsx, only slower to start.',
  );
}
