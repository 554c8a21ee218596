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

const all = [...testFiles('src'), ...testFiles('test')];
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
