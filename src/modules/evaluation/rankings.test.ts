import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/context.ts';
import { makeTicket } from '../../../test/tickets.ts';
import { parseLocalTime } from '../../domain/time.ts';
import { presetSchemes } from './schemes.ts';

/** A ticket led by another district than the factory's D1, carried to 办结 through the real commands. */
async function completeIn(ctx: TestContext, unit: string) {
  const id = await makeTicket(ctx, 'registered', { districtCode: unit });
  const steps: [string, object][] = [
    ['dispatcher', { type: 'dispatch', leadUnitCode: unit, supportUnitCodes: [], note: null }],
    [unit, { type: 'acknowledge', unitCode: unit }],
    [unit, { type: 'submitFeedback', unitCode: unit, content: '已处理' }],
    ['reviewer', { type: 'review', accept: true, note: null }],
    ['reviewer', { type: 'revisit', reached: true, satisfaction: 'satisfied', solved: 'solved', note: null }],
  ];
  for (const [user, command] of steps)
    await ctx.services.tickets.execute(ctx.actors[user]!, id, null, command as never);
}

describe('rankings by peer group and the preview of a draft scheme', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext('2023-03-01 09:00:00');
    await makeTicket(ctx, 'completed');
    await makeTicket(ctx, 'inProgress');
    await completeIn(ctx, 'D2');
  });
  afterAll(async () => ctx.close());

  const preset = presetSchemes().get('panjin-2023')!;
  const query = 'from=2023-03-01&to=2023-03-31&asOf=2023-04-15';
  const preview = (payload: object, user = 'supervisor') =>
    ctx.app.inject({ method: 'POST', url: '/api/schemes/preview', headers: ctx.auth(user), payload });

  it('ranks every peer group as the bulletin does, with the counts behind each rate', async () => {
    const response = await ctx.app.inject({
      url: `/api/evaluation/rankings?${query}`,
      headers: ctx.auth('leader'),
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.scheme).toEqual({ id: preset.id, version: preset.version, name: preset.name });
    expect(body.groups.map((g: { key: string }) => g.key)).toEqual(preset.peerGroups.map((g) => g.key));
    const districts = body.groups.find((g: { rows: { unitCode: string }[] }) =>
      g.rows.some((row) => row.unitCode === 'D1'),
    );
    expect(districts.rows.map((row: { rank: number }) => row.rank)).toEqual(
      districts.rows.map((_: unknown, index: number) => index + 1),
    );
    const d1 = districts.rows.find((row: { unitCode: string }) => row.unitCode === 'D1');
    expect(d1).toMatchObject({ assigned: 2, completion: { numerator: 1, denominator: 2 } });
  });

  it('lists the months with registered tickets, latest first, for every logged-in role', async () => {
    ctx.clock.set(parseLocalTime('2023-05-02 10:00:00'));
    await makeTicket(ctx, 'registered');
    for (const user of ['leader', 'D1']) {
      const response = await ctx.app.inject({ url: '/api/evaluation/months', headers: ctx.auth(user) });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toEqual({ months: ['2023-05', '2023-03'] });
    }
    expect((await ctx.app.inject({ url: '/api/evaluation/months' })).statusCode).toBe(401);
    ctx.clock.set(parseLocalTime('2023-03-01 09:00:00'));
  });

  it('shows how a draft would move each unit before anything is saved', async () => {
    // The draft weighs only 办结率: the district that completed everything leads, the other falls behind.
    const draft = {
      ...preset,
      version: preset.version + 1,
      minimumAssigned: { toBeScored: 0, forSatisfactionRanking: 0 },
      indicators: [{ key: 'completion', weight: 100, scoring: { kind: 'linear' }, whenEmpty: 'zero' }],
      deductions: [],
      bonuses: [],
    };
    const response = await preview({
      scheme: draft,
      from: '2023-03-01',
      to: '2023-03-31',
      asOf: '2023-04-15',
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.current).toMatchObject({ id: preset.id, version: preset.version });
    expect(body.draft).toMatchObject({ id: preset.id, version: preset.version + 1 });
    const rows = body.groups.flatMap((g: { rows: unknown[] }) => g.rows);
    const d2 = rows.find((row: { unitCode: string }) => row.unitCode === 'D2');
    const d1 = rows.find((row: { unitCode: string }) => row.unitCode === 'D1');
    expect(d2.draft).toMatchObject({ rank: 1, score: 100 });
    expect(d1.draft).toMatchObject({ rank: 2, score: 50 });
    expect(d1.rankChange).toBe(d1.current.rank - 2);
    // Nothing was saved.
    const versions = (
      await ctx.app.inject({ url: '/api/schemes/panjin-2023', headers: ctx.auth('leader') })
    ).json();
    expect(versions).toHaveLength(1);
  });

  it('names the offending fields of an invalid draft', async () => {
    const response = await preview({
      scheme: { ...preset, indicators: [{ ...preset.indicators[0], weight: -1 }] },
      from: '2023-03-01',
      to: '2023-03-31',
    });
    expect(response.statusCode).toBe(400);
    const paths = response.json().error.details.issues.map((i: { path: string }) => i.path);
    expect(paths).toContain('indicators[0].weight');
    expect(paths).toContain('indicators');
  });

  it('is for the centre: units read their own score explanation instead', async () => {
    expect(
      (await ctx.app.inject({ url: `/api/evaluation/rankings?${query}`, headers: ctx.auth('D1') }))
        .statusCode,
    ).toBe(403);
    expect((await preview({ scheme: preset, from: '2023-03-01', to: '2023-03-31' }, 'D1')).statusCode).toBe(
      403,
    );
    const backwards = await ctx.app.inject({
      url: '/api/evaluation/rankings?from=2023-03-31&to=2023-03-01',
      headers: ctx.auth('leader'),
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.details.field).toBe('from');
  });
});
