// The security review's findings (issue: "close what a city's security review finds in its first hour"), each
// tried through HTTP the way the reviewer tried it, on both databases.
import { sql } from 'kysely';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_PASSWORD, type TestContext } from '../../test/context.ts';
import { BASE_INTAKE, makeTicket } from '../../test/tickets.ts';
import { loadConfig } from '../config.ts';
import { parseLocalTime } from '../domain/time.ts';
import { buildHttpApp } from '../app/http-app.ts';
import { portalContract } from '../contracts/portal.contract.ts';

const MINUTE = 60_000;
const SCHEMES = ['/etc/passwd', '/etc/no-such-file.json', '../package.json'];
// The login, and the citizens' FAQ (published articles only, rate-limited per address).
/** Routes open without a session; each proves its own guard elsewhere (the CTI webhook: its signature, 401). */
const PUBLIC_ROUTES = new Set(['POST /api/auth/login', 'GET /api/public/faq', 'POST /api/cti/events']);
// The citizens' portal: open to everyone, limited per address and per phone (src/modules/portal/portal.test.ts).
for (const route of Object.values(portalContract))
  PUBLIC_ROUTES.add(`${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`);

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext('2023-03-01 09:00:00');
});
afterAll(async () => ctx.close());

/** Every route of the OpenAPI document, with sample values in its path parameters. */
async function documentedRoutes(): Promise<{ method: string; path: string; url: string }[]> {
  const doc = (await ctx.app.inject({ url: '/docs/json' })).json() as { paths: Record<string, object> };
  return Object.entries(doc.paths).flatMap(([path, operations]) =>
    Object.keys(operations).map((method) => ({
      method: method.toUpperCase(),
      path,
      url: path.replace(/\{(\w+)\}/g, (_m, name: string) => (name === 'kind' ? 'tickets' : '1')),
    })),
  );
}

let address = 0;
/** Logins from an address of their own, so that one test's failures do not throttle another's. */
function login(username: string, password = TEST_PASSWORD, remoteAddress = `10.0.0.${++address}`) {
  return ctx.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    remoteAddress,
  });
}

function sessionCookie(answer: { cookies: { name: string; value: string }[] }): string {
  const cookie = answer.cookies.find((c) => c.name === 'hotline_session');
  if (!cookie) throw new Error('no session cookie');
  return `hotline_session=${cookie.value}`;
}

async function auditActions(filter: string): Promise<string[]> {
  const answer = await ctx.app.inject({ url: `/api/audit?${filter}`, headers: ctx.auth('admin') });
  expect(answer.statusCode, answer.body).toBe(200);
  return (answer.json().items as { action: string }[]).map((item) => item.action);
}

describe('1. authentication is decided on the matched route, never on the URL text', () => {
  it('answers 401 without credentials on every documented route, encoded or not', async () => {
    const routes = (await documentedRoutes()).filter((r) => !PUBLIC_ROUTES.has(`${r.method} ${r.path}`));
    expect(routes.length).toBeGreaterThan(50);
    for (const route of routes) {
      for (const url of [
        route.url,
        route.url.replace('/api/', '/%61pi/'),
        route.url.replace('/api/', '/ap%69/'),
      ]) {
        const answer = await ctx.app.inject({ method: route.method as 'GET', url });
        expect(answer.statusCode, `${route.method} ${url}`).toBe(401);
        expect(answer.json().error.code).toBe('UNAUTHENTICATED');
      }
    }
  });
});

describe('2–3. role checks on users and schemes', () => {
  it('lists users to admins only (a unit admin sees its own subtree)', async () => {
    for (const who of ['D1', 'leader', 'agent', 'supervisor']) {
      const answer = await ctx.app.inject({ url: '/api/users', headers: ctx.auth(who) });
      expect(answer.statusCode, who).toBe(403);
    }
    const all = await ctx.app.inject({ url: '/api/users', headers: ctx.auth('admin') });
    expect(all.statusCode).toBe(200);
    expect(all.json().length).toBeGreaterThan(10);
  });

  it('names a scheme by its stored id only: a server path is refused, whether the file exists or not', async () => {
    const base = '/api/evaluation/units/D1/score?from=2023-03-01&to=2023-03-31&scheme=';
    const answers = await Promise.all(
      SCHEMES.map((scheme) =>
        ctx.app.inject({ url: base + encodeURIComponent(scheme), headers: ctx.auth('D1') }),
      ),
    );
    for (const answer of answers) {
      expect(answer.statusCode).toBe(400);
      expect(answer.json().error).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'scheme' } });
    }
    // The same answer whether the file exists or not: only the echoed name differs.
    const messages = answers.map((a, i) => (a.json().error.message as string).replace(SCHEMES[i]!, '…'));
    expect(new Set(messages).size).toBe(1);
  });
});

describe('4. password guessing and the password policy', () => {
  it('backs off after five failures, even for the right password, until the lock passes or an admin lifts it', async () => {
    const from = '10.9.9.9';
    for (let i = 0; i < 5; i += 1)
      expect((await login('supervisor', 'wrong-guess', from)).statusCode).toBe(401);
    const locked = await login('supervisor', TEST_PASSWORD, from);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('LOGIN_THROTTLED');
    // from another address too: the account is what is locked
    expect((await login('supervisor')).statusCode).toBe(429);

    const locks = await ctx.app.inject({ url: '/api/security/login-locks', headers: ctx.auth('admin') });
    expect(locks.json()).toContainEqual(expect.objectContaining({ key: 'user:supervisor', kind: 'account' }));
    const notAdmin = await ctx.app.inject({
      method: 'DELETE',
      url: '/api/security/login-locks/user:supervisor',
      headers: ctx.auth('supervisor'),
    });
    expect(notAdmin.statusCode).toBe(403);
    const lifted = await ctx.app.inject({
      method: 'DELETE',
      url: '/api/security/login-locks/user:supervisor',
      headers: ctx.auth('admin'),
    });
    expect(lifted.statusCode).toBe(200);
    expect((await login('supervisor')).statusCode).toBe(200);
    expect(await auditActions('action=loginLock.lifted')).toContain('loginLock.lifted');
  });

  it('forgets a lock after its time: back-off, never a permanent lock', async () => {
    const from = '10.9.9.10';
    for (let i = 0; i < 6; i += 1) await login('reviewer', 'wrong-guess', from);
    expect((await login('reviewer')).statusCode).toBe(429);
    ctx.clock.advance(16 * MINUTE);
    expect((await login('reviewer')).statusCode).toBe(200);
  });

  it('refuses weak passwords on create, change and reset, naming the field', async () => {
    for (const password of ['12345678', 'password', 'weak.user.2023']) {
      const answer = await ctx.app.inject({
        method: 'POST',
        url: '/api/users',
        headers: ctx.auth('admin'),
        payload: { username: 'weak.user', displayName: '弱', password, role: 'agent', unitCode: 'C' },
      });
      expect(answer.statusCode, password).toBe(400);
      expect(answer.json().error).toMatchObject({ code: 'PASSWORD_POLICY', details: { field: 'password' } });
    }
    const change = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: ctx.auth('leader'),
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'password1' },
    });
    expect(change.statusCode).toBe(400);
    expect(change.json().error).toMatchObject({ code: 'PASSWORD_POLICY', details: { field: 'newPassword' } });
  });
});

describe('5. sessions and tokens end', () => {
  it('expires tokens, revokes them on demand and on logout', async () => {
    const made = await ctx.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: ctx.auth('dispatcher'),
      payload: { name: 'integration', expiresInDays: 1 },
    });
    expect(made.statusCode, made.body).toBe(201);
    const { id, token } = made.json() as { id: number; token: string };
    const me = () => ctx.app.inject({ url: '/api/auth/me', headers: { authorization: `Bearer ${token}` } });
    expect((await me()).statusCode).toBe(200);
    ctx.clock.advance(25 * 60 * MINUTE);
    expect((await me()).statusCode).toBe(401);

    const second = (
      await ctx.app.inject({
        method: 'POST',
        url: '/api/tokens',
        headers: ctx.auth('dispatcher'),
        payload: { name: 'second' },
      })
    ).json() as { id: number; token: string };
    const revoked = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/tokens/${second.id}`,
      headers: ctx.auth('dispatcher'),
    });
    expect(revoked.statusCode).toBe(200);
    const after = await ctx.app.inject({
      url: '/api/auth/me',
      headers: { authorization: `Bearer ${second.token}` },
    });
    expect(after.statusCode).toBe(401);
    expect(id).not.toBe(second.id);

    const third = (
      await ctx.app.inject({
        method: 'POST',
        url: '/api/tokens',
        headers: ctx.auth('dispatcher'),
        payload: { name: 'third' },
      })
    ).json() as { token: string };
    const bearer = { authorization: `Bearer ${third.token}` };
    expect(
      (await ctx.app.inject({ method: 'POST', url: '/api/auth/logout', headers: bearer })).statusCode,
    ).toBe(200);
    expect((await ctx.app.inject({ url: '/api/auth/me', headers: bearer })).statusCode).toBe(401);
  });

  it('ends idle sessions, keeps at most five per user, and logout ends the session', async () => {
    const idle = sessionCookie(await login('agent'));
    ctx.clock.advance(31 * MINUTE);
    expect((await ctx.app.inject({ url: '/api/auth/me', headers: { cookie: idle } })).statusCode).toBe(401);

    const cookies: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      ctx.clock.advance(1000);
      cookies.push(sessionCookie(await login('agent')));
    }
    const status = async (cookie: string) =>
      (await ctx.app.inject({ url: '/api/auth/me', headers: { cookie } })).statusCode;
    expect(await status(cookies[0]!)).toBe(401);
    expect(await status(cookies[5]!)).toBe(200);

    const out = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: cookies[5]!, origin: 'http://localhost:80' },
    });
    expect(out.statusCode, out.body).toBe(200);
    expect(await status(cookies[5]!)).toBe(401);
  });

  it('deactivating a user ends every session and token at once, and refuses their login', async () => {
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: ctx.auth('admin'),
      payload: {
        username: 'leaving.agent',
        displayName: '离职话务员',
        password: 'Leaving-agent-7',
        role: 'agent',
        unitCode: 'C',
      },
    });
    const user = created.json() as { id: number };
    const cookie = sessionCookie(await login('leaving.agent', 'Leaving-agent-7'));
    const token = (
      await ctx.app.inject({
        method: 'POST',
        url: '/api/tokens',
        headers: { cookie, origin: 'http://localhost:80' },
        payload: { name: 'phone' },
      })
    ).json() as { token: string };
    const off = await ctx.app.inject({
      method: 'POST',
      url: `/api/users/${user.id}/deactivate`,
      headers: ctx.auth('admin'),
    });
    expect(off.statusCode, off.body).toBe(200);
    expect((await ctx.app.inject({ url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
    const bearer = { authorization: `Bearer ${token.token}` };
    expect((await ctx.app.inject({ url: '/api/auth/me', headers: bearer })).statusCode).toBe(401);
    expect((await login('leaving.agent', 'Leaving-agent-7')).statusCode).toBe(401);
    expect(await auditActions(`action=user.deactivated&targetId=${user.id}`)).toEqual(['user.deactivated']);
  });
});

describe('6. cross-site requests and security headers', () => {
  it('refuses a cookie-authenticated change from a foreign origin, and sets the headers', async () => {
    const cookie = sessionCookie(await login('agent'));
    const intakeWith = (headers: Record<string, string>) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/tickets',
        headers: { cookie, ...headers },
        payload: BASE_INTAKE,
      });
    const foreign = await intakeWith({ origin: 'http://evil.example' });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.code).toBe('CROSS_ORIGIN_REQUEST');
    const referred = await intakeWith({ referer: 'http://evil.example/form.html' });
    expect(referred.statusCode).toBe(403);
    const same = await intakeWith({ origin: 'http://localhost:80', host: 'localhost:80' });
    expect(same.statusCode, same.body).toBe(201);

    const list = await ctx.app.inject({ url: '/api/tickets', headers: ctx.auth('agent') });
    expect(list.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(list.headers['x-content-type-options']).toBe('nosniff');
    expect(list.headers['x-frame-options']).toBe('DENY');
    expect(list.headers['referrer-policy']).toBe('same-origin');
    expect(list.headers['cache-control']).toBe('no-store');
    expect(list.headers['strict-transport-security']).toBeUndefined();
  });

  it('adds HSTS when cookies are secure', async () => {
    const app = await buildHttpApp(ctx.services, { logLevel: 'silent', secureCookies: true, version: 't' });
    try {
      const answer = await app.inject({ url: '/api/health' });
      expect(answer.headers['strict-transport-security']).toContain('max-age=');
    } finally {
      await app.close();
    }
  });
});

describe('7–8. idempotency keys and received times', () => {
  it('scopes a key to its caller and compares the body', async () => {
    const post = (who: string, payload: object) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/tickets',
        headers: { ...ctx.auth(who), 'idempotency-key': 'call-20230301-0001' },
        payload,
      });
    const first = await post('agent', BASE_INTAKE);
    expect(first.statusCode).toBe(201);
    const other = await post('dispatcher', { ...BASE_INTAKE, title: '派单员自己的诉求' });
    expect(other.statusCode).toBe(201);
    expect(other.json().id).not.toBe(first.json().id);
    const again = await post('agent', BASE_INTAKE);
    expect(again.json()).toMatchObject({ id: first.json().id, created: false });
    const changed = await post('agent', { ...BASE_INTAKE, title: '另一件诉求' });
    expect(changed.statusCode).toBe(409);
    expect(changed.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('takes the server time for a live intake: backdated and absurd dates are refused', async () => {
    ctx.clock.set(parseLocalTime('2023-03-10 10:00:00'));
    for (const receivedAt of ['2023-01-10 09:00:00', '1900-01-01 00:00:00', '2999-01-01 00:00:00']) {
      const answer = await ctx.app.inject({
        method: 'POST',
        url: '/api/tickets',
        headers: ctx.auth('agent'),
        payload: { ...BASE_INTAKE, receivedAt },
      });
      expect(answer.statusCode, receivedAt).toBe(400);
      expect(answer.json().error).toMatchObject({
        code: 'RECEIVED_AT_NOT_ALLOWED',
        details: { field: 'receivedAt' },
      });
    }
    const late = await ctx.app.inject({
      method: 'POST',
      url: '/api/tickets',
      headers: ctx.auth('dispatcher'),
      payload: { ...BASE_INTAKE, receivedAt: '2023-03-08 16:00:00' },
    });
    expect(late.statusCode, late.body).toBe(201);
    expect(await auditActions(`action=ticket.lateEntry&targetId=${late.json().id}`)).toEqual([
      'ticket.lateEntry',
    ]);
  });
});

describe('9–10. personal data in bulk, and the audit log', () => {
  it('masks contacts for leaders, unmasks one ticket for an agent and records it', async () => {
    const id = await makeTicket(ctx, 'registered');
    const list = await ctx.app.inject({ url: '/api/tickets?pageSize=200', headers: ctx.auth('leader') });
    expect(list.body).not.toContain('13812345678');
    expect(list.body).toContain('138****5678');
    const leaderView = await ctx.app.inject({ url: `/api/tickets/${id}`, headers: ctx.auth('leader') });
    expect(leaderView.json().callerPhone).toBe('138****5678');
    const agentView = await ctx.app.inject({ url: `/api/tickets/${id}`, headers: ctx.auth('agent') });
    expect(agentView.json().callerPhone).toBe('13812345678');
    expect(await auditActions(`action=ticket.contactViewed&targetId=${id}`)).toEqual([
      'ticket.contactViewed',
    ]);
  });

  it('rate-limits the routes that list citizens data', async () => {
    const app = await buildHttpApp(ctx.services, {
      logLevel: 'silent',
      secureCookies: false,
      version: 't',
      listRateLimit: 3,
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1)
        statuses.push((await app.inject({ url: '/api/tickets', headers: ctx.auth('leader') })).statusCode);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const refused = await app.inject({ url: '/api/tickets', headers: ctx.auth('leader') });
      expect(refused.json().error.code).toBe('RATE_LIMITED');
    } finally {
      await app.close();
    }
  });

  it('records logins and failures with the client address; only admins read it; rows cannot change', async () => {
    await login('leader', TEST_PASSWORD, '10.7.7.7');
    await login('leader', 'not-it', '10.7.7.7');
    const answer = await ctx.app.inject({ url: '/api/audit?pageSize=200', headers: ctx.auth('admin') });
    const items = answer.json().items as { action: string; address: string | null; actorUsername: string }[];
    const mine = items.filter((item) => item.address === '10.7.7.7').map((item) => item.action);
    expect(mine).toEqual(expect.arrayContaining(['auth.login', 'auth.loginFailed']));
    expect((await ctx.app.inject({ url: '/api/audit', headers: ctx.auth('leader') })).statusCode).toBe(403);

    const db = ctx.handle.db;
    await expect(sql`update audit_log set action = 'auth.login'`.execute(db)).rejects.toThrow();
    await expect(sql`delete from audit_log`.execute(db)).rejects.toThrow();
  });
});

describe('11. body limits', () => {
  it('refuses a body over 1 MB unread on ordinary routes, and imports from non-admins before reading', async () => {
    const big = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: `{"username":"admin","password":"${'a'.repeat(2 * 1024 * 1024)}"}`,
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    const upload = await ctx.app.inject({
      method: 'POST',
      url: '/api/imports/tickets',
      headers: { ...ctx.auth('dispatcher'), 'content-type': 'text/csv' },
      payload: Buffer.alloc(3 * 1024 * 1024, 'x'),
    });
    expect(upload.statusCode).toBe(403);
  });
});

describe('12. lesser findings', () => {
  it('refuses text that is not valid Unicode, naming the field', async () => {
    const answer = await ctx.app.inject({
      method: 'POST',
      url: '/api/tickets',
      headers: { ...ctx.auth('agent'), 'content-type': 'application/json' },
      payload: JSON.stringify({ ...BASE_INTAKE }).replace('"title":"', '"title":"\\ud800'),
    });
    expect(answer.statusCode).toBe(400);
    expect(answer.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: [expect.objectContaining({ field: 'title' })] },
    });
  });

  it('answers router errors in the error envelope: bad percent-encoding, 414, 431', async () => {
    const bad = await ctx.app.inject({ url: '/api/tickets/%E0%A4%A', headers: ctx.auth('agent') });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBeTypeOf('string');

    const address = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = new URL(address);
    const raw = (request: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(Number(port), '127.0.0.1', () => socket.end(request));
        let text = '';
        socket.on('data', (chunk) => (text += chunk.toString()));
        socket.on('end', () => resolve(text));
        socket.on('error', reject);
      });
    const long = await raw(`GET /api/health?${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    const headers = await raw(`GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(20_000)}\r\n\r\n`);
    for (const text of [long, headers]) {
      expect(text).toMatch(/^HTTP\/1\.1 (414|431)/);
      expect(text).toContain('"error":{"code":');
    }
  });

  it('keeps the centre the only root: a unit below it cannot become a center', async () => {
    const answer = await ctx.app.inject({
      method: 'PUT',
      url: '/api/units/D2',
      headers: ctx.auth('admin'),
      payload: { name: '西区', parentCode: 'C', kind: 'center' },
    });
    expect(answer.statusCode).toBe(400);
    expect(answer.json().error.details).toMatchObject({ field: 'kind' });
  });

  it('masks phone and ID numbers in the free text of a confidential ticket for its unit', async () => {
    const id = await makeTicket(ctx, 'inProgress', {
      confidential: true,
      content: '举报人电话13912345678，身份证号110101199003071234，请勿泄露。',
    });
    const unitView = await ctx.app.inject({ url: `/api/tickets/${id}`, headers: ctx.auth('D1') });
    expect(unitView.statusCode).toBe(200);
    expect(unitView.body).not.toContain('13912345678');
    expect(unitView.body).not.toContain('110101199003071234');
    const agentView = await ctx.app.inject({ url: `/api/tickets/${id}`, headers: ctx.auth('agent') });
    expect(agentView.body).toContain('13912345678');
  });

  it('believes X-Forwarded-For only from a trusted proxy: throttles and audit entries name the client', async () => {
    const app = await buildHttpApp(ctx.services, {
      logLevel: 'silent',
      secureCookies: false,
      version: 't',
      trustedProxies: ['10.20.0.1'],
    });
    try {
      const attempt = (remoteAddress: string) =>
        app.inject({
          method: 'POST',
          url: '/api/auth/login',
          remoteAddress,
          headers: { 'x-forwarded-for': '203.0.113.9' },
          payload: { username: 'nobody.here', password: 'wrong-guess' },
        });
      await attempt('10.20.0.1');
      await attempt('10.66.0.1');
    } finally {
      await app.close();
    }
    const answer = await ctx.app.inject({
      url: '/api/audit?action=auth.loginFailed&pageSize=200',
      headers: ctx.auth('admin'),
    });
    const addresses = (answer.json().items as { targetId: string; address: string }[])
      .filter((item) => item.targetId === 'nobody.here')
      .map((item) => item.address)
      .sort();
    expect(addresses).toEqual(['10.66.0.1', '203.0.113.9']);
  });

  it('binds to loopback unless HOST says otherwise', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });
});
