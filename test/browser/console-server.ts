// The console's test server (docs/console.md): the API in this process on a temporary SQLite database with the
// small city of test/context.ts, the built console (dist/web/), and Debian's Chromium driven by playwright-core.
// It builds nothing: `npm install` builds dist/web/ (or `npm run build:web`). Used by the browser tests
// (test/browser/harness.ts) and by `npm run screenshots`.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { formatLocalTime } from '../../src/domain/time.ts';
import { createTestContext, TEST_PASSWORD, type TestContext } from '../context.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const VIEWPORT = { width: 1366, height: 768 };
export const SHOTS_DIR = '/tmp/console-shots';

/** STACK.md pitfall 6: without the networking flags Chromium stalls on a closed network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ConsoleHarness {
  /** http://127.0.0.1:<port> */
  url: string;
  ctx: TestContext;
  browser: Browser;
  /** A fresh browser context (own cookies) with a page at 1366×768. */
  newPage(): Promise<Page>;
  /** A file with this name and content for an upload, in a folder removed by close(). */
  file(name: string, content: string | Buffer): string;
  /** A fresh context logged in through the login page; the page shows the console's first screen. */
  login(username: string, password?: string): Promise<Page>;
  /** Saves a PNG in /tmp/console-shots/ and answers its path. */
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

const journal: string[] = [];
let pages = 0;

/**
 * What the pages did (API answers, address changes, script errors), newest last: printed when a browser test
 * fails, so that a failure on a busy machine says which request or step went wrong.
 */
export function takeJournal(): string[] {
  return journal.splice(0);
}

function keepJournal(page: Page, base: string) {
  const started = Date.now();
  pages += 1;
  const id = `page${pages}`;
  const note = (line: string) => {
    journal.push(`${((Date.now() - started) / 1000).toFixed(1).padStart(6)}s ${id} ${line}`);
    if (journal.length > 400) journal.splice(0, journal.length - 400);
  };
  page.on('response', (response) => {
    const address = response.url().replace(base, '');
    if (address.startsWith('/api/'))
      note(`${response.status()} ${response.request().method()} ${address.slice(0, 120)}`);
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) note(`→ ${frame.url().replace(base, '')}`);
  });
  page.on('pageerror', (error) => note(`script error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') note(`console: ${message.text().slice(0, 200)}`);
  });
}

/**
 * Starts the API on a free port (a fresh SQLite database with every role's user: agent, dispatcher, reviewer,
 * supervisor, leader, admin, and a handler per unit named by its code — password TEST_PASSWORD) and launches
 * Chromium. `seed` adds data before the browser starts (e.g. tickets through test/tickets.ts).
 */
export async function startConsole(
  options: { seed?: (ctx: TestContext) => Promise<void> } = {},
): Promise<ConsoleHarness> {
  // Now, so that session cookies (which expire by the server's clock) are valid in the browser.
  const ctx = await createTestContext(formatLocalTime(new Date()));
  await options.seed?.(ctx);
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  const address = ctx.app.server.address();
  if (!address || typeof address === 'string') throw new Error('the test server has no port');
  const url = `http://127.0.0.1:${address.port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const contexts: BrowserContext[] = [];
  const files = mkdtempSync(join(tmpdir(), 'hotline-browser-files-'));
  let fileCount = 0;

  const newPage = async () => {
    const context = await browser.newContext({
      viewport: VIEWPORT,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      baseURL: url,
    });
    // Every wait here is for a local server; 20 s leaves room for a machine busy with the rest of `npm test`.
    context.setDefaultTimeout(20_000);
    contexts.push(context);
    const page = await context.newPage();
    keepJournal(page, url);
    return page;
  };

  return {
    url,
    ctx,
    browser,
    newPage,
    file(name, content) {
      fileCount += 1;
      const dir = join(files, String(fileCount));
      mkdirSync(dir);
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    async login(username, password = TEST_PASSWORD) {
      const page = await newPage();
      await page.goto('/login');
      await page.getByLabel('用户名').fill(username);
      await page.getByLabel('密码').fill(password);
      await page.getByRole('button', { name: '登录' }).click();
      await page.waitForURL((target) => !target.pathname.startsWith('/login'));
      // The shell is up (and its shortcuts registered) once the navigation shows.
      await page.getByRole('navigation').waitFor();
      return page;
    },
    async screenshot(page, name) {
      mkdirSync(SHOTS_DIR, { recursive: true });
      const path = join(SHOTS_DIR, `${name}.png`);
      await page.screenshot({ path });
      return path;
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await ctx.close();
      rmSync(files, { recursive: true, force: true });
    },
  };
}
