import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/context.ts';
import { makeTicket } from '../../../test/tickets.ts';
import { addressSimilarity, SIMILAR_ADDRESS } from './intake-assist.ts';

const DAY = 24 * 60 * 60 * 1000;

describe('address similarity', () => {
  it('reads a partly typed address as the same place, and another street as another', () => {
    expect(addressSimilarity('幸福小区', '东区幸福小区3号楼')).toBe(1);
    expect(addressSimilarity('幸福小区 3 号楼', '幸福小区３号楼')).toBe(1);
    expect(addressSimilarity('东区幸福小区3号楼', '东区和平路88号')).toBeLessThan(SIMILAR_ADDRESS);
    expect(addressSimilarity('东区', '东区幸福小区')).toBe(0);
  });
});

describe('intake assistance over HTTP', () => {
  let ctx: TestContext;
  const ids: Record<string, number> = {};
  const get = (url: string, user = 'agent') => ctx.app.inject({ url, headers: ctx.auth(user) });
  const dispatchTo = async (id: number, unit: string) =>
    ctx.services.tickets.execute(ctx.actors.dispatcher!, id, null, {
      type: 'dispatch',
      leadUnitCode: unit,
      supportUnitCodes: [],
      note: null,
    });

  beforeAll(async () => {
    ctx = await createTestContext('2023-01-10 09:00:00');
    // Old history: outside the 30-day caller window and the 90-day suggestion window.
    ids.oldCall = await makeTicket(ctx, 'pendingDispatch', {
      category: '城乡建设/物业管理/电梯故障',
      callerPhone: '13900000001',
    });
    await dispatchTo(await makeTicket(ctx, 'pendingDispatch'), 'D1-G2');
    ctx.clock.advance(100 * DAY);
    ids.samePlace = await makeTicket(ctx, 'registered', { callerPhone: '13700000001' });
    ids.farAddress = await makeTicket(ctx, 'pendingDispatch', {
      address: '东区和平路88号',
      callerPhone: '13700000002',
    });
    ids.closed = await makeTicket(ctx, 'answered', { callerPhone: '13900000001' });
    ids.otherDistrict = await makeTicket(ctx, 'pendingDispatch', { districtCode: 'D2' });
    ids.otherCategory = await makeTicket(ctx, 'pendingDispatch', {
      category: '城乡建设/物业管理/电梯故障',
      callerPhone: '13900000001',
    });
    for (const unit of ['D1-G1', 'D1-G1', 'D1-G2', 'M1']) {
      await dispatchTo(await makeTicket(ctx, 'pendingDispatch', { callerPhone: '13600000000' }), unit);
    }
    ctx.clock.advance(60 * 1000);
    ids.newest = await makeTicket(ctx, 'pendingDispatch', { address: '幸福小区3号楼东侧' });
  });
  afterAll(async () => ctx.close());

  it('finds open tickets of the same category and district, and the caller’s, newest first and masked', async () => {
    const answer = await get(
      '/api/intake/possible-duplicates?categoryCode=010101&district=D1&phone=13900000001',
    );
    expect(answer.statusCode, answer.body).toBe(200);
    const items = answer.json().items as {
      id: number;
      reasons: string[];
      callerPhone: string;
      address: string;
    }[];
    const found = items.map((item) => item.id);
    expect(found).toContain(ids.samePlace);
    expect(found).toContain(ids.farAddress);
    expect(found).toContain(ids.otherCategory);
    expect(found).not.toContain(ids.closed);
    expect(found).not.toContain(ids.otherDistrict);
    expect(found).not.toContain(ids.oldCall);
    expect(found[0]).toBe(ids.newest);
    expect(items.length).toBeLessThanOrEqual(10);
    const otherCategory = items.find((item) => item.id === ids.otherCategory)!;
    expect(otherCategory.reasons).toEqual(['sameCaller']);
    expect(otherCategory.callerPhone).toBe('139****0001');
  });

  it('narrows same-place tickets to similar addresses once one is typed', async () => {
    const answer = await get(
      `/api/intake/possible-duplicates?categoryCode=010101&district=D1&address=${encodeURIComponent('幸福小区3号楼')}`,
    );
    const items = answer.json().items as { id: number; reasons: string[]; addressSimilarity: number }[];
    const found = items.map((item) => item.id);
    expect(found).toContain(ids.samePlace);
    expect(found).not.toContain(ids.farAddress);
    const same = items.find((item) => item.id === ids.samePlace)!;
    expect(same.reasons).toEqual(['samePlace', 'similarAddress']);
    expect(same.addressSimilarity).toBeGreaterThanOrEqual(SIMILAR_ADDRESS);
  });

  it('asks for nothing it cannot narrow, and refuses unknown districts and bad codes by field', async () => {
    expect((await get('/api/intake/possible-duplicates?categoryCode=010101')).json()).toEqual({ items: [] });
    const district = await get('/api/intake/possible-duplicates?categoryCode=010101&district=M1');
    expect(district.statusCode).toBe(400);
    expect(district.json().error.details).toMatchObject({ field: 'district' });
    const code = await get('/api/intake/suggested-units?categoryCode=01');
    expect(code.statusCode).toBe(400);
    expect(code.body).toContain('categoryCode');
  });

  it('lists the caller’s earlier tickets, closed ones too, with the total', async () => {
    const answer = await get('/api/intake/caller-tickets?phone=139-0000-0001&limit=2');
    expect(answer.statusCode, answer.body).toBe(200);
    const body = answer.json() as { items: { id: number; callerPhone: string }[]; total: number };
    expect(body.total).toBe(3);
    expect(body.items.map((item) => item.id)).toEqual([ids.otherCategory, ids.closed]);
    expect(body.items[0]!.callerPhone).toBe('139****0001');
  });

  it('suggests the units this district’s tickets of the category went to in 90 days, most often first', async () => {
    const answer = await get('/api/intake/suggested-units?categoryCode=010101&district=D1');
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json()).toEqual({
      days: 90,
      items: [
        { unitCode: 'D1-G1', unitName: '东区住房和城乡建设局', count: 2, basis: 'district' },
        { unitCode: 'D1-G2', unitName: '东区兴盛街道办事处', count: 1, basis: 'district' },
        { unitCode: 'M1', unitName: '市供暖办', count: 1, basis: 'district' },
      ],
    });
    // The second level covers its third-level categories.
    const branch = (await get('/api/intake/suggested-units?categoryCode=010100&district=D1')).json();
    expect(branch.items[0]).toMatchObject({ unitCode: 'D1-G1', count: 2 });
  });

  it('falls back to the city’s history, leaving out other districts’ units', async () => {
    const answer = await get('/api/intake/suggested-units?categoryCode=010101&district=D2');
    expect(answer.json().items).toEqual([{ unitCode: 'M1', unitName: '市供暖办', count: 1, basis: 'city' }]);
    const none = await get('/api/intake/suggested-units?categoryCode=020101&district=D2');
    expect(none.json().items).toEqual([]);
  });

  it('answers only those who register appeals', async () => {
    for (const user of ['D1', 'reviewer', 'leader']) {
      const answer = await get('/api/intake/caller-tickets?phone=13900000001', user);
      expect(answer.statusCode, user).toBe(403);
    }
    expect((await get('/api/intake/caller-tickets?phone=13900000001', 'dispatcher')).statusCode).toBe(200);
  });
});
