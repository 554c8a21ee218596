import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/context.ts';
import { makeTicket } from '../../../test/tickets.ts';
import { buildHttpApp, type App } from '../../app/http-app.ts';
import { createServices } from '../../app/services.ts';
import { signCtiBody } from './index.ts';

const SECRET = 'test-cti-secret-0123456789';
const DAY = '2023-03-01';

type Event = Record<string, unknown> & { eventId: string; callId: string; type: string; at: string };
const at = (time: string, day = DAY) => `${day}T${time}+08:00`;

/** One call's events: offered, queued, answered after `waitS` seconds by `agent`, ended. */
function answeredCall(
  callId: string,
  time: string,
  waitS: number,
  agent: string,
  caller: string,
  day = DAY,
): Event[] {
  const offered = new Date(at(time, day)).getTime();
  const iso = (offsetS: number) => new Date(offered + offsetS * 1000).toISOString();
  return [
    { eventId: `${callId}-1`, callId, type: 'offered', at: iso(0), caller },
    { eventId: `${callId}-2`, callId, type: 'queued', at: iso(1), caller },
    { eventId: `${callId}-3`, callId, type: 'answered', at: iso(waitS), agent },
    { eventId: `${callId}-4`, callId, type: 'ended', at: iso(waitS + 180) },
  ];
}

function abandonedCall(callId: string, time: string, caller: string, day = DAY): Event[] {
  const offered = new Date(at(time, day)).getTime();
  const iso = (offsetS: number) => new Date(offered + offsetS * 1000).toISOString();
  return [
    { eventId: `${callId}-1`, callId, type: 'offered', at: iso(0), caller },
    { eventId: `${callId}-2`, callId, type: 'abandoned', at: iso(40) },
  ];
}

describe('CTI events, call figures and missed-call callbacks', () => {
  let ctx: TestContext;
  let app: App;
  const now = () => String(Math.floor(ctx.clock.now().getTime() / 1000));

  const send = (
    event: unknown,
    options: { secret?: string; timestamp?: string; signature?: string } = {},
  ) => {
    const body = Buffer.from(JSON.stringify(event));
    const timestamp = options.timestamp ?? now();
    return app.inject({
      method: 'POST',
      url: '/api/cti/events',
      headers: {
        'content-type': 'application/json',
        'x-hotline-timestamp': timestamp,
        'x-hotline-signature': options.signature ?? signCtiBody(options.secret ?? SECRET, timestamp, body),
      },
      payload: body,
    });
  };
  const sendAll = async (events: readonly Event[]) => {
    for (const event of events) {
      const response = await send(event);
      expect(response.statusCode, response.body).toBe(200);
    }
  };
  const get = (url: string, user = 'supervisor') =>
    app.inject({ method: 'GET', url, headers: ctx.auth(user) });
  const dayFigures = async (from: string, to = from) =>
    (await get(`/api/calls/figures?from=${from}&to=${to}&by=day`)).json() as {
      buckets: {
        key: string;
        offered: number;
        answered: number;
        answeredWithin15s: number;
        abandoned: number;
      }[];
      total: { offered: number; answered: number; answerRate: number | null; promptRate: number | null };
    };
  const rollups = async (from: string, to = from) =>
    (await ctx.services.calls.listDays(from, to)).map(({ day, offered, answered, answeredWithin15s }) => ({
      key: day,
      offered,
      answered,
      answeredWithin15s,
    }));
  const missed = async (user = 'agent') =>
    (await get('/api/calls/missed?days=7', user)).json() as {
      items: {
        id: number;
        callNumber: string;
        callerNumber: string;
        attempts: number;
        lastAttemptAt: string | null;
      }[];
      total: number;
      canRecord: boolean;
      maxAttempts: number;
    };

  beforeAll(async () => {
    ctx = await createTestContext(`${DAY} 12:00:00`);
    // The same database and clock, served with a CTI secret configured.
    const services = createServices({ db: ctx.handle.db, clock: ctx.clock, ctiSecret: SECRET });
    app = await buildHttpApp(services, { logLevel: 'silent', secureCookies: false, version: 'test' });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  it('refuses an unsigned event with 401, and a signed one with 503 when no secret is configured', async () => {
    const unsigned = await ctx.app.inject({
      method: 'POST',
      url: '/api/cti/events',
      headers: { 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(unsigned.statusCode).toBe(401);
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/cti/events',
      headers: {
        'content-type': 'application/json',
        'x-hotline-signature': `sha256=${'0'.repeat(64)}`,
        'x-hotline-timestamp': String(Math.floor(Date.now() / 1000)),
      },
      payload: '{}',
    });
    expect(response.statusCode).toBe(503);
    expect(response.json().error.code).toBe('CTI_NOT_CONFIGURED');
  });

  it('refuses a forged, a missing and a stale signature, storing nothing', async () => {
    const event = answeredCall('FORGED', '08:00:00', 5, '1001', '13900000000')[0]!;
    const forged = await send(event, { secret: 'another-secret-0123456789' });
    expect(forged.statusCode).toBe(401);
    expect(forged.json().error.code).toBe('CTI_SIGNATURE_INVALID');
    expect((await send(event, { signature: '' })).statusCode).toBe(401);
    // A body altered after signing.
    const timestamp = now();
    const tampered = await app.inject({
      method: 'POST',
      url: '/api/cti/events',
      headers: {
        'content-type': 'application/json',
        'x-hotline-timestamp': timestamp,
        'x-hotline-signature': signCtiBody(SECRET, timestamp, Buffer.from(JSON.stringify(event))),
      },
      payload: JSON.stringify({ ...event, caller: '13000000000' }),
    });
    expect(tampered.statusCode).toBe(401);
    // A captured request replayed six minutes later: correctly signed, but stale.
    const stale = await send(event, { timestamp: String(Number(now()) - 360) });
    expect(stale.statusCode).toBe(401);
    expect(stale.json().error.code).toBe('CTI_TIMESTAMP_STALE');
    expect((await send(event, { timestamp: String(Number(now()) + 360) })).statusCode).toBe(401);
    expect((await dayFigures(DAY)).total.offered).toBe(0);
    expect((await get(`/api/calls?from=${DAY}&to=${DAY}`)).json().total).toBe(0);
  });

  it('answers 400 naming the field of a bad event', async () => {
    const response = await send({ eventId: 'x', callId: 'C', type: 'answered', at: '昨天' });
    expect(response.statusCode).toBe(400);
    const fields = (response.json().error.details.fields as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['at', 'agent']));
  });

  it('gives the same call and figures for replayed and out-of-order events', async () => {
    const calls = [
      answeredCall('A', '09:00:00', 10, '1001', '13800000001'),
      answeredCall('B', '09:20:00', 30, '1002', '13800000002'),
      abandonedCall('C', '10:05:00', '13800000003'),
    ];
    await sendAll(calls.flat());
    const inOrder = await dayFigures(DAY);
    const list = (await get(`/api/calls?from=${DAY}&to=${DAY}`, 'agent')).json().items;

    // The same events again, reversed and replayed: nothing changes.
    for (const event of calls.flat().reverse()) {
      const replay = await send(event);
      expect(replay.json().stored).toBe(false);
    }
    expect(await dayFigures(DAY)).toEqual(inOrder);
    expect((await get(`/api/calls?from=${DAY}&to=${DAY}`, 'agent')).json().items).toEqual(list);

    // The same calls under other ids, arriving out of order, give the same figures the next day.
    const next = '2023-03-02';
    const shuffled = [
      answeredCall('A2', '09:00:00', 10, '1001', '13800000001', next),
      answeredCall('B2', '09:20:00', 30, '1002', '13800000002', next),
      abandonedCall('C2', '10:05:00', '13800000003', next),
    ].map((events) =>
      [events[3], events[0], events[2], events[1]].filter((e): e is Event => e !== undefined),
    );
    await sendAll([...shuffled[2]!, ...shuffled[1]!, ...shuffled[0]!]);
    const again = await dayFigures(next);
    expect(again.total).toEqual(inOrder.total);
    expect(inOrder.total).toMatchObject({ offered: 3, answered: 2, answerRate: 0.6667, promptRate: 0.5 });
    // The evaluation reads the rollups: they agree with the calls, day by day.
    expect(await rollups(DAY, next)).toEqual(
      (await dayFigures(DAY, next)).buckets.map(({ key, offered, answered, answeredWithin15s }) => ({
        key,
        offered,
        answered,
        answeredWithin15s,
      })),
    );
  });

  it('moves a call between days and out of the answered count when a late event says so', async () => {
    // The switch's offered event arrives last and puts the call on the previous day, before midnight.
    await sendAll([
      { eventId: 'L-2', callId: 'LATE', type: 'answered', at: at('00:00:20', '2023-03-03'), agent: '1003' },
      { eventId: 'L-3', callId: 'LATE', type: 'ended', at: at('00:02:00', '2023-03-03') },
    ]);
    expect((await dayFigures('2023-03-03')).total).toMatchObject({ offered: 1, answered: 1 });
    await sendAll([
      {
        eventId: 'L-1',
        callId: 'LATE',
        type: 'offered',
        at: at('23:59:50', '2023-03-02'),
        caller: '13800000009',
      },
    ]);
    expect((await dayFigures('2023-03-03')).total).toMatchObject({ offered: 0, answered: 0 });
    // The day it left keeps a row of zeros; every day's counts agree with the calls.
    const days = await dayFigures('2023-03-01', '2023-03-03');
    expect(await rollups('2023-03-01', '2023-03-03')).toEqual(
      days.buckets.map(({ key, offered, answered, answeredWithin15s }) => ({
        key,
        offered,
        answered,
        answeredWithin15s,
      })),
    );
  });

  it('gives one call and the right counts when its events and their replays arrive at once', async () => {
    const day = '2023-03-06';
    const events = [
      ...answeredCall('P1', '09:00:00', 10, '1001', '13800000011', day),
      ...abandonedCall('P2', '09:30:00', '13800000012', day),
    ];
    const answers = await Promise.all([...events, ...events].map((event) => send(event)));
    expect(answers.map((answer) => answer.statusCode)).toEqual(answers.map(() => 200));
    expect(answers.filter((answer) => answer.json().stored).length).toBe(events.length);
    const figures = await dayFigures(day);
    expect(figures.total).toMatchObject({ offered: 2, answered: 1, abandoned: 1 });
    expect(await rollups(day)).toEqual([{ key: day, offered: 2, answered: 1, answeredWithin15s: 1 }]);
  });

  it('agrees with a CDR import of the same calls', async () => {
    const cdr = [
      '呼叫编号,呼入时间,应答时间,挂机时间,座席工号,主叫号码',
      'CDR-A,2023-03-04 09:00:00,2023-03-04 09:00:10,2023-03-04 09:03:10,1001,13800000001',
      'CDR-B,2023-03-04 09:20:00,2023-03-04 09:20:30,2023-03-04 09:23:30,1002,13800000002',
      'CDR-C,2023-03-04 10:05:00,,2023-03-04 10:05:40,,13800000003',
    ].join('\n');
    const imported = await app.inject({
      method: 'POST',
      url: '/api/imports/calls',
      headers: { ...ctx.auth('admin'), 'content-type': 'text/csv' },
      payload: cdr,
    });
    expect(imported.json()).toEqual({ imported: 3, skipped: 0 });
    const fromCdr = await dayFigures('2023-03-04');
    expect(fromCdr.total).toEqual((await dayFigures(DAY)).total);
    expect(fromCdr.buckets[0]).toMatchObject((await rollups('2023-03-04'))[0]!);
    // Hours and agents too.
    const hours = (await get('/api/calls/figures?from=2023-03-04&to=2023-03-04&by=hour')).json();
    const eventHours = (await get(`/api/calls/figures?from=${DAY}&to=${DAY}&by=hour`)).json();
    expect(hours.buckets).toEqual(eventHours.buckets);
    expect(hours.buckets).toHaveLength(24);
    const agents = (await get('/api/calls/figures?from=2023-03-04&to=2023-03-04&by=agent')).json();
    expect(agents.buckets.map((b: { key: string; answered: number }) => [b.key, b.answered])).toEqual([
      ['1001', 1],
      ['1002', 1],
      ['', 0],
    ]);
  });

  it('lists missed calls until the number is answered later, called back, or an agent records a callback', async () => {
    ctx.clock.set(new Date(at('12:00:00', '2023-03-04')));
    const before = await missed();
    const numbers = () => before.items.map((item) => item.callerNumber);
    expect(before.canRecord).toBe(true);
    expect(numbers()).toContain('13800000003');
    const count = (list: typeof before, number: string) =>
      list.items.filter((i) => i.callerNumber === number).length;

    // A later answered call from 13800000003 settles its earlier misses.
    await sendAll(answeredCall('AGAIN', '11:00:00', 3, '1001', '13800000003', '2023-03-04'));
    expect(count(await missed(), '13800000003')).toBe(0);

    // A switch-reported callback settles the number's earlier misses.
    await sendAll(abandonedCall('M1', '11:10:00', '13700000001', '2023-03-04'));
    expect(count(await missed(), '13700000001')).toBe(1);
    await sendAll([
      {
        eventId: 'CB-1',
        callId: 'OUT-1',
        type: 'callback',
        at: at('11:30:00', '2023-03-04'),
        number: '13700000001',
      },
    ]);
    expect(count(await missed(), '13700000001')).toBe(0);

    // An agent records a callback from the list.
    await sendAll(abandonedCall('M2', '11:40:00', '13700000002', '2023-03-04'));
    const item = (await missed()).items.find((i) => i.callerNumber === '13700000002')!;
    const recorded = await app.inject({
      method: 'POST',
      url: `/api/calls/missed/${item.id}/callback`,
      headers: ctx.auth('agent'),
      payload: { outcome: 'reached', note: '已回复办理进度' },
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    expect(count(await missed(), '13700000002')).toBe(0);
    const twice = await app.inject({
      method: 'POST',
      url: `/api/calls/missed/${item.id}/callback`,
      headers: ctx.auth('reviewer'),
      payload: { outcome: 'unreachable' },
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('CALL_ALREADY_CALLED_BACK');
  });

  it('keeps an unreachable caller listed with the attempts counted, until the third attempt', async () => {
    await sendAll(abandonedCall('R1', '11:45:00', '13700000009', '2023-03-04'));
    const listed = async () => (await missed()).items.find((i) => i.callerNumber === '13700000009');
    const id = (await listed())!.id;
    const attempt = (who: string, note?: string) =>
      app.inject({
        method: 'POST',
        url: `/api/calls/missed/${id}/callback`,
        headers: ctx.auth(who),
        payload: { outcome: 'unreachable', ...(note ? { note } : {}) },
      });

    const first = await attempt('agent', '无人接听');
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ attempt: 1, settled: false });
    expect(await listed()).toMatchObject({ attempts: 1, lastAttemptAt: expect.any(String) });

    // Two agents record an attempt at the same moment. Where the engine runs them side by side, one wins and
    // the other is told to look again; where it runs them one after the other, both are attempts. Never a
    // number twice, never an error of another kind.
    const race = await Promise.all([attempt('agent'), attempt('reviewer')]);
    for (const answer of race.filter((a) => a.statusCode !== 201)) {
      expect(answer.statusCode, answer.body).toBe(409);
      expect(answer.json().error.code).toBe('CALL_CALLBACK_CONFLICT');
    }
    const numbers = race.filter((a) => a.statusCode === 201).map((a) => a.json().attempt as number);
    expect(numbers.sort()).toEqual(numbers.length === 2 ? [2, 3] : [2]);
    if (numbers.length === 1) {
      expect((await listed())?.attempts).toBe(2);
      const third = await attempt('agent');
      expect(third.json()).toMatchObject({ attempt: 3, settled: true });
    }
    expect(await listed()).toBeUndefined();
    expect((await attempt('agent')).json().error.code).toBe('CALL_ALREADY_CALLED_BACK');
  });

  it('lets only agents and reviewers record callbacks, and masks numbers for roles that do not see them', async () => {
    await sendAll(abandonedCall('M3', '11:50:00', '13700000003', '2023-03-04'));
    const item = (await missed()).items.find((i) => i.callerNumber === '13700000003')!;
    const bySupervisor = await app.inject({
      method: 'POST',
      url: `/api/calls/missed/${item.id}/callback`,
      headers: ctx.auth('supervisor'),
      payload: { outcome: 'reached' },
    });
    expect(bySupervisor.statusCode).toBe(403);
    const badOutcome = await app.inject({
      method: 'POST',
      url: `/api/calls/missed/${item.id}/callback`,
      headers: ctx.auth('agent'),
      payload: { outcome: 'maybe' },
    });
    expect(badOutcome.statusCode).toBe(400);
    const forSupervisor = await missed('supervisor');
    expect(forSupervisor.canRecord).toBe(false);
    expect(forSupervisor.items.map((i) => i.callerNumber)).toContain('137****0003');
    expect((await get('/api/calls/missed', 'D1')).statusCode).toBe(403);
  });

  it('links a call and the ticket its caller registered during it, both ways', async () => {
    ctx.clock.set(new Date(at('09:02:00', '2023-03-05')));
    const ticketId = await makeTicket(ctx, 'registered', { callerPhone: '13600000001' });
    await sendAll(answeredCall('T1', '09:00:00', 5, '1001', '13600000001', '2023-03-05'));
    // Another call from the number an hour later is not this ticket's.
    await sendAll(answeredCall('T2', '10:30:00', 5, '1001', '13600000001', '2023-03-05'));
    const list = (await get('/api/calls?from=2023-03-05&to=2023-03-05', 'agent')).json();
    const byNumber = new Map(
      list.items.map((c: { callNumber: string; tickets: { id: number }[] }) => [c.callNumber, c.tickets]),
    );
    expect(byNumber.get('T1')).toEqual([expect.objectContaining({ id: ticketId })]);
    expect(byNumber.get('T2')).toEqual([]);
    const linked = await get(
      `/api/calls/linked?phone=13600000001&receivedAt=${encodeURIComponent('2023-03-05 09:02:00')}`,
      'agent',
    );
    expect(linked.json().items.map((c: { callNumber: string }) => c.callNumber)).toEqual(['T1']);
    expect(
      (await get('/api/calls/linked?phone=13600000001&receivedAt=2023-03-05', 'supervisor')).statusCode,
    ).toBe(403);
  });
});
