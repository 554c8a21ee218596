// The role table: every route of the OpenAPI document, asked by every role, answers 403 exactly for the roles
// the table below does not admit. The table is written out here, from DESIGN §2, rather than read from the
// code it checks; a route missing from it fails the test, so a new route must say who may call it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_PASSWORD, type TestContext } from '../../test/context.ts';
import { ROLES, type Role } from '../domain/access/roles.ts';

const ALL = ROLES;
const ADMIN: readonly Role[] = ['admin'];
const CENTRE: readonly Role[] = ROLES.filter((role) => role !== 'unitHandler' && role !== 'unitAdmin');
const UNITS: readonly Role[] = ['unitHandler', 'unitAdmin'];
const INTAKE: readonly Role[] = ['agent', 'dispatcher', 'admin'];
const DISPATCH: readonly Role[] = ['dispatcher', 'admin'];
const REVIEW: readonly Role[] = ['reviewer', 'admin'];

const ROLE_TABLE: Record<string, readonly Role[]> = {
  'POST /api/auth/logout': ALL,
  'GET /api/auth/me': ALL,
  'POST /api/auth/password': ALL,
  'GET /api/users': ['admin', 'unitAdmin'],
  'POST /api/users': ADMIN,
  'POST /api/users/{id}/deactivate': ADMIN,
  'POST /api/users/{id}/activate': ADMIN,
  'POST /api/users/{id}/unlock': ADMIN,
  'POST /api/users/{id}/end-sessions': ADMIN,
  'POST /api/users/{id}/password': ADMIN,
  'GET /api/tokens': ALL,
  'POST /api/tokens': ALL,
  'DELETE /api/tokens/{id}': ALL,
  'GET /api/security/login-locks': ADMIN,
  'DELETE /api/security/login-locks/{key}': ADMIN,
  'GET /api/units': ALL,
  'GET /api/units/{code}': ALL,
  'PUT /api/units/{code}': ADMIN,
  'POST /api/units/import': ADMIN,
  'POST /api/units/{code}/deactivate': ADMIN,
  'POST /api/units/{code}/activate': ADMIN,
  'GET /api/categories': ALL,
  'GET /api/categories/export': ADMIN,
  'GET /api/categories/{code}': ALL,
  'PUT /api/categories/{code}': ADMIN,
  'POST /api/categories/import': ADMIN,
  'GET /api/dictionaries': ALL,
  'GET /api/dictionaries/{dictionary}': ALL,
  'PUT /api/dictionaries/{dictionary}/aliases': ADMIN,
  'DELETE /api/dictionaries/{dictionary}/aliases/{alias}': ADMIN,
  'GET /api/calendar/days': ALL,
  'PUT /api/calendar/days/{date}': ADMIN,
  'DELETE /api/calendar/days/{date}': ADMIN,
  'GET /api/deadline-policies': ALL,
  'POST /api/deadline-policies': ADMIN,
  'PUT /api/deadline-policies/{id}': ADMIN,
  'DELETE /api/deadline-policies/{id}': ADMIN,
  'GET /api/deadlines/compute': ALL,
  'POST /api/tickets': INTAKE,
  'GET /api/tickets': ALL,
  'GET /api/tickets/{id}': ALL,
  'GET /api/tickets/by-number/{number}': ALL,
  'POST /api/tickets/{id}/directAnswer': INTAKE,
  'POST /api/tickets/{id}/reject': INTAKE,
  'POST /api/tickets/{id}/transfer': INTAKE,
  'POST /api/tickets/{id}/requestDispatch': INTAKE,
  'POST /api/tickets/{id}/merge': DISPATCH,
  'POST /api/tickets/{id}/dispatch': DISPATCH,
  'POST /api/tickets/{id}/ruleSendBack': DISPATCH,
  'POST /api/tickets/{id}/ruleExtension': DISPATCH,
  'POST /api/tickets/{id}/urge': ['dispatcher', 'supervisor', 'admin'],
  'POST /api/tickets/{id}/acknowledge': UNITS,
  'POST /api/tickets/{id}/requestSendBack': UNITS,
  'POST /api/tickets/{id}/requestExtension': UNITS,
  'POST /api/tickets/{id}/subDispatch': UNITS,
  'POST /api/tickets/{id}/submitFeedback': UNITS,
  'POST /api/tickets/{id}/review': REVIEW,
  'POST /api/tickets/{id}/revisit': REVIEW,
  'POST /api/tickets/{id}/complete': REVIEW,
  'POST /api/tickets/{id}/archive': REVIEW,
  'POST /api/tickets/{id}/reopen': ['reviewer', 'supervisor', 'admin'],
  'POST /api/tickets/{id}/supervise': ['supervisor', 'admin'],
  // Everyone reads live updates within their own scope (without Accept: text/event-stream the answer is 400).
  'GET /api/live': ALL,
  'POST /api/tickets/{id}/presence': ALL,
  'GET /api/intake/possible-duplicates': INTAKE,
  'GET /api/intake/caller-tickets': INTAKE,
  'GET /api/intake/suggested-units': INTAKE,
  'POST /api/imports/{kind}': ADMIN,
  'GET /api/queues': ALL,
  // SAMPLE view 'overdue': the roles that answer for deadlines (src/modules/queues/queue-views.ts)
  'GET /api/queues/{view}': ['dispatcher', 'unitHandler', 'unitAdmin', 'supervisor', 'leader', 'admin'],
  'GET /api/queues/{view}/export': [
    'dispatcher',
    'unitHandler',
    'unitAdmin',
    'supervisor',
    'leader',
    'admin',
  ],
  'POST /api/queues/{view}/bulk': ['dispatcher', 'reviewer', 'supervisor', 'admin'],
  'GET /api/supervision': ['dispatcher', 'unitAdmin', 'supervisor', 'leader', 'admin'],
  'GET /api/supervision/tickets': ['dispatcher', 'unitAdmin', 'supervisor', 'leader', 'admin'],
  'POST /api/supervision/bulk': ['dispatcher', 'supervisor', 'admin'],
  'GET /api/saved-filters': ALL,
  'POST /api/saved-filters': ALL,
  'DELETE /api/saved-filters/{id}': ALL,
  'GET /api/kb/articles': ALL,
  'POST /api/kb/articles': ['unitHandler', 'unitAdmin', 'admin'],
  'GET /api/kb/articles/due': ['dispatcher', 'reviewer', 'supervisor', 'admin', 'unitHandler', 'unitAdmin'],
  'GET /api/kb/articles/export': ['unitHandler', 'unitAdmin', 'reviewer', 'admin'],
  'POST /api/kb/articles/from-ticket/{ticketId}': ['unitHandler', 'unitAdmin', 'admin'],
  'GET /api/kb/articles/{id}': ALL,
  'PUT /api/kb/articles/{id}': ['unitHandler', 'unitAdmin', 'admin'],
  'POST /api/kb/articles/{id}/{action}': ['unitHandler', 'unitAdmin', 'reviewer', 'admin'],
  'GET /api/kb/articles/{id}/diff': ALL,
  'POST /api/tickets/{id}/attachments': [
    'agent',
    'dispatcher',
    'unitHandler',
    'unitAdmin',
    'reviewer',
    'supervisor',
    'admin',
  ],
  'GET /api/tickets/{id}/attachments': ALL,
  'POST /api/kb/articles/{id}/attachments': ['unitHandler', 'unitAdmin', 'admin'],
  'GET /api/kb/articles/{id}/attachments': ALL,
  'GET /api/attachments/{id}/content': ALL,
  'GET /api/kb/synonyms': ['reviewer', 'admin'],
  'POST /api/kb/synonyms': ['reviewer', 'admin'],
  'PUT /api/kb/synonyms/{id}': ['reviewer', 'admin'],
  'DELETE /api/kb/synonyms/{id}': ['reviewer', 'admin'],
  'POST /api/kb/search/reindex': ['admin'],
  'POST /api/attachments/{id}/withdraw': ALL,
  'GET /api/kb/articles/{id}/usage': ALL,
  'GET /api/kb/usage': ALL,
  'GET /api/kb/search': ALL,
  'GET /api/bulletin': CENTRE,
  'POST /api/bulletin': CENTRE,
  'GET /api/schemes': ALL,
  'POST /api/schemes': ADMIN,
  'GET /api/schemes/{id}': ALL,
  'GET /api/evaluation/units/{code}/score': ALL,
  'GET /api/bulletin/highlights/{number}': CENTRE,
  'GET /api/bulletins': CENTRE,
  'POST /api/bulletins': ['supervisor', 'leader', 'admin'],
  'GET /api/bulletins/{id}': CENTRE,
  'GET /api/bulletins/{id}/document': CENTRE,
  'POST /api/schemes/preview': CENTRE,
  'GET /api/evaluation/rankings': CENTRE,
  'GET /api/evaluation/months': ALL,
  'GET /api/audit': ADMIN,
  'GET /api/dashboard': ROLES.filter((role) => role !== 'unitHandler'),
  'GET /api/dashboard/tickets': ROLES.filter((role) => role !== 'unitHandler'),
  'GET /api/dashboard/channels': ROLES.filter((role) => role !== 'unitHandler'),
  'GET /api/dashboard/export': ROLES.filter((role) => role !== 'unitHandler'),
  // Public, authenticated by its HMAC signature (docs/calls.md): no role is refused, a session opens nothing.
  'GET /api/calls': CENTRE,
  'GET /api/calls/figures': CENTRE,
  'GET /api/calls/missed': CENTRE,
  'POST /api/calls/missed/{id}/callback': ['agent', 'reviewer'],
  'GET /api/calls/linked': ['agent', 'dispatcher', 'reviewer'],
  'GET /api/open311/clients': ADMIN,
  'POST /api/open311/clients': ADMIN,
  'POST /api/open311/clients/{id}/revoke': ADMIN,
  'POST /api/lines/orders': INTAKE,
  'GET /api/lines/orders': CENTRE,
  'GET /api/lines/orders/{line}/{orderNumber}': CENTRE,
  'GET /api/lines/transfers': CENTRE,
  'POST /api/lines/transfers/{id}/outcome': ['agent', 'dispatcher', 'supervisor', 'admin'],
  'GET /api/lines/figures': CENTRE,
  'POST /api/exchange/upper/import': ['dispatcher', 'supervisor', 'admin'],
  'GET /api/exchange/upper/export': ['dispatcher', 'supervisor', 'admin'],
  'GET /api/places': ['admin'],
  'GET /api/places/export': ['admin'],
  'POST /api/places/import': ['admin'],
};

/** Path values that name nothing stored (or nothing a request could harm): the answer is about the role. */
const SAMPLE: Record<string, string> = {
  id: '999999',
  code: 'D1',
  date: '2099-01-01',
  key: 'user:nobody',
  number: 'NO-SUCH-NUMBER',
  kind: 'tickets',
  dictionary: 'urgency',
  alias: 'no-such-alias',
  ticketId: '999999',
  line: '110',
  orderNumber: 'NO-SUCH-ORDER',
  action: 'submit',
  view: 'overdue',
};

const USER_OF_ROLE: Record<Role, string> = {
  agent: 'agent',
  dispatcher: 'dispatcher',
  reviewer: 'reviewer',
  supervisor: 'supervisor',
  leader: 'leader',
  admin: 'admin',
  unitHandler: 'D1',
  unitAdmin: 'd1.admin',
};

describe('the role table over every documented route', () => {
  let ctx: TestContext;
  let logins = 0;
  beforeAll(async () => {
    ctx = await createTestContext();
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: ctx.auth('admin'),
      payload: {
        username: 'd1.admin',
        displayName: '东区单位管理员',
        password: TEST_PASSWORD,
        role: 'unitAdmin',
        unitCode: 'D1',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
  });
  afterAll(async () => ctx.close());

  /**
   * A session per role, reused across routes: each login costs an argon2 verification (deliberately slow), and a
   * thousand of them made this test take a minute. Routes that may end sessions (logout, password changes,
   * account and token actions) get a session of their own so they cannot disturb the next request.
   */
  const sessions = new Map<Role, string>();
  const ENDS_SESSIONS = /\/api\/(auth\/(logout|password)|users\/\{id\}|tokens|security)/;
  async function sessionFor(role: Role, path: string): Promise<string> {
    if (ENDS_SESSIONS.test(path)) return tokenFor(role);
    if (!sessions.has(role)) sessions.set(role, await tokenFor(role));
    return sessions.get(role)!;
  }

  async function tokenFor(role: Role): Promise<string> {
    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: USER_OF_ROLE[role], password: TEST_PASSWORD },
      remoteAddress: `10.1.${ROLES.indexOf(role)}.${logins++ % 250}`,
    });
    expect(login.statusCode, login.body).toBe(200);
    const cookie = login.cookies.find((c) => c.name === 'hotline_session')!;
    return `hotline_session=${cookie.value}`;
  }

  it('admits exactly the roles of the table', async () => {
    const doc = (await ctx.app.inject({ url: '/docs/json' })).json() as { paths: Record<string, object> };
    const routes = Object.entries(doc.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    // Open to everyone: the login, the citizens' FAQ and the citizens' portal (src/modules/portal/portal.test.ts);
    // the CTI webhook takes no session, only its signature (src/modules/calls/cti-events.routes.test.ts).
    const documented = routes.filter(
      (route) =>
        route !== 'POST /api/auth/login' &&
        route !== 'GET /api/public/faq' &&
        route !== 'POST /api/cti/events' &&
        !route.includes(' /api/public/portal/'),
    );
    expect([...documented].sort()).toEqual(Object.keys(ROLE_TABLE).sort());

    const mismatches: string[] = [];
    for (const route of documented) {
      const [method, path] = route.split(' ') as [string, string];
      const url = path.replace(/\{(\w+)\}/g, (_m, name: string) => SAMPLE[name]!);
      const sendsFile = path.includes('import');
      for (const role of ROLES) {
        const send = async (cookie: string) =>
          ctx.app.inject({
            method: method as 'GET',
            url,
            headers: {
              cookie,
              origin: 'http://localhost',
              host: 'localhost',
              ...(method === 'GET' || method === 'DELETE'
                ? {}
                : { 'content-type': sendsFile ? 'text/csv' : 'application/json' }),
            },
            ...(method === 'GET' || method === 'DELETE' ? {} : { payload: sendsFile ? 'a,b\n1,2\n' : '{}' }),
          });
        let answer = await send(await sessionFor(role, path));
        // A cached session may have been ended meanwhile (the oldest beyond MAX_SESSIONS_PER_USER): log in again.
        if (answer.statusCode === 401) {
          sessions.delete(role);
          answer = await send(await sessionFor(role, path));
        }
        const admitted = ROLE_TABLE[route]!.includes(role);
        const refused = answer.statusCode === 403;
        if (answer.statusCode === 401 || admitted === refused)
          mismatches.push(`${route} as ${role}: ${answer.statusCode} ${answer.body.slice(0, 120)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
