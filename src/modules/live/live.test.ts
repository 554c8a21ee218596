import { get as httpGet, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/context.ts';
import { testDialect } from '../../../test/db.ts';
import { BASE_INTAKE, makeTicket } from '../../../test/tickets.ts';
import { buildHttpApp, type App } from '../../app/http-app.ts';
import { createServices } from '../../app/services.ts';
import { connectDatabase, type DatabaseHandle } from '../../db/connection.ts';
import { channelFor } from './index.ts';

/** Long enough for any machine; a missing event fails with what was received instead. */
const PATIENCE_MS = 10_000;

interface SseEvent {
  type: string;
  data: Record<string, unknown>;
}

/**
 * A reader over a real HTTP connection, as a browser's EventSource gets it. node:http rather than fetch: after
 * an abort, fetch's connection pool opens a spare connection that never sends a request, and a closing server
 * waits for it.
 */
async function openStream(app: App, token: string) {
  const { port } = app.server.address() as AddressInfo;
  const response = await new Promise<IncomingMessage>((resolve, reject) => {
    const request = httpGet(
      {
        host: '127.0.0.1',
        port,
        path: '/api/live',
        agent: false,
        headers: { accept: 'text/event-stream', authorization: `Bearer ${token}` },
      },
      resolve,
    );
    request.on('error', reject);
  });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toContain('text/event-stream');
  const received: SseEvent[] = [];
  const waiting = new Set<() => void>();
  let preamble = '';
  let ended = false;
  const wake = () => waiting.forEach((check) => check());
  let buffer = '';
  response.setEncoding('utf8');
  response.on('data', (chunk: string) => {
    buffer += chunk;
    let cut: number;
    while ((cut = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      const type = /^event: (.+)$/m.exec(block)?.[1];
      const data = /^data: (.+)$/m.exec(block)?.[1];
      if (type && data) received.push({ type, data: JSON.parse(data) as Record<string, unknown> });
      else if (received.length === 0) preamble += `${block}\n`;
    }
    wake();
  });
  response.on('close', () => {
    ended = true;
    wake();
  });

  let cursor = 0;
  /** The next event of this type (matching `where`) after those already taken; others before it are skipped. */
  function next(type: string, where: (data: Record<string, unknown>) => boolean = () => true) {
    return new Promise<Record<string, unknown>>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiting.delete(check);
        reject(new Error(`no ${type} event; received ${JSON.stringify(received.slice(cursor))}`));
      }, PATIENCE_MS);
      const check = () => {
        for (; cursor < received.length; cursor++) {
          const event = received[cursor]!;
          if (event.type === type && where(event.data)) {
            cursor++;
            clearTimeout(timer);
            waiting.delete(check);
            resolve(event.data);
            return;
          }
        }
        if (ended) {
          clearTimeout(timer);
          waiting.delete(check);
          reject(new Error(`stream ended before a ${type} event`));
        }
      };
      waiting.add(check);
      check();
    });
  }
  /** Resolves when the server has ended the stream. */
  const end = () =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the stream did not end')), PATIENCE_MS);
      const check = () => {
        if (!ended) return;
        clearTimeout(timer);
        waiting.delete(check);
        resolve();
      };
      waiting.add(check);
      check();
    });
  await next('ready');
  return { next, end, received, preamble: () => preamble, close: () => response.destroy() };
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + PATIENCE_MS;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('live updates in one server', () => {
  let ctx: TestContext;
  let closed = false;
  beforeAll(async () => {
    ctx = await createTestContext();
    await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    if (!closed) await ctx.close();
  });

  const command = (user: string, id: number, type: string, body: object) =>
    ctx.services.tickets.execute(ctx.actors[user]!, id, null, { type, ...body } as never);

  it('tells a listening dispatcher of an appeal another user registered, without the caller', async () => {
    const stream = await openStream(ctx.app, ctx.tokens.dispatcher!);
    expect(stream.preamble()).toContain('retry: 3000');
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/tickets',
      headers: ctx.auth('agent'),
      payload: BASE_INTAKE,
    });
    const ticket = created.json() as { id: number; number: string };
    const event = await stream.next('ticket', (data) => data.id === ticket.id);
    expect(event).toEqual({
      id: ticket.id,
      number: ticket.number,
      state: 'registered',
      version: 1,
      unitCodes: [],
      at: new Date('2023-03-01T01:00:00.000Z').toISOString(),
    });
    expect(JSON.stringify(stream.received)).not.toContain(BASE_INTAKE.callerPhone);
    stream.close();
  });

  it("shows a unit its own tickets and those below it, never another unit's", async () => {
    const d1 = await openStream(ctx.app, ctx.tokens.D1!);
    const d2 = await openStream(ctx.app, ctx.tokens.D2!);
    const street = await openStream(ctx.app, ctx.tokens['D1-G2']!);
    const community = await openStream(ctx.app, ctx.tokens['D1-G2-S1']!);
    const forBureau = await makeTicket(ctx, 'pendingDispatch');
    await command('dispatcher', forBureau, 'dispatch', {
      leadUnitCode: 'D1-G1',
      supportUnitCodes: [],
      note: null,
    });
    const forD1 = await makeTicket(ctx, 'pendingDispatch');
    await command('dispatcher', forD1, 'dispatch', { leadUnitCode: 'D1', supportUnitCodes: [], note: null });
    await command('D1', forD1, 'acknowledge', { unitCode: 'D1' });
    await command('D1', forD1, 'subDispatch', { unitCode: 'D1', childUnitCode: 'D1-G2', note: null });
    const forD2 = await makeTicket(ctx, 'pendingDispatch');
    await command('dispatcher', forD2, 'dispatch', { leadUnitCode: 'D2', supportUnitCodes: [], note: null });

    // The district hears of a ticket sent straight to a bureau below it.
    expect(await d1.next('ticket', (data) => data.state === 'dispatched')).toMatchObject({
      id: forBureau,
      unitCodes: ['D1-G1'],
    });
    expect(await d1.next('ticket', (data) => data.state === 'dispatched')).toMatchObject({
      id: forD1,
      unitCodes: ['D1'],
    });
    expect(await d1.next('ticket', (data) => data.id === forD1 && data.version === 5)).toMatchObject({
      unitCodes: ['D1', 'D1-G2'],
    });
    // The last command of all reaches D2: everything before it has been delivered, and none of it was D1's.
    await d2.next('ticket', (data) => data.id === forD2 && data.state === 'dispatched');
    const seenByD2 = d2.received.filter((event) => event.type === 'ticket').map((event) => event.data.id);
    expect(seenByD2).toEqual([forD2]);
    expect(d1.received.some((event) => event.data.id === forD2)).toBe(false);
    // A community below D1-G2 is not above the ticket's units: nothing for it.
    expect(community.received.some((event) => event.type === 'ticket')).toBe(false);
    // The street office hears of D1's ticket only once it was handed down to it.
    const forStreet = street.received.filter((event) => event.type === 'ticket').map((event) => event.data);
    expect(forStreet).toMatchObject([{ id: forD1, version: 5 }]);
    for (const stream of [d1, d2, street, community]) stream.close();
  });

  it('lists who has a ticket open, tells them, and forgets those who stop announcing', async () => {
    const id = await makeTicket(ctx, 'dispatched');
    const announce = (user: string, leaving = false) =>
      ctx.app.inject({
        method: 'POST',
        url: `/api/tickets/${id}/presence`,
        headers: ctx.auth(user),
        payload: { leaving },
      });
    const dispatcher = await openStream(ctx.app, ctx.tokens.dispatcher!);
    const d1 = await openStream(ctx.app, ctx.tokens.D1!);

    expect((await announce('dispatcher')).json()).toEqual({
      viewers: [{ username: 'dispatcher', displayName: 'dispatcher' }],
    });
    expect((await announce('D1')).json().viewers.map((v: { username: string }) => v.username)).toEqual([
      'dispatcher',
      'D1',
    ]);
    const both = await dispatcher.next('presence', (data) => (data.viewers as unknown[]).length === 2);
    expect(both.ticketId).toBe(id);
    // A unit the ticket was never assigned to may neither announce itself nor learn who is looking.
    const outsider = await announce('D2');
    expect(outsider.statusCode).toBe(403);
    expect(outsider.json().error.code).toBe('TICKET_OUT_OF_SCOPE');
    expect((await announce('D1')).json().viewers).toHaveLength(2);

    // D1 keeps announcing; the dispatcher's page went away without saying so.
    ctx.clock.advance(20_000);
    await announce('D1');
    ctx.clock.advance(15_000);
    ctx.services.live.expireViewers();
    expect(await d1.next('presence', (data) => (data.viewers as unknown[]).length === 1)).toEqual({
      ticketId: id,
      viewers: [{ username: 'D1', displayName: 'D1' }],
    });
    expect((await announce('D1', true)).json()).toEqual({ viewers: [] });
    expect((await announce('reviewer')).json().viewers).toEqual([
      { username: 'reviewer', displayName: 'reviewer' },
    ]);
    expect(
      (
        await ctx.app.inject({
          method: 'POST',
          url: '/api/tickets/999999/presence',
          headers: ctx.auth('admin'),
          payload: {},
        })
      ).statusCode,
    ).toBe(404);
    dispatcher.close();
    d1.close();
  });

  it('refuses a request that cannot read an event stream, naming the header', async () => {
    const answer = await ctx.app.inject({ url: '/api/live', headers: ctx.auth('agent') });
    expect(answer.statusCode).toBe(400);
    expect(answer.body).toContain('accept');
    const anonymous = await ctx.app.inject({ url: '/api/live', headers: { accept: 'text/event-stream' } });
    expect(anonymous.statusCode).toBe(401);
  });

  it('forgets a stream when its reader goes away, and ends the others when the server closes', async () => {
    await until(() => ctx.services.live.streamCount() === 0, 'earlier streams released');
    const leaving = await openStream(ctx.app, ctx.tokens.agent!);
    const staying = await openStream(ctx.app, ctx.tokens.supervisor!);
    expect(ctx.services.live.streamCount()).toBe(2);
    leaving.close();
    await until(() => ctx.services.live.streamCount() === 1, 'the closed stream released');
    closed = true;
    await ctx.close();
    await staying.end();
    expect(ctx.services.live.streamCount()).toBe(0);
  });
});

describe.skipIf(testDialect() !== 'postgres')('live updates across server processes (PostgreSQL)', () => {
  let ctx: TestContext;
  const url = process.env.TEST_DATABASE_URL ?? '';
  const instances: { app: App; handle: DatabaseHandle }[] = [];

  /** Another server process on the same schema: its own pool, its own LISTEN connection. */
  async function serverProcess(): Promise<App> {
    const handle = connectDatabase(url, { schema: ctx.handle.schema!, poolSize: 2 });
    const services = createServices({
      db: handle.db,
      clock: ctx.clock,
      live: { postgres: { url, schema: ctx.handle.schema!, reconnectMs: 50 } },
    });
    const app = await buildHttpApp(services, { logLevel: 'silent', secureCookies: false, version: 'test' });
    await app.listen({ port: 0, host: '127.0.0.1' });
    instances.push({ app, handle });
    return app;
  }

  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => {
    for (const { app, handle } of instances) {
      await app.close();
      await handle.close();
    }
    await ctx.close();
  });

  it('delivers a command made through one process to a reader of another, and presence both ways', async () => {
    const a = await serverProcess();
    const b = await serverProcess();
    const reader = await openStream(b, ctx.tokens.dispatcher!);
    const created = await a.inject({
      method: 'POST',
      url: '/api/tickets',
      headers: ctx.auth('agent'),
      payload: BASE_INTAKE,
    });
    expect(created.statusCode).toBe(201);
    const id = (created.json() as { id: number }).id;
    expect(await reader.next('ticket', (data) => data.id === id)).toMatchObject({ state: 'registered' });

    const unitReader = await openStream(b, ctx.tokens.D2!);
    for (const [type, payload] of [
      ['requestDispatch', { version: 1 }],
      ['dispatch', { version: 2, leadUnitCode: 'D2', supportUnitCodes: [] }],
    ] as const) {
      const viaA = await a.inject({
        method: 'POST',
        url: `/api/tickets/${id}/${type}`,
        headers: ctx.auth(type === 'dispatch' ? 'dispatcher' : 'agent'),
        payload,
      });
      expect(viaA.statusCode, viaA.body).toBe(200);
    }
    expect(await unitReader.next('ticket', (data) => data.id === id)).toMatchObject({
      state: 'dispatched',
      version: 3,
      unitCodes: ['D2'],
    });

    const presence = (app: App, user: string) =>
      app.inject({
        method: 'POST',
        url: `/api/tickets/${id}/presence`,
        headers: ctx.auth(user),
        payload: {},
      });
    expect((await presence(b, 'dispatcher')).json().viewers).toHaveLength(1);
    expect((await presence(a, 'D2')).json().viewers.map((v: { username: string }) => v.username)).toContain(
      'D2',
    );
    // B heard A's announcement: its reader is told, and B's own answer now lists both.
    const seen = await reader.next('presence', (data) => (data.viewers as unknown[]).length === 2);
    expect(seen.viewers).toEqual([
      { username: 'dispatcher', displayName: 'dispatcher' },
      { username: 'D2', displayName: 'D2' },
    ]);
    expect((await presence(b, 'dispatcher')).json().viewers).toHaveLength(2);
    reader.close();
    unitReader.close();
  });

  it('reconnects after losing its LISTEN connection and tells its readers to refetch', async () => {
    const [a, b] = [instances[0]!.app, instances[1]!.app];
    const reader = await openStream(b, ctx.tokens.admin!);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const killed = await admin.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1',
      [`hotline-live:${channelFor(ctx.handle.schema)}`],
    );
    await admin.end();
    expect(killed.rowCount).toBe(2);
    await reader.next('resync');
    const created = await a.inject({
      method: 'POST',
      url: '/api/tickets',
      headers: ctx.auth('agent'),
      payload: BASE_INTAKE,
    });
    const id = (created.json() as { id: number }).id;
    expect(await reader.next('ticket', (data) => data.id === id)).toMatchObject({ state: 'registered' });
    reader.close();
  });
});
