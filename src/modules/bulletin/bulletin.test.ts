import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/context.ts';
import { makeTicket } from '../../../test/tickets.ts';
import { parseLocalTime } from '../../domain/time.ts';
import { Bulletin } from '../../contracts/bulletin-document.ts';

describe('the bulletin from live tickets', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext('2023-03-01 09:00:00');
    for (let i = 0; i < 3; i += 1) await makeTicket(ctx, 'answered', { appealType: 'consult' });
    await makeTicket(ctx, 'completed');
    await makeTicket(ctx, 'completed');
    await makeTicket(ctx, 'inProgress');
  });
  afterAll(async () => ctx.close());

  const period = { from: '2023-03-01', to: '2023-03-31', asOf: parseLocalTime('2023-04-15 00:00:00') };

  it('counts the headline from the rollups and writes it in the reference style', async () => {
    const bulletin = Bulletin.parse(await ctx.services.bulletins.build(period));
    expect(bulletin.title).toBe('关于测试市12345政务服务便民热线平台3月份诉求办理情况的通报');
    expect(bulletin.headline).toMatchObject({ received: 6, directAnswered: 3, dispatched: 3 });
    expect(bulletin.headline.completion).toEqual({ numerator: 2, denominator: 3, value: 2 / 3 });
    expect(bulletin.headline.satisfaction).toEqual({ numerator: 2, denominator: 2, value: 1 });
    expect(bulletin.headline.text).toContain('2023年3月份，市12345热线平台共受理各类诉求6件');
    expect(bulletin.headline.text).toContain('直接答复率50.00%');
  });

  it('lists the districts with their figures, scores and the counts behind each rate', async () => {
    const bulletin = await ctx.services.bulletins.build(period);
    const districts = bulletin.sections[0]!.parts[0]!;
    expect(districts.paragraphs[0]).toMatch(/^（一）各地区办理情况。县区、经济区共受理诉求/);
    const east = districts.table!.rows.find((row) => row.unitName === '东区')!;
    expect(east).toMatchObject({ assigned: 3, completion: { numerator: 2, denominator: 3 } });
    expect(east.score).not.toBeNull();
    expect(districts.charts[0]!.categories).toContain('东区');
  });

  it('an as-of moment before the events leaves them out', async () => {
    const early = await ctx.services.bulletins.build({
      ...period,
      asOf: parseLocalTime('2023-02-28 23:00:00'),
    });
    expect(early.headline.received).toBe(0);
  });

  it('is served over HTTP as JSON to the centre and refused to units', async () => {
    const ok = await ctx.app.inject({
      url: '/api/bulletin?from=2023-03-01&to=2023-03-31&asOf=2023-04-15',
      headers: ctx.auth('leader'),
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().headline.received).toBe(6);
    const unit = await ctx.app.inject({
      url: '/api/bulletin?from=2023-03-01&to=2023-03-31',
      headers: ctx.auth('D1'),
    });
    expect(unit.statusCode).toBe(403);
    const bad = await ctx.app.inject({
      url: '/api/bulletin?from=2023-3-1&to=2023-03-31',
      headers: ctx.auth('leader'),
    });
    expect(bad.statusCode).toBe(400);
  });

  it('is served as a document in every format', async () => {
    for (const [format, magic] of [
      ['docx', 'PK'],
      ['xlsx', 'PK'],
      ['pdf', '%PDF'],
      ['html', '<!'],
    ] as const) {
      const response = await ctx.app.inject({
        url: `/api/bulletin?from=2023-03-01&to=2023-03-31&asOf=2023-04-15&format=${format}`,
        headers: ctx.auth('leader'),
      });
      expect(response.statusCode, format).toBe(200);
      expect(response.rawPayload.subarray(0, magic.length).toString('latin1').toUpperCase(), format).toBe(
        magic.toUpperCase(),
      );
      expect(String(response.headers['content-disposition'])).toContain(
        `bulletin-2023-03-01_2023-03-31.${format}`,
      );
    }
  });

  it('explains a unit score with the tickets that cost it points', async () => {
    const response = await ctx.app.inject({
      url: '/api/evaluation/units/D1/score?from=2023-03-01&to=2023-03-31&asOf=2023-04-15',
      headers: ctx.auth('D1'),
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(
      body.breakdown.indicators.find((i: { key: string }) => i.key === 'completion').lost,
    ).toBeGreaterThan(0);
    expect(body.tickets.tickets.some((t: { reasons: string[] }) => t.reasons.includes('未办结'))).toBe(true);
    const other = await ctx.app.inject({
      url: '/api/evaluation/units/D1/score?from=2023-03-01&to=2023-03-31',
      headers: ctx.auth('D2'),
    });
    expect(other.statusCode).toBe(403);
  });
});

describe('naming the period', () => {
  it('names whole months as the reference does, other spans by their dates', async () => {
    const { periodLabel } = await import('./bulletin-text.ts');
    expect(periodLabel('2023-01-01', '2023-04-30').withYear).toBe('2023年1-4月份');
    expect(periodLabel('2023-03-01', '2023-03-31').months).toBe('3月份');
    expect(periodLabel('2022-12-01', '2023-02-28').withYear).toBe('2022年12月至2023年2月');
    expect(periodLabel('2023-01-01', '2023-01-10').withYear).toBe('2023年1月1日至1月10日');
  });
});
