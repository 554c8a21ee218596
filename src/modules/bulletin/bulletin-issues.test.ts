import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/context.ts';
import { makeTicket } from '../../../test/tickets.ts';
import { parseLocalTime } from '../../domain/time.ts';
import { canonicalJson } from '../../shared/canonical-json.ts';
import { presetSchemes } from '../evaluation/index.ts';

// Issued bulletins are kept with everything that decided them, and drawn again exactly: later tickets, later
// events and later scheme versions do not change an issued bulletin.
describe('the history of issued bulletins', () => {
  let ctx: TestContext;
  let ticketNumber: string;
  beforeAll(async () => {
    ctx = await createTestContext('2023-03-01 09:00:00');
    const id = await makeTicket(ctx, 'completed');
    await makeTicket(ctx, 'completed');
    await makeTicket(ctx, 'inProgress');
    await makeTicket(ctx, 'answered', { appealType: 'consult' });
    const row = await ctx.handle.db
      .selectFrom('tickets')
      .select('number')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    ticketNumber = row.number;
    // Issued the day after: 2023-03-10 is over, its figures are final.
    ctx.clock.set(parseLocalTime('2023-03-11 10:00:00'));
  });
  afterAll(async () => ctx.close());

  const issue = (payload: object, user = 'supervisor') =>
    ctx.app.inject({ method: 'POST', url: '/api/bulletins', headers: ctx.auth(user), payload });
  const document = (id: number, format = 'json', user = 'leader') =>
    ctx.app.inject({ url: `/api/bulletins/${id}/document?format=${format}`, headers: ctx.auth(user) });
  const period = { from: '2023-03-01', to: '2023-03-31' };

  it('records the period, the as-of moment, the scheme version, the 典型件 wording and the DOCX digest', async () => {
    const response = await issue({
      ...period,
      asOf: '2023-03-10 23:59:59',
      publishedOn: '2023-03-11',
      highlights: [
        { ticketNumber, title: '东区供暖室温问题迅速解决', text: '群众来电反映室温不达标，当日解决。' },
      ],
    });
    expect(response.statusCode, response.body).toBe(201);
    const issued = response.json();
    expect(issued).toMatchObject({
      period,
      asOf: parseLocalTime('2023-03-10 23:59:59').toISOString(),
      scheme: { id: 'panjin-2023', version: presetSchemes().get('panjin-2023')!.version },
      publishedOn: '2023-03-11',
      highlights: [{ ticketNumber, title: '东区供暖室温问题迅速解决' }],
      issuedBy: { name: expect.any(String) },
    });
    expect(issued.docxSha256).toMatch(/^[0-9a-f]{64}$/);
    const listed = await ctx.app.inject({ url: '/api/bulletins', headers: ctx.auth('agent') });
    expect(listed.json()).toMatchObject({ total: 1, items: [{ id: issued.id }] });
    const audit = await ctx.handle.db
      .selectFrom('audit_log')
      .select(['action', 'target_id'])
      .where('action', '=', 'bulletin.issued')
      .execute();
    expect(audit).toEqual([{ action: 'bulletin.issued', target_id: String(issued.id) }]);
  });

  it('draws an issued bulletin again with the same content after later tickets and a new scheme version', async () => {
    const issued = (
      await issue({ ...period, asOf: '2023-03-10 23:59:59', publishedOn: '2023-03-11' })
    ).json();
    const first = await document(issued.id);
    expect(first.statusCode, first.body).toBe(200);
    expect(createHash('sha256').update(canonicalJson(first.json())).digest('hex')).toBe(issued.jsonSha256);
    expect(first.json().headline.received).toBe(4);

    // Later: tickets registered inside the period but after the as-of moment, and a new scheme version.
    await makeTicket(ctx, 'completed');
    await makeTicket(ctx, 'inProgress');
    const preset = presetSchemes().get('panjin-2023')!;
    const saved = await ctx.app.inject({
      method: 'POST',
      url: '/api/schemes',
      headers: ctx.auth('admin'),
      payload: {
        ...preset,
        version: preset.version + 1,
        minimumAssigned: { toBeScored: 0, forSatisfactionRanking: 1 },
      },
    });
    expect(saved.statusCode, saved.body).toBe(201);

    const again = await document(issued.id);
    expect(again.json()).toEqual(first.json());
    // The same request made fresh today reads the new figures and the new version: the record is what pins them.
    const fresh = await ctx.app.inject({
      url: '/api/bulletin?from=2023-03-01&to=2023-03-31&asOf=2023-03-11 23:59:59',
      headers: ctx.auth('leader'),
    });
    expect(fresh.json().headline.received).toBe(6);
    expect(fresh.json().scheme.version).toBe(preset.version + 1);
  });

  it('serves the reproduction as DOCX, PDF, XLSX and HTML, and audits each download', async () => {
    const issued = (await issue({ ...period, asOf: '2023-03-10 23:59:59' })).json();
    for (const [format, magic] of [
      ['docx', 'PK'],
      ['pdf', '%PDF'],
      ['xlsx', 'PK'],
      ['html', '<!'],
    ] as const) {
      const response = await document(issued.id, format);
      expect(response.statusCode, format).toBe(200);
      expect(response.rawPayload.subarray(0, magic.length).toString('latin1').toUpperCase()).toBe(
        magic.toUpperCase(),
      );
    }
    const exported = await ctx.handle.db
      .selectFrom('audit_log')
      .select('target_id')
      .where('action', '=', 'bulletin.exported')
      .where('target_id', '=', String(issued.id))
      .execute();
    expect(exported).toHaveLength(4);
  });

  it('fixes the as-of moment at the end of the last whole day, and refuses one inside a day not over', async () => {
    const issued = (await issue(period)).json();
    expect(issued.asOf).toBe(parseLocalTime('2023-03-10 23:59:59').toISOString());
    const early = await issue({ ...period, asOf: '2023-03-11 08:00:00' });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.details.field).toBe('asOf');
    const backwards = await issue({ from: '2023-03-31', to: '2023-03-01' });
    expect(backwards.statusCode).toBe(400);
    const missing = await issue({ ...period, highlights: [{ ticketNumber: 'NO-SUCH' }] });
    expect(missing.statusCode).toBe(404);
  });

  it('lets supervisors, leaders and admins issue; other centre roles read; units neither', async () => {
    for (const user of ['agent', 'dispatcher', 'reviewer', 'D1'])
      expect((await issue(period, user)).statusCode).toBe(403);
    expect((await ctx.app.inject({ url: '/api/bulletins', headers: ctx.auth('D1') })).statusCode).toBe(403);
    expect((await document(1, 'json', 'D1')).statusCode).toBe(403);
    expect((await document(999, 'json')).statusCode).toBe(404);
    expect(
      (await ctx.app.inject({ url: '/api/bulletins/999', headers: ctx.auth('leader') })).json().error.code,
    ).toBe('BULLETIN_ISSUE_NOT_FOUND');
  });

  it('drafts a 典型件 from a ticket for the supervisor to edit', async () => {
    const draft = await ctx.app.inject({
      url: `/api/bulletin/highlights/${ticketNumber}`,
      headers: ctx.auth('supervisor'),
    });
    expect(draft.statusCode, draft.body).toBe(200);
    expect(draft.json()).toMatchObject({
      ticketNumber,
      title: expect.stringContaining('幸福小区室温不达标'),
    });
    expect(draft.json().text).toContain('室温只有14度');
  });
});
