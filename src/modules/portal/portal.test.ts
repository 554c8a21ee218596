import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/context.ts';
import { makeTicket } from '../../../test/tickets.ts';
import type { LoggingNotifier } from '../notify/index.ts';
import { PORTAL_DISPLAY_NAME } from './portal.service.ts';

/** A real 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const SVG = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>',
);
const HTML = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>');

function multipart(fileName: string, data: Buffer, type = 'image/png') {
  const boundary = '----portal-test-boundary';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
        `Content-Type: ${type}\r\n\r\n`,
    ),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** The field a refusal names: services name one (`field`), schema validation lists them (`fields`). */
function fieldOf(response: {
  json: () => { error: { details?: { field?: string; fields?: { field: string }[] } } };
}) {
  const details = response.json().error.details;
  return details?.field ?? details?.fields?.[0]?.field;
}

let addressCounter = 0;
/** Each test speaks from its own address, so that the per-address limits of one do not throttle another. */
const freshAddress = () => `10.0.${Math.floor(++addressCounter / 250)}.${addressCounter % 250}`;

describe('citizens’ portal', () => {
  let ctx: TestContext;
  let leafCode: string;
  beforeAll(async () => {
    ctx = await createTestContext('2023-03-01 09:00:00');
    const options = (await ctx.app.inject({ url: '/api/public/portal/options' })).json();
    leafCode = options.categories[0].children[0].children[0].code;
  });
  afterAll(async () => ctx.close());

  const portal = (
    method: 'GET' | 'POST',
    url: string,
    payload?: object,
    headers: Record<string, string> = {},
    remoteAddress = freshAddress(),
  ) =>
    ctx.app.inject({
      method,
      url: `/api/public/portal${url}`,
      remoteAddress,
      headers,
      ...(payload ? { payload } : {}),
    });

  const appeal = (overrides: object = {}) => ({
    appealType: 'complaint',
    categoryCode: leafCode,
    content: '小区门口的路灯已经坏了一个星期，晚上出行很不方便，请尽快维修。',
    name: '李明',
    phone: '13900000001',
    address: '东区幸福路 12 号',
    districtCode: 'D1',
    confidential: false,
    revisitConsent: true,
    photoTokens: [],
    website: '',
    ...overrides,
  });

  async function track(number: string, phone: string): Promise<string> {
    const notifier = ctx.services.notifier as LoggingNotifier;
    const before = notifier.sent().length;
    const sent = await portal('POST', '/track/code', { number, phone });
    expect(sent.statusCode, sent.body).toBe(202);
    const message = notifier
      .sent()
      .slice(before)
      .find((m) => m.phone === phone);
    const code = /验证码为 (\d{6})/.exec(message?.text ?? '')?.[1];
    expect(code).toBeDefined();
    const verified = await portal('POST', '/track/verify', { number, phone, code });
    expect(verified.statusCode, verified.body).toBe(200);
    return verified.json().trackToken;
  }

  it('offers the form’s options without a login', async () => {
    const response = await portal('GET', '/options');
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.appealTypes.map((t: { key: string }) => t.key)).toEqual([
      'consult',
      'help',
      'complaint',
      'report',
      'suggestion',
      'praise',
    ]);
    expect(body.districts).toEqual([
      { code: 'D1', name: '东区' },
      { code: 'D2', name: '西区' },
    ]);
    expect(body.limits).toEqual({
      maxPhotos: 3,
      maxPhotoBytes: 5242880,
      photoTypes: ['image/jpeg', 'image/png', 'image/webp'],
      maxContentChars: 2000,
      maxOpenPerPhone: 5,
    });
  });

  it('finds places by name or pinyin initials', async () => {
    const { createPortalRepository } = await import('./portal.repository.ts');
    await createPortalRepository(ctx.handle.db).insertPlaces([
      {
        name: '人民广场',
        initials: 'rmgc',
        active: 1,
        address: '东区人民路 1 号',
        district_code: 'D1',
        lat: 41.1,
        long: 122.0,
      },
      {
        name: '西区实验小学',
        initials: 'xqsyxx',
        active: 1,
        address: '西区学府路 8 号',
        district_code: 'D2',
        lat: null,
        long: null,
      },
    ]);
    const byName = (await portal('GET', '/places?q=广场')).json();
    expect(byName.places.map((p: { name: string }) => p.name)).toEqual(['人民广场']);
    const byInitials = (await portal('GET', '/places?q=xqsy')).json();
    expect(byInitials.places.map((p: { name: string }) => p.name)).toEqual(['西区实验小学']);
    const byDistrict = (await portal('GET', '/places?district=D2')).json();
    expect(byDistrict.places).toHaveLength(1);
  });

  it('registers an appeal with a photo as a web ticket waiting for dispatch, by the portal’s actor', async () => {
    const address = freshAddress();
    const uploaded = await portal('POST', '/photos', undefined, {}, address);
    expect(uploaded.statusCode).toBe(400);
    const photo = await ctx.app.inject({
      method: 'POST',
      url: '/api/public/portal/photos',
      remoteAddress: address,
      ...multipart('路灯.png', PNG),
    });
    expect(photo.statusCode, photo.body).toBe(201);
    expect(photo.json()).toMatchObject({ name: '路灯.png', size: PNG.length, type: 'image/png' });
    const submitted = await portal(
      'POST',
      '/appeals',
      appeal({ photoTokens: [photo.json().photoToken] }),
      {},
      address,
    );
    expect(submitted.statusCode, submitted.body).toBe(201);
    const { number, trackUrl } = submitted.json();
    expect(trackUrl).toBe(`/portal/track?number=${number}`);

    const ticket = await ctx.services.ticketQueries.getTicketByNumber(ctx.actors.agent!, number);
    expect(ticket).toMatchObject({ channel: 'web', state: 'pendingDispatch', callerPhone: '13900000001' });
    expect(ticket.title).toBe('小区门口的路灯已经坏了一个星期，晚上出行很不方便，请尽快维修');
    const registered = ticket.events[0]!;
    expect(registered.actorName).toBeNull();
    const attachments = await ctx.services.attachments.list(ctx.actors.admin!, {
      kind: 'ticket',
      id: ticket.id,
    });
    expect(attachments.items).toHaveLength(1);
    expect(attachments.items[0]).toMatchObject({ mediaType: 'image/png', uploadedBy: PORTAL_DISPLAY_NAME });
    const audit = await ctx.handle.db
      .selectFrom('audit_log')
      .select(['action', 'actor_username', 'address'])
      .where('target_type', '=', 'ticket')
      .where('target_id', '=', String(ticket.id))
      .where('action', 'in', ['portal.appealSubmitted', 'attachment.added'])
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { action: 'portal.appealSubmitted', actor_username: 'portal', address },
      { action: 'attachment.added', actor_username: 'portal', address },
    ]);

    // A photo token is used once.
    const again = await portal(
      'POST',
      '/appeals',
      appeal({ phone: '13900000011', photoTokens: [photo.json().photoToken] }),
    );
    expect(again.statusCode).toBe(400);
    expect(again.json().error.details.field).toBe('photoTokens');
  });

  it('refuses an SVG with a script and an HTML page renamed .png; serves a real PNG inertly', async () => {
    for (const [name, data] of [
      ['evil.svg', SVG],
      ['evil.png', SVG],
      ['page.png', HTML],
    ] as const) {
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/api/public/portal/photos',
        remoteAddress: freshAddress(),
        ...multipart(name, data),
      });
      expect(response.statusCode, name).toBe(400);
      expect(response.json().error.code).toBe('PORTAL_FILE_TYPE');
      expect(response.json().error.details.field).toBe('file');
    }
    const photo = await ctx.app.inject({
      method: 'POST',
      url: '/api/public/portal/photos',
      remoteAddress: freshAddress(),
      ...multipart('现场.png', PNG),
    });
    const { number } = (
      await portal(
        'POST',
        '/appeals',
        appeal({ phone: '13900000002', photoTokens: [photo.json().photoToken] }),
      )
    ).json();
    const token = await track(number, '13900000002');
    const view = (await portal('GET', `/tickets/${number}`, undefined, { 'x-track-token': token })).json();
    expect(view.photos).toHaveLength(1);
    const image = await portal('GET', `/tickets/${number}/photos/${view.photos[0].id}`, undefined, {
      'x-track-token': token,
    });
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.headers['x-content-type-options']).toBe('nosniff');
    expect(image.headers['content-security-policy']).toContain('sandbox');
    expect(image.headers['content-disposition']).toMatch(/^inline/);
    expect(image.rawPayload.equals(PNG)).toBe(true);
    const noToken = await portal('GET', `/tickets/${number}/photos/${view.photos[0].id}`);
    expect(noToken.statusCode).toBe(401);
  });

  it('refuses a photo over 5 MB, and a body without a file', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]);
    const tooLarge = await ctx.app.inject({
      method: 'POST',
      url: '/api/public/portal/photos',
      remoteAddress: freshAddress(),
      ...multipart('大图.png', big),
    });
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    const json = await portal('POST', '/photos', { file: 'x' });
    expect(json.statusCode).toBe(400);
    expect(fieldOf(json)).toBe('file');
  });

  it('refuses by field: the hidden field, links, repeated characters, control characters, banned words', async () => {
    const cases: [object, string][] = [
      [{ website: 'http://spam.example' }, 'website'],
      [{ content: '详情请看 http://example.com/a 这里有优惠活动' }, 'content'],
      [{ content: '啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊' }, 'content'],
      [{ content: '路灯坏了很久了\u202e请尽快处理一下谢谢' }, 'content'],
      [{ content: '长期代开发票，联系电话在下面请尽快' }, 'content'],
      [{ name: '李www.spam.cn' }, 'name'],
    ];
    for (const [overrides, field] of cases) {
      const response = await portal('POST', '/appeals', appeal({ phone: '13900000003', ...overrides }));
      expect(response.statusCode, JSON.stringify(overrides)).toBe(400);
      expect(response.json().error).toMatchObject({ code: 'PORTAL_CONTENT_REFUSED', details: { field } });
    }
    const short = await portal('POST', '/appeals', appeal({ content: '太短了' }));
    expect(short.statusCode).toBe(400);
    expect(fieldOf(short)).toBe('content');
    const phone = await portal('POST', '/appeals', appeal({ phone: '0411-1234567' }));
    expect(fieldOf(phone)).toBe('phone');
    const thanks = await portal('POST', '/appeals', appeal({ appealType: 'thanks' }));
    expect(fieldOf(thanks)).toBe('appealType');
    const category = await portal('POST', '/appeals', appeal({ categoryCode: '不存在的分类' }));
    expect(fieldOf(category)).toBe('categoryCode');
    const tickets = await ctx.services.ticketQueries.listTickets(ctx.actors.agent!, {
      q: '13900000003',
      page: 1,
      pageSize: 20,
    });
    expect(tickets.total).toBe(0);
  });

  it('stores what a citizen writes as text, markup included', async () => {
    const content = '<img src=x onerror=alert(1)> 小区门口有人乱倒垃圾，<b>请处理</b>';
    const submitted = await portal('POST', '/appeals', appeal({ phone: '13900000004', content }));
    expect(submitted.statusCode, submitted.body).toBe(201);
    const ticket = await ctx.services.ticketQueries.getTicketByNumber(
      ctx.actors.admin!,
      submitted.json().number,
    );
    expect(ticket.content).toBe(content);
  });

  it('throttles one phone, and caps its open tickets at five', async () => {
    const phone = '13900000005';
    for (let i = 0; i < 3; i++)
      expect((await portal('POST', '/appeals', appeal({ phone }))).statusCode).toBe(201);
    const throttled = await portal('POST', '/appeals', appeal({ phone }));
    expect(throttled.statusCode).toBe(429);
    expect(throttled.json().error.code).toBe('PORTAL_PHONE_THROTTLED');
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    ctx.clock.advance(11 * 60 * 1000);
    for (let i = 0; i < 2; i++)
      expect((await portal('POST', '/appeals', appeal({ phone }))).statusCode).toBe(201);
    ctx.clock.advance(11 * 60 * 1000);
    const capped = await portal('POST', '/appeals', appeal({ phone }));
    expect(capped.statusCode, capped.body).toBe(409);
    expect(capped.json().error.code).toBe('PORTAL_TOO_MANY_OPEN');
  });

  it('throttles one address on the writing routes with 429 and Retry-After', async () => {
    const address = freshAddress();
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 21; i++) {
      last = await portal(
        'POST',
        '/track/code',
        { number: '20230301000000', phone: '13900000099' },
        {},
        address,
      );
      statuses.push(last.statusCode);
    }
    expect(statuses.slice(0, 20).every((s) => s === 202)).toBe(true);
    expect(last!.statusCode).toBe(429);
    expect(last!.headers['retry-after']).toBeDefined();
    expect(last!.json().error.message).toMatch(/请求过于频繁/);
    // Another address is not affected.
    expect((await portal('POST', '/track/code', { number: '1', phone: '13900000099' })).statusCode).toBe(202);
  });

  it('answers the code request the same whether or not number and phone match; codes are single-use', async () => {
    const notifier = ctx.services.notifier as LoggingNotifier;
    const { number } = (await portal('POST', '/appeals', appeal({ phone: '13900000006' }))).json();
    const before = notifier.sent().length;
    const wrongPhone = await portal('POST', '/track/code', { number, phone: '13900000007' });
    const noTicket = await portal('POST', '/track/code', { number: '20990101999999', phone: '13900000006' });
    for (const response of [wrongPhone, noTicket]) {
      expect(response.statusCode).toBe(202);
      expect(response.json()).toEqual({ sent: true, expiresInSeconds: 300 });
    }
    expect(notifier.sent().length).toBe(before);

    const right = await portal('POST', '/track/code', { number, phone: '13900000006' });
    expect(right.json()).toEqual({ sent: true, expiresInSeconds: 300 });
    expect(notifier.sent().length).toBe(before + 1);
    // A second code within a minute is not sent, and the answer does not say so.
    expect((await portal('POST', '/track/code', { number, phone: '13900000006' })).json()).toEqual(
      right.json(),
    );
    expect(notifier.sent().length).toBe(before + 1);
    const code = /验证码为 (\d{6})/.exec(notifier.sent().at(-1)!.text)![1]!;
    const wrongCode = code === '000000' ? '111111' : '000000';
    const bad = await portal('POST', '/track/verify', { number, phone: '13900000006', code: wrongCode });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'PORTAL_CODE_INVALID', details: { field: 'code' } });
    const good = await portal('POST', '/track/verify', { number, phone: '13900000006', code });
    expect(good.statusCode).toBe(200);
    expect(good.json().trackToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const reused = await portal('POST', '/track/verify', { number, phone: '13900000006', code });
    expect(reused.statusCode).toBe(400);

    // The token opens this ticket only.
    const other = (await portal('POST', '/appeals', appeal({ phone: '13900000008' }))).json();
    const elsewhere = await portal('GET', `/tickets/${other.number}`, undefined, {
      'x-track-token': good.json().trackToken,
    });
    expect(elsewhere.statusCode).toBe(401);
    expect(elsewhere.json().error.code).toBe('PORTAL_TRACK_TOKEN');
    // It expires after 30 minutes.
    expect(
      (await portal('GET', `/tickets/${number}`, undefined, { 'x-track-token': good.json().trackToken }))
        .statusCode,
    ).toBe(200);
    ctx.clock.advance(31 * 60 * 1000);
    expect(
      (await portal('GET', `/tickets/${number}`, undefined, { 'x-track-token': good.json().trackToken }))
        .statusCode,
    ).toBe(401);
  });

  it('burns a code after five wrong tries', async () => {
    const notifier = ctx.services.notifier as LoggingNotifier;
    const { number } = (await portal('POST', '/appeals', appeal({ phone: '13900000009' }))).json();
    await portal('POST', '/track/code', { number, phone: '13900000009' });
    const code = /验证码为 (\d{6})/.exec(notifier.sent().at(-1)!.text)![1]!;
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++)
      await portal('POST', '/track/verify', { number, phone: '13900000009', code: wrong });
    const late = await portal('POST', '/track/verify', { number, phone: '13900000009', code });
    expect(late.statusCode).toBe(400);
  });

  it('shows the timeline without internal notes, staff names or send-back requests; rates like a phone revisit', async () => {
    const phone = '13900000010';
    const { number } = (await portal('POST', '/appeals', appeal({ phone }))).json();
    const { id } = await ctx.services.ticketQueries.getTicketByNumber(ctx.actors.admin!, number);
    const run = (user: string, command: object) =>
      ctx.services.tickets.execute(ctx.actors[user]!, id, null, command as never);
    await run('dispatcher', {
      type: 'dispatch',
      leadUnitCode: 'D1-G1',
      supportUnitCodes: [],
      note: '内部备注：请王科长盯紧',
    });
    await run('D1-G1', { type: 'requestSendBack', unitCode: 'D1-G1', reason: '退回理由：不属于住建局职责' });
    await run('dispatcher', { type: 'ruleSendBack', approve: false, note: '驳回退回：属于住建局' });
    await run('D1-G1', { type: 'acknowledge', unitCode: 'D1-G1' });
    await run('supervisor', { type: 'supervise', note: '督办意见：限期办理' });
    await run('D1-G1', { type: 'submitFeedback', unitCode: 'D1-G1', content: '已更换路灯灯泡，恢复照明。' });
    await run('reviewer', { type: 'review', accept: true, note: '审核备注：反馈属实' });

    const token = await track(number, phone);
    const response = await portal('GET', `/tickets/${number}`, undefined, { 'x-track-token': token });
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json();
    expect(view).toMatchObject({
      number,
      state: 'pendingRevisit',
      stateLabel: '已答复',
      appealType: '投诉',
      result: '已更换路灯灯泡，恢复照明。',
      canRate: true,
      rating: null,
    });
    expect(view.timeline.map((e: { label: string }) => e.label)).toEqual([
      '受理',
      '转交东区住房和城乡建设局',
      '单位已签收',
      '办理结果',
    ]);
    for (const secret of [
      '内部备注',
      '退回理由',
      '驳回退回',
      '督办意见',
      '审核备注',
      'dispatcher',
      'reviewer',
      'supervisor',
      'D1-G1',
      'portal',
    ])
      expect(response.body).not.toContain(secret);

    // The same ticket rated by phone in a second city gives the same 满意率 as the portal rating here.
    const before = await d1Figures(ctx);
    const rated = await portal(
      'POST',
      `/tickets/${number}/rating`,
      { satisfaction: 'basic', solved: 'partly' },
      {
        'x-track-token': token,
      },
    );
    expect(rated.statusCode, rated.body).toBe(200);
    expect(rated.json()).toMatchObject({
      state: 'completed',
      canRate: false,
      rating: { satisfaction: 'basic', solved: 'partly' },
    });
    expect(rated.json().timeline.at(-2)).toMatchObject({
      label: '回访/评价',
      text: '网上评价，满意度：基本满意，解决情况：部分解决',
    });
    const after = await d1Figures(ctx);
    expect(after.satisfaction.denominator).toBe(before.satisfaction.denominator + 1);
    expect(after.dashboard.denominator).toBe(before.dashboard.denominator + 1);

    const ticket = await ctx.services.ticketQueries.getTicket(ctx.actors.admin!, id);
    const revisited = ticket.events.find((e) => e.type === 'revisited')!;
    expect(revisited.data).toMatchObject({ channel: 'online', reached: true, satisfaction: 'basic' });

    const closed = await portal(
      'POST',
      `/tickets/${number}/rating`,
      { satisfaction: 'satisfied', solved: 'solved' },
      {
        'x-track-token': token,
      },
    );
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.code).toBe('PORTAL_RATING_CLOSED');

    const phoneCtx = await createTestContext('2023-03-01 09:00:00');
    try {
      const other = await makeTicket(phoneCtx, 'pendingRevisit', { channel: 'web', districtCode: 'D1' });
      const phoneBefore = await d1Figures(phoneCtx);
      await phoneCtx.services.tickets.execute(phoneCtx.actors.reviewer!, other, null, {
        type: 'revisit',
        reached: true,
        satisfaction: 'basic',
        solved: 'partly',
        note: null,
      });
      const phoneAfter = await d1Figures(phoneCtx);
      type Figures = Awaited<ReturnType<typeof d1Figures>>;
      const delta = (a: Figures, b: Figures) => ({
        numerator: b.satisfaction.numerator - a.satisfaction.numerator,
        denominator: b.satisfaction.denominator - a.satisfaction.denominator,
        dashboardNumerator: b.dashboard.numerator - a.dashboard.numerator,
        dashboardDenominator: b.dashboard.denominator - a.dashboard.denominator,
      });
      expect(delta(before, after)).toEqual(delta(phoneBefore, phoneAfter));
      const phoneTicket = await phoneCtx.services.ticketQueries.getTicket(phoneCtx.actors.admin!, other);
      expect(phoneTicket.events.find((e) => e.type === 'revisited')!.data).toMatchObject({
        channel: 'phone',
      });
    } finally {
      await phoneCtx.close();
    }
  });
});

/**
 * The district D1's 满意率 for March 2023, as the evaluation ranks it and as the dashboard shows it (D1 covers
 * its grassroots units).
 */
async function d1Figures(ctx: TestContext) {
  const rankings = await ctx.services.evaluation.rankings(ctx.actors.leader!, {
    from: '2023-03-01',
    to: '2023-03-31',
  });
  const ranked = rankings.groups.flatMap((g) => g.rows).find((r) => r.unitCode === 'D1');
  const overview = await ctx.services.dashboard.overview(ctx.actors.leader!, {
    from: '2023-03-01',
    to: '2023-03-31',
    granularity: 'day',
  });
  const shown = overview.districts.find((r) => r.unitCode === 'D1');
  expect(ranked).toBeDefined();
  expect(shown).toBeDefined();
  return { satisfaction: ranked!.satisfaction, dashboard: shown!.satisfaction };
}
