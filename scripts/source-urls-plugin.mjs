import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * esbuild plugin: in the bundle, `import.meta.url` keeps meaning the URL of the source file that wrote it.
 * Sources find files next to themselves (package.json two levels up, the preset schemes in
 * src/modules/evaluation/schemes/); bundled into dist/cli they would look next to the chunk instead. Each
 * use becomes `new URL('<chunk → source file>', import.meta.url).href`, which holds wherever the project
 * is moved, as long as every chunk sits directly in `outdir` (the build pins entryNames and chunkNames).
 */
export function sourceUrlsPlugin(outdir) {
  return {
    name: 'source-import-meta-url',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (args.path.split(path.sep).includes('node_modules')) return undefined;
        const source = await readFile(args.path, 'utf8');
        if (!source.includes('import.meta.url')) return undefined;
        const fromChunk = path.relative(outdir, args.path).split(path.sep).join('/');
        const sourceUrl = `new URL(${JSON.stringify(fromChunk)}, import.meta.url).href`;
        return { contents: source.replaceAll('import.meta.url', sourceUrl), loader: 'ts' };
      });
    },
  };
}
