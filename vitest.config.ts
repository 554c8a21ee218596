import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// One suite, two databases (DESIGN §8): every test that opens a database (through test/db.ts or
// test/context.ts) runs once on SQLite and, when TEST_DATABASE_URL names a PostgreSQL database, once more on
// PostgreSQL. Tests of pure code run once.
const postgresUrl = process.env.TEST_DATABASE_URL ?? '';

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

// Browser tests (test/browser, docs/console.md) drive the console in Chromium against a SQLite server of their
// own: they run once, in their own project, one file at a time, with the time a browser needs.
const isBrowserTest = (file: string) => file.endsWith('.browser.test.ts');
const all = [...testFiles('src'), ...testFiles('test')].filter((file) => !isBrowserTest(file));
const usesDatabase = (file: string) =>
  /from '(\.\.\/)+test\/(db|context)\.ts'|from '\.\.\/db\.ts'/.test(readFileSync(file, 'utf8'));
const databaseTests = all.filter(usesDatabase);
const pureTests = all.filter((file) => !usesDatabase(file));

export default defineConfig({
  test: {
    reporters: ['default', './test/reporters/dialect-summary.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: pureTests } },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.browser.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // One more try for a browser test only: on a shared 2-core machine a toast or a live event can come and
          // go while Chromium is starved. A real fault fails twice; the report still shows the retry.
          retry: 1,
          // After the other projects: Chromium on a 2-core machine would starve their timed-out steps.
          sequence: { groupOrder: 1 },
        },
      },
      { extends: true, test: { name: 'sqlite', include: databaseTests, env: { TEST_DIALECT: 'sqlite' } } },
      ...(postgresUrl
        ? [
            {
              extends: true as const,
              test: {
                name: 'postgres',
                include: databaseTests,
                env: { TEST_DIALECT: 'postgres', TEST_DATABASE_URL: postgresUrl },
              },
            },
          ]
        : []),
    ],
  },
});
