// Builds the web console (web/, vite.config.ts) into dist/web/, which the server serves at `/`
// (src/http/console-static.ts). npm runs it from `prepare`, after `npm install` / `npm ci`, with --if-possible:
// an install without Vite (production installs omit devDependencies) or a failed build then warns and exits 0,
// and the server answers `/` with a page saying to run `npm run build:web`.
//   node scripts/build-web.mjs [--if-possible]
import path from 'node:path';
import { fileURLToPath, URL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const lenient = process.argv.includes('--if-possible');

try {
  const started = Date.now();
  const { build } = await import('vite');
  await build({ configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
  console.log(`hotline: built dist/web/ (the web console) in ${Date.now() - started} ms`);
} catch (error) {
  const reason = error instanceof Error ? error.message : String(error);
  if (!lenient) {
    console.error(`hotline: the web console was not built: ${reason}`);
    process.exit(1);
  }
  console.warn(`hotline: warning: the web console was not built (${reason.split('\n')[0]});`);
  console.warn('hotline: the API works; run `npm run build:web` to serve the console at `/`.');
}
