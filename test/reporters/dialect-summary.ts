import type { Reporter, TestModule } from 'vitest/node';

// The suite runs on SQLite always and on PostgreSQL only when TEST_DATABASE_URL is set: say loudly which, and
// close with one plain line of counts.
export default class DialectSummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
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
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed += 1;
        else if (state === 'failed') counts.failed += 1;
        else counts.skipped += 1;
      }
    }
    console.log(`Tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
}
