// Open311 GeoReport v2 over real HTTP: the server listens on a free port and every endpoint is called with
// fetch, in XML and in JSON, and each answer is checked against the fields GeoReport v2 requires of it
// (docs/open311.md). The import below names test/context.ts by its path from the repository root so that the
// suite runs on both databases (vitest.config.ts picks database tests by that path).
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHttpApp, type App } from '../src/app/http-app.ts';
import { createTestContext, type TestContext } from '../test/context.ts';
import { makeTicket } from './tickets.ts';

type Format = 'xml' | 'json';
type Doc = Record<string, unknown>;

/** GeoReport v2's required fields, per kind of object (open311/schema-validation, the spec's tables). */
const REQUIRED = {
  discovery: ['changeset', 'contact', 'key_service', 'endpoints'],
  endpoint: ['specification', 'url', 'changeset', 'type', 'formats'],
  service: ['service_code', 'service_name', 'metadata', 'type'],
  serviceDefinition: ['service_code', 'attributes'],
  attribute: ['variable', 'code', 'datatype', 'required'],
  request: ['service_request_id', 'status', 'service_code', 'requested_datetime'],
  created: ['service_request_id', 'token'],
  token: ['token', 'service_request_id'],
  error: ['code', 'description'],
} as const;

function expectRequired(object: unknown, kind: keyof typeof REQUIRED): void {
  expect(object, kind).toBeTypeOf('object');
  for (const field of REQUIRED[kind]) {
    const value = (object as Doc)[field];
    expect(value, `${kind}.${field}`).not.toBeUndefined();
    expect(value, `${kind}.${field}`).not.toBe('');
    expect(value, `${kind}.${field}`).not.toBeNull();
  }
}

// In XML a list is an element holding one element per item: these are the items' names.
const LISTS: Record<string, string> = {
  services: 'service',
  service_requests: 'request',
  errors: 'error',
  attributes: 'attribute',
  values: 'value',
  endpoints: 'endpoint',
  formats: 'format',
};
const ITEMS = new Set(Object.values(LISTS));
const xmlParser = new XMLParser({
  parseTagValue: false,
  ignoreDeclaration: true,
  isArray: (name) => ITEMS.has(name),
});

/** An XML answer in the JSON answer's shape, every scalar as text (XML has no other kind). */
function fromXml(text: string): unknown {
  const parsed = xmlParser.parse(text) as Doc;
  const [root] = Object.keys(parsed);
  const unwrap = (value: unknown, name: string): unknown => {
    if (LISTS[name]) {
      const items = value === '' ? [] : ((value as Doc)[LISTS[name]] as unknown[]);
      return items.map((item) => (LISTS[name] === 'format' ? item : unwrapObject(item)));
    }
    return unwrapObject(value);
  };
  const unwrapObject = (value: unknown): unknown =>
    typeof value === 'object' && value !== null
      ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key, unwrap(item, key)]))
      : value;
  return unwrap(parsed[root!], root!) ?? {};
}

/** The JSON answer with every scalar as XML writes it: null as empty, booleans and numbers as text. */
function asXmlText(value: unknown): unknown {
  if (value === null) return '';
  if (Array.isArray(value)) return value.map(asXmlText);
  if (typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asXmlText(v)]));
  return String(value);
}

describe('Open311 GeoReport v2 over HTTP', () => {
  let ctx: TestContext;
  let app: App;
  let base: string;
  let apiKey: string;
  let wechatKey: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    // The tests send more than the default 60 public requests a minute; the limit has a test of its own below.
    app = await buildHttpApp(ctx.services, {
      logLevel: 'silent',
      secureCookies: false,
      version: 'test',
      publicPerMinute: 10_000,
    });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    apiKey = (await createClient('城管通 App')).apiKey;
    wechatKey = (await createClient('微信城市服务', 'wechat')).apiKey;
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
  });

  async function createClient(name: string, channel?: string): Promise<{ id: number; apiKey: string }> {
    const response = await fetch(`${base}/api/open311/clients`, {
      method: 'POST',
      headers: { ...ctx.auth('admin'), 'content-type': 'application/json' },
      body: JSON.stringify({ name, ...(channel ? { channel } : {}) }),
    });
    expect(response.status).toBe(201);
    return (await response.json()) as { id: number; apiKey: string };
  }

  /** GET in one format: status, content type, XML declaration, and the answer in the JSON shape. */
  async function get(path: string, format: Format): Promise<{ status: number; body: unknown; text: string }> {
    const response = await fetch(`${base}/open311/v2/${path.replace('{f}', format)}`);
    return read(response, format);
  }

  async function read(response: Response, format: Format) {
    const text = await response.text();
    if (format === 'xml') {
      expect(response.headers.get('content-type')).toBe('text/xml; charset=utf-8');
      expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
      return { status: response.status, body: fromXml(text), text };
    }
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    return { status: response.status, body: JSON.parse(text) as unknown, text };
  }

  /** GET in both formats: the same status, the same document (XML is the JSON written as text). */
  async function getBoth(path: string): Promise<{ status: number; json: unknown; xml: unknown }> {
    const json = await get(path, 'json');
    const xml = await get(path, 'xml');
    expect(xml.status).toBe(json.status);
    expect(xml.body).toEqual(asXmlText(json.body));
    return { status: json.status, json: json.body, xml: xml.body };
  }

  async function post(fields: Record<string, string | string[]>, format: Format = 'json') {
    const form = new URLSearchParams();
    for (const [key, value] of Object.entries(fields))
      for (const item of Array.isArray(value) ? value : [value]) form.append(key, item);
    const response = await fetch(`${base}/open311/v2/requests.${format}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    return read(response, format);
  }

  /** An error answer, in both formats where the request is a GET: GeoReport's error array with the status. */
  function expectErrors(body: unknown, status: number, mentions?: string): void {
    expect(Array.isArray(body)).toBe(true);
    const errors = body as Doc[];
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      expectRequired(error, 'error');
      expect(String(error.code)).toBe(String(status));
    }
    if (mentions) expect(errors.map((e) => e.description).join(' ')).toContain(mentions);
  }

  async function expectGetError(path: string, status: number, mentions?: string): Promise<void> {
    for (const format of ['json', 'xml'] as const) {
      const answer = await get(path, format);
      expect(answer.status, `${format} ${path}`).toBe(status);
      expectErrors(answer.body, status, mentions);
    }
  }

  const LAMP = {
    service_code: '030301',
    lat: '31.2304',
    long: '121.4737',
    description: '兴盛路 12 号门前路灯整晚不亮',
    'attribute[pole_number]': 'XS-0231',
    first_name: '秀英',
    last_name: '王',
    phone: '13812345678',
    email: 'wang@example.cn',
    media_url: 'https://img.example.cn/lamp.jpg',
  };

  it('answers service discovery with its endpoint and formats', async () => {
    const { status, json, xml } = await getBoth('discovery.{f}');
    expect(status).toBe(200);
    for (const body of [json, xml]) {
      expectRequired(body, 'discovery');
      const [endpoint] = (body as { endpoints: Doc[] }).endpoints;
      expectRequired(endpoint, 'endpoint');
      expect(endpoint!.url).toBe(`${base}/open311/v2`);
      expect(endpoint!.formats).toEqual(['text/xml', 'application/json']);
    }
  });

  it('lists the active leaf categories as services, with group, keywords and metadata', async () => {
    const { status, json, xml } = await getBoth('services.{f}');
    expect(status).toBe(200);
    for (const body of [json, xml]) {
      const services = body as Doc[];
      expect(services.length).toBeGreaterThan(20);
      services.forEach((service) => expectRequired(service, 'service'));
    }
    const services = json as Doc[];
    expect(services.find((s) => s.service_code === '030301')).toMatchObject({
      service_name: '路灯不亮',
      group: '城市管理',
      metadata: true,
      type: 'realtime',
    });
    expect(services.find((s) => s.service_code === '010101')).toMatchObject({
      metadata: false,
      keywords: '暖气不热,室温低',
    });
    // Only leaves: a first-level category is a group, not a service.
    expect(services.some((s) => s.service_code === '030000' || s.service_code === '030300')).toBe(false);
  });

  it('defines a service with its attributes', async () => {
    const { status, json, xml } = await getBoth('services/030302.{f}');
    expect(status).toBe(200);
    for (const body of [json, xml]) {
      expectRequired(body, 'serviceDefinition');
      const attributes = (body as { attributes: Doc[] }).attributes;
      expect(attributes.map((a) => a.code)).toEqual(['cover_number', 'cover_state']);
      attributes.forEach((attribute) => expectRequired(attribute, 'attribute'));
    }
    const state = (json as { attributes: Doc[] }).attributes[1]!;
    expect(state).toMatchObject({ datatype: 'singlevaluelist', required: false, order: 2 });
    expect((state.values as Doc[]).map((v) => v.key)).toEqual(['missing', 'broken', 'displaced']);
    const plain = await getBoth('services/010101.{f}');
    expect(plain.json).toEqual({ service_code: '010101', attributes: [] });
  });

  it('refuses unknown services, formats and jurisdictions in the error array', async () => {
    await expectGetError('services/888888.{f}', 404, '888888');
    await expectGetError('services/030300.{f}', 404);
    await expectGetError('services.{f}?jurisdiction_id=elsewhere.gov', 404, 'jurisdiction_id');
    const same = await get(`services.json?jurisdiction_id=12345.local`, 'json');
    expect(same.status).toBe(200);
    const csv = await fetch(`${base}/open311/v2/services.csv`);
    expect(csv.status).toBe(404);
    expect(await csv.text()).toContain('<errors><error><code>404</code>');
  });

  it('registers a POSTed request as a ticket waiting for dispatch, with the client channel and a token', async () => {
    const created = await post({ api_key: apiKey, ...LAMP });
    expect(created.status).toBe(200);
    const [answer] = created.body as Doc[];
    expectRequired(answer, 'created');
    const number = String(answer!.service_request_id);

    const ticket = await fetch(`${base}/api/tickets/by-number/${number}`, { headers: ctx.auth('agent') });
    const detail = (await ticket.json()) as Doc;
    expect(detail).toMatchObject({
      state: 'pendingDispatch',
      channel: 'app',
      appealType: 'help',
      categoryCode: '030301',
      callerName: '王秀英',
      callerPhone: '13812345678',
    });
    expect(detail.content).toContain('灯杆编号（灯杆上喷涂或挂牌的编号）：XS-0231');

    const token = await getBoth(`tokens/${String(answer!.token)}.{f}`);
    expect(token.status).toBe(200);
    for (const body of [token.json, token.xml]) expectRequired((body as Doc[])[0], 'token');
    expect((token.json as Doc[])[0]!.service_request_id).toBe(number);

    const one = await getBoth(`requests/${number}.{f}`);
    expect(one.status).toBe(200);
    for (const body of [one.json, one.xml]) expectRequired((body as Doc[])[0], 'request');
    expect((one.json as Doc[])[0]).toMatchObject({
      service_request_id: number,
      status: 'open',
      status_notes: '诉求已受理，等待派往承办单位',
      service_name: '路灯不亮',
      description: LAMP.description,
      lat: 31.2304,
      long: 121.4737,
      media_url: LAMP.media_url,
      requested_datetime: '2023-03-01T09:00:00+08:00',
    });
    // What a citizen gave to be called back on is not published.
    for (const format of ['json', 'xml'] as const) {
      const { text } = await get(`requests/${number}.{f}`, format);
      expect(text).not.toContain('13812345678');
      expect(text).not.toContain('wang@example.cn');
      expect(text).not.toContain('王秀英');
    }
  });

  it('accepts an XML submission located by address only, carrying its own client channel', async () => {
    const created = await post(
      {
        api_key: wechatKey,
        service_code: '030302',
        address_string: '东区兴盛街道幸福路与和平路交叉口',
        'attribute[cover_state]': 'missing',
      },
      'xml',
    );
    expect(created.status).toBe(200);
    const [answer] = created.body as Doc[];
    expectRequired(answer, 'created');
    const detail = (await (
      await fetch(`${base}/api/tickets/by-number/${String(answer!.service_request_id)}`, {
        headers: ctx.auth('agent'),
      })
    ).json()) as Doc;
    expect(detail).toMatchObject({
      channel: 'wechat',
      state: 'pendingDispatch',
      address: '东区兴盛街道幸福路与和平路交叉口',
    });
    expect(detail.content).toContain('井盖状况：缺失');
  });

  it('refuses a submission without a valid api_key with 403', async () => {
    const { api_key: _none, ...withoutKey } = { api_key: '', ...LAMP };
    for (const format of ['json', 'xml'] as const) {
      const missing = await post({ ...withoutKey, description: `无密钥 ${format}` }, format);
      expect(missing.status).toBe(403);
      expectErrors(missing.body, 403, 'api_key');
      const unknown = await post(
        { ...LAMP, api_key: 'o311_not-a-key', description: `错误密钥 ${format}` },
        format,
      );
      expect(unknown.status).toBe(403);
      expectErrors(unknown.body, 403, 'api_key');
    }
    const revoked = await createClient('已停用的应用');
    const revoke = await fetch(`${base}/api/open311/clients/${revoked.id}/revoke`, {
      method: 'POST',
      headers: ctx.auth('admin'),
    });
    expect(revoke.status).toBe(200);
    const refused = await post({ ...LAMP, api_key: revoked.apiKey, description: '吊销后提交' });
    expect(refused.status).toBe(403);
  });

  it('refuses bad submissions with 400, naming each field, and writes nothing', async () => {
    const before = (await get('requests.json', 'json')).body as Doc[];
    const cases: [Record<string, string | string[]>, string][] = [
      [{ ...LAMP, service_code: '888888' }, 'service_code'],
      [{ ...LAMP, service_code: '' }, 'service_code'],
      [{ ...LAMP, lat: '91.5' }, 'lat'],
      [{ ...LAMP, long: 'east' }, 'long'],
      [{ ...LAMP, lat: '' }, 'lat/long'],
      [{ service_code: '030301', description: '没有位置' }, '位置'],
      [{ ...LAMP, 'attribute[colour]': 'red' }, 'attribute[colour]'],
      [{ ...LAMP, service_code: '030302', 'attribute[cover_state]': 'stolen' }, 'attribute[cover_state]'],
      [{ ...LAMP, phone: 'call me' }, 'phone'],
      [{ ...LAMP, media_url: 'javascript:alert(1)' }, 'media_url'],
      [{ ...LAMP, email: 'not-an-email' }, 'email'],
    ];
    for (const [fields, field] of cases) {
      for (const format of ['json', 'xml'] as const) {
        const answer = await post({ api_key: apiKey, ...fields }, format);
        expect(answer.status, `${field} ${format}`).toBe(400);
        expectErrors(answer.body, 400, field);
      }
    }
    const twoProblems = await post({ api_key: apiKey, ...LAMP, lat: '200', phone: 'x' });
    expect((twoProblems.body as Doc[]).length).toBe(2);
    const wrongPlace = await post({ api_key: apiKey, ...LAMP, jurisdiction_id: 'elsewhere.gov' });
    expect(wrongPlace.status).toBe(404);
    expect(((await get('requests.json', 'json')).body as Doc[]).length).toBe(before.length);
  });

  it('refuses the same submission from the same client within 60 seconds', async () => {
    const fields = { api_key: apiKey, ...LAMP, description: '同一盏灯，提交两次' };
    expect((await post(fields)).status).toBe(200);
    const again = await post(fields);
    expect(again.status).toBe(400);
    expectErrors(again.body, 400, '重复提交');
    // Another client may report the same lamp; and the same client may again a minute later.
    expect((await post({ ...fields, api_key: wechatKey })).status).toBe(200);
    ctx.clock.advance(61_000);
    expect((await post(fields)).status).toBe(200);
  });

  it('lists requests of the last 90 days, filtered, in both formats, without confidential tickets', async () => {
    const phoneTicket = await makeTicket(ctx, 'dispatched');
    const answered = await makeTicket(ctx, 'answered', { category: '030303' });
    await makeTicket(ctx, 'registered', { confidential: true, title: '保密件不应公开' });
    const numbers = await Promise.all(
      [phoneTicket, answered].map(async (id) => {
        const detail = await fetch(`${base}/api/tickets/${id}`, { headers: ctx.auth('agent') });
        return ((await detail.json()) as { number: string }).number;
      }),
    );

    const all = await getBoth('requests.{f}');
    expect(all.status).toBe(200);
    for (const body of [all.json, all.xml])
      (body as Doc[]).forEach((request) => expectRequired(request, 'request'));
    const list = all.json as Doc[];
    expect(list.some((r) => r.description === '保密件不应公开')).toBe(false);
    const dispatched = list.find((r) => r.service_request_id === numbers[0])!;
    expect(dispatched).toMatchObject({
      status: 'open',
      status_notes: '已派往承办单位，等待签收',
      agency_responsible: '东区',
      description: '幸福小区室温不达标',
      address: null,
    });
    expect(dispatched.expected_datetime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
    // A phone caller's words, address and number stay inside the centre.
    expect(JSON.stringify(list)).not.toContain('幸福小区3号楼');
    expect(JSON.stringify(list)).not.toContain('王秀英');

    const closed = (await getBoth('requests.{f}?status=closed')).json as Doc[];
    expect(closed.map((r) => r.service_request_id)).toEqual([numbers[1]]);
    expect(closed[0]).toMatchObject({ status: 'closed', status_notes: '热线中心已直接答复' });
    const open = (await getBoth('requests.{f}?status=open')).json as Doc[];
    expect(open.some((r) => r.status === 'closed')).toBe(false);

    const byCode = (await getBoth('requests.{f}?service_code=030302,030303')).json as Doc[];
    expect(new Set(byCode.map((r) => r.service_code))).toEqual(new Set(['030302', '030303']));

    const byIds = (await getBoth(`requests.{f}?service_request_id=${numbers.join(',')}`)).json as Doc[];
    expect(byIds.map((r) => r.service_request_id).sort()).toEqual([...numbers].sort());

    const inRange = await getBoth(
      'requests.{f}?start_date=2023-02-28T00:00:00%2B08:00&end_date=2023-03-02T00:00:00Z',
    );
    expect((inRange.json as Doc[]).length).toBe(list.length);
    const before = await getBoth(
      'requests.{f}?start_date=2022-12-01T00:00:00Z&end_date=2023-02-01T00:00:00Z',
    );
    expect(before.json).toEqual([]);
  });

  it('refuses a range over 90 days, bad dates and unknown filters with 400', async () => {
    await expectGetError(
      'requests.{f}?start_date=2022-12-01T00:00:00Z&end_date=2023-03-02T00:00:00Z',
      400,
      '90',
    );
    await expectGetError('requests.{f}?start_date=2022-11-30T00:00:00Z', 400, '90');
    await expectGetError('requests.{f}?start_date=2023-03-01', 400, 'start_date');
    await expectGetError('requests.{f}?start_date=2023-03-02T00:00:00Z&end_date=2023-03-01T00:00:00Z', 400);
    await expectGetError('requests.{f}?status=pending', 400, 'status');
    await expectGetError('requests.{f}?service_code=888888', 400, 'service_code');
    const exactly90 = await get(
      'requests.json?start_date=2022-12-01T00:00:00Z&end_date=2023-03-01T00:00:00Z',
      'json',
    );
    expect(exactly90.status).toBe(200);
  });

  it('answers 404 for an unknown request or token', async () => {
    await expectGetError('requests/20990101088888899.{f}', 404, '20990101088888899');
    await expectGetError('tokens/no-such-token.{f}', 404, 'no-such-token');
  });

  it('keeps deny by default outside the GeoReport paths, and the key administration to admins', async () => {
    const unknown = await fetch(`${base}/open311/v2/nothing-here.xml`);
    expect(unknown.status).toBe(404);
    expect((await fetch(`${base}/api/open311/clients`)).status).toBe(401);
    const agent = await fetch(`${base}/api/open311/clients`, { headers: ctx.auth('agent') });
    expect(agent.status).toBe(403);
    const list = (await (
      await fetch(`${base}/api/open311/clients`, { headers: ctx.auth('admin') })
    ).json()) as Doc[];
    expect(list.map((c) => c.name)).toEqual(['城管通 App', '微信城市服务', '已停用的应用']);
    expect(list[0]).toMatchObject({ channel: 'app', revokedAt: null });
    expect(JSON.stringify(list)).not.toContain(apiKey);
    expect(list[0]!.lastUsedAt).not.toBeNull();
    const audit = await ctx.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'open311Client.%')
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual([
      'open311Client.created',
      'open311Client.created',
      'open311Client.created',
      'open311Client.revoked',
    ]);
  });

  it("applies the 'public' rate limit per address, answering in the error array", async () => {
    const limited = await buildHttpApp(ctx.services, {
      logLevel: 'silent',
      secureCookies: false,
      version: 'test',
      publicPerMinute: 2,
    });
    try {
      const url = await limited.listen({ port: 0, host: '127.0.0.1' });
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await fetch(`${url}/open311/v2/services.xml`)).status);
      expect(statuses).toEqual([200, 200, 429]);
      const refused = await fetch(`${url}/open311/v2/services.json`);
      expectErrors(await refused.json(), 429);
    } finally {
      await limited.close();
    }
  });
});
