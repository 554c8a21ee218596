import { defineConfig } from 'vitest/config';

// One suite, two databases (DESIGN §8): every test outside the pure domain runs once on SQLite and,
// when TEST_DATABASE_URL names a PostgreSQL database, once more on PostgreSQL.
const postgresUrl = process.env.TEST_DATABASE_URL ?? '';
const domainTests = ['src/domain/**/*.test.ts'];
const databaseTests = ['src/**/*.test.ts', 'test/**/*.test.ts'];

export default defineConfig({
  test: {
    reporters: ['default', './test/reporters/dialect-summary.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'domain', include: domainTests } },
      {
        extends: true,
        test: {
          name: 'sqlite',
          include: databaseTests,
          exclude: domainTests,
          env: { TEST_DIALECT: 'sqlite' },
        },
      },
      ...(postgresUrl
        ? [
            {
              extends: true as const,
              test: {
                name: 'postgres',
                include: databaseTests,
                exclude: domainTests,
                env: { TEST_DIALECT: 'postgres', TEST_DATABASE_URL: postgresUrl },
              },
            },
          ]
        : []),
    ],
  },
});
