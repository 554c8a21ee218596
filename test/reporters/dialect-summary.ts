import type { Reporter } from 'vitest/reporters';

// The suite runs on SQLite always and on PostgreSQL only when TEST_DATABASE_URL is set: say loudly which.
export default class DialectSummaryReporter implements Reporter {
  onTestRunEnd(): void {
    const url = process.env.TEST_DATABASE_URL;
    const line = '='.repeat(78);
    if (url) {
      console.log(
        `\n${line}\n Databases tested: SQLite and PostgreSQL (${url.replace(/:[^:@/]*@/, ':***@')})\n${line}`,
      );
    } else {
      console.log(
        `\n${line}\n WARNING: PostgreSQL was NOT tested. Only SQLite ran.\n` +
          ` Set TEST_DATABASE_URL=postgres://user:pass@host/db to run the suite on PostgreSQL too\n` +
          ` (CI does: see .ci/run).\n${line}`,
      );
    }
  }
}
