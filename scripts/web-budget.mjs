// Prints the gzipped JavaScript each console route loads on first visit, from Vite's manifest, against the
// budgets of docs/console.md: the login page ≤ 200 KB, any other screen's first load (entry + shell + screen)
// ≤ 500 KB; the citizens' portal (docs/portal.md), read on phones, ≤ 150 KB with its CSS. Exits 1 when a budget
// is exceeded.
//   npm run build:web && npm run bench:web
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = process.env.HOTLINE_CONSOLE_DIR ?? path.join(ROOT, 'dist/web');
const MANIFEST = path.join(OUT, '.vite/manifest.json');
const KB = 1024;
const BUDGET = { login: 200 * KB, screen: 500 * KB, portal: 150 * KB };

if (!existsSync(MANIFEST)) {
  console.error('dist/web/.vite/manifest.json is missing: run `npm run build:web` first.');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
const gzipped = new Map();
const sizeOf = (file) => {
  if (!gzipped.has(file))
    gzipped.set(file, gzipSync(readFileSync(path.join(OUT, file)), { level: 6 }).length);
  return gzipped.get(file);
};

/**
 * The chunks a manifest entry loads before it runs: itself and its static imports, transitively (with their
 * stylesheets when `withCss`).
 */
function closure(keys, withCss = false) {
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    if (withCss) for (const sheet of chunk.css ?? []) files.add(sheet);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return files;
}

const keyOf = (suffix) => Object.keys(manifest).find((key) => key.endsWith(suffix));
// Two HTML pages: the console (index.html) and the citizens' portal (portal.html).
const entry = manifest['index.html']
  ? 'index.html'
  : Object.keys(manifest).find((key) => manifest[key].isEntry);
const portal = manifest['portal.html'] ? 'portal.html' : undefined;
const shell = keyOf('src/app/AppLayout.tsx');
const gate = keyOf('src/app/ScreenGate.tsx');
const login = keyOf('src/screens/login/LoginScreen.tsx');
const screens = Object.keys(manifest)
  .filter((key) => /src\/screens\/[^/]+\/[A-Za-z]+Screen\.tsx$/.test(key) && key !== login)
  .sort();

const rows = [
  { route: 'login', keys: [entry, login], budget: BUDGET.login },
  { route: 'shell', keys: [entry, shell], budget: BUDGET.screen },
  ...screens.map((key) => ({
    route: key.replace(/^.*src\/screens\//, '').replace(/\.tsx$/, ''),
    keys: [entry, shell, gate, key],
    budget: BUDGET.screen,
  })),
  ...(portal ? [{ route: 'portal (JS + CSS)', keys: [portal], budget: BUDGET.portal, withCss: true }] : []),
];

let failed = false;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`.padStart(10);
console.log(
  `${'route'.padEnd(36)} ${'chunks'.padStart(6)} ${'gzipped'.padStart(10)} ${'budget'.padStart(10)}`,
);
for (const row of rows) {
  const files = closure(row.keys.filter(Boolean), row.withCss);
  const total = [...files].reduce((sum, file) => sum + sizeOf(file), 0);
  const over = total > row.budget;
  failed ||= over;
  console.log(
    `${row.route.padEnd(36)} ${String(files.size).padStart(6)} ${kb(total)} ${kb(row.budget)}${over ? '  OVER' : ''}`,
  );
}
const everything = Object.values(manifest)
  .map((chunk) => chunk.file)
  .filter((file, index, all) => file.endsWith('.js') && all.indexOf(file) === index)
  .reduce((sum, file) => sum + sizeOf(file), 0);
console.log(`${'(all JavaScript, every screen)'.padEnd(36)} ${''.padStart(6)} ${kb(everything)}`);
process.exit(failed ? 1 : 0);
