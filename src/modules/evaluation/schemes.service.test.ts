import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/context.ts';
import { makeTicket } from '../../../test/tickets.ts';

const preset = JSON.parse(readFileSync(new URL('./schemes/panjin-2023.json', import.meta.url), 'utf8')) as {
  version: number;
  indicators: { key: string; weight: number }[];
};

describe('scoring schemes as versioned data through the admin API', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
    await makeTicket(ctx, 'completed');
  });
  afterAll(async () => ctx.close());

  const post = (body: unknown, user = 'admin') =>
    ctx.app.inject({ method: 'POST', url: '/api/schemes', headers: ctx.auth(user), payload: body as object });

  it('lists the presets, the default first (the pickers open on it)', async () => {
    const schemes = (await ctx.app.inject({ url: '/api/schemes', headers: ctx.auth('leader') })).json() as {
      id: string;
    }[];
    expect(schemes.map((s) => s.id)).toEqual(['panjin-2023', 'beijing-style']);
  });

  it('saves a later version, which then scores the bulletin; every version is kept', async () => {
    const next = {
      ...preset,
      version: preset.version + 1,
      indicators: preset.indicators.map((i) => ({
        ...i,
        weight: i.key === 'satisfaction' ? 40 : i.key === 'onTimeAcknowledge' ? 0.0001 : i.weight,
      })),
    };
    // Weights must add up to 100: the document above does not, and is refused with the path named.
    const invalid = await post(next);
    expect(invalid.statusCode).toBe(400);
    expect(JSON.stringify(invalid.json().error.details)).toContain('indicators');
    const weights = preset.indicators.map((i) => ({
      ...i,
      weight: i.key === 'satisfaction' ? 40 : i.key === 'onTimeAcknowledge' ? 0 : i.weight,
    }));
    const valid = { ...next, indicators: weights.filter((i) => i.weight > 0) };
    const saved = await post(valid);
    expect(saved.statusCode, saved.body).toBe(201);
    const listed = (await ctx.app.inject({ url: '/api/schemes', headers: ctx.auth('leader') })).json() as {
      id: string;
      version: number;
    }[];
    expect(listed.find((s) => s.id === 'panjin-2023')?.version).toBe(preset.version + 1);
    const versions = (
      await ctx.app.inject({ url: '/api/schemes/panjin-2023', headers: ctx.auth('leader') })
    ).json() as { version: number }[];
    expect(versions.map((v) => v.version)).toEqual([preset.version, preset.version + 1]);
    const bulletin = (
      await ctx.app.inject({
        url: '/api/bulletin?from=2023-03-01&to=2023-03-31&asOf=2023-04-30',
        headers: ctx.auth('leader'),
      })
    ).json();
    expect(bulletin.scheme).toMatchObject({ id: 'panjin-2023', version: preset.version + 1 });
  });

  it('refuses a version that is not later, and anyone but an admin', async () => {
    const again = await post({ ...preset, version: preset.version });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('SCHEME_VERSION_CONFLICT');
    expect((await post({ ...preset, version: 99 }, 'supervisor')).statusCode).toBe(403);
  });
});
