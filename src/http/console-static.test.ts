import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_KINDS } from '../app/error-kinds.ts';
import { registerConsole } from './console-static.ts';
import { createHttpServer, type App } from './server.ts';

const HTML = { accept: 'text/html,application/xhtml+xml' };
const nobody = { actorForSession: async () => null, actorForApiToken: async () => null };

async function serverWith(dir: string): Promise<App> {
  const app = await createHttpServer(nobody, {
    errorKinds: ERROR_KINDS,
    logLevel: 'silent',
    secureCookies: false,
    version: 'test',
  });
  app.get('/api/tickets', async () => ({ items: [] }));
  await registerConsole(app, { dir });
  await app.ready();
  return app;
}

describe('the console served at /', () => {
  let dir: string;
  let app: App;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'console-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>工作台</title><div id="root"></div>');
    writeFileSync(join(dir, 'assets', 'index-AbC123.js'), 'console.log(1)');
    app = await serverWith(dir);
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers index.html at / without a login, never cached, under the content security policy', async () => {
    const answer = await app.inject({ url: '/', headers: HTML });
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-type']).toContain('text/html');
    expect(answer.body).toContain('<div id="root">');
    expect(answer.headers['cache-control']).toBe('no-cache');
    expect(answer.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it("answers index.html for the console's own pages asked for as HTML (the router takes over)", async () => {
    for (const url of ['/queues/toDispatch', '/tickets/2023030100000001', '/login?next=%2Fdesk']) {
      const answer = await app.inject({ url, headers: HTML });
      expect(answer.statusCode, url).toBe(200);
      expect(answer.body, url).toContain('<div id="root">');
    }
  });

  it('caches hashed assets for a year', async () => {
    const answer = await app.inject({ url: '/assets/index-AbC123.js' });
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['cache-control']).toContain('max-age=31536000');
    expect(answer.headers['cache-control']).toContain('immutable');
  });

  it('leaves the API alone: unknown API paths keep the JSON 404, known ones their login', async () => {
    for (const url of ['/api/no-such-route', '/%61pi/no-such-route', '/docs-nothing/../api/x']) {
      const answer = await app.inject({ url, headers: HTML });
      expect(answer.statusCode, url).toBe(404);
      expect(answer.json().error.code, url).toBe('ROUTE_NOT_FOUND');
    }
    const api = await app.inject({ url: '/api/tickets', headers: HTML });
    expect(api.statusCode).toBe(401);
    expect(api.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('answers a JSON 404 for a missing file that is not a page (scripts, images)', async () => {
    expect((await app.inject({ url: '/assets/missing.js' })).statusCode).toBe(404);
    const icon = await app.inject({ url: '/favicon.ico', headers: { accept: 'image/*' } });
    expect(icon.statusCode).toBe(404);
    expect(icon.json().error.code).toBe('ROUTE_NOT_FOUND');
  });
});

describe('before the console is built', () => {
  it('answers / with a Chinese page saying how to build it, not a JSON 404', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'console-empty-'));
    const app = await serverWith(dir);
    try {
      const answer = await app.inject({ url: '/', headers: HTML });
      expect(answer.statusCode).toBe(503);
      expect(answer.headers['content-type']).toContain('text/html');
      expect(answer.body).toContain('npm run build:web');
      expect(answer.body).toContain('网页工作台尚未构建');
      expect((await app.inject({ url: '/' })).statusCode).toBe(503);
    } finally {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
