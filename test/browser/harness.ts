// The browser-test harness (docs/console.md): `describeInBrowser` and the console's test server.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe } from 'vitest';
import { CONSOLE_DIR } from '../../src/http/console-static.ts';
import { CHROMIUM, takeJournal } from './console-server.ts';

export { startConsole, CHROMIUM, SHOTS_DIR, VIEWPORT, type ConsoleHarness } from './console-server.ts';

const consoleBuilt = existsSync(join(CONSOLE_DIR, 'index.html'));
const chromiumPresent = existsSync(CHROMIUM);

/**
 * `describe` for browser tests: skipped with a message where Chromium or the built console is missing, except
 * under CI, where a missing piece fails the run rather than passing silently.
 */
export function describeInBrowser(name: string, body: () => void): void {
  const missing = [
    ...(chromiumPresent ? [] : [`Chromium (${CHROMIUM}; Debian: apt-get install chromium fonts-noto-cjk)`]),
    ...(consoleBuilt ? [] : ['the built console (dist/web/; run `npm run build:web`)']),
  ];
  if (missing.length === 0) {
    describe(name, () => {
      afterEach((context) => {
        const lines = takeJournal();
        if (context.task.result?.state === 'fail')
          console.error(`browser journal of "${context.task.name}":\n${lines.slice(-80).join('\n')}`);
      });
      body();
    });
    return;
  }
  if (process.env.CI) throw new Error(`browser tests need ${missing.join(' and ')}`);
  console.warn(`[browser tests skipped] ${name}: missing ${missing.join(' and ')}`);
  describe.skip(name, body);
}
