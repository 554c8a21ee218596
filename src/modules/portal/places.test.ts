import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/context.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER = '地点名称,地址,所属区县,纬度,经度,状态';

describe('the portal’s places, kept as a spreadsheet', () => {
  let ctx: TestContext;
  const importCsv = (lines: string[], user = 'admin') =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/places/import?fileName=places.csv',
      headers: { ...ctx.auth(user), 'content-type': 'text/csv' },
      payload: lines.join('\n'),
    });
  const list = async (query = '') =>
    (await ctx.app.inject({ url: `/api/places${query}`, headers: ctx.auth('admin') })).json() as {
      items: {
        name: string;
        initials: string;
        districtCode: string | null;
        active: boolean;
        lat: number | null;
      }[];
      total: number;
    };
  const portal = async (q: string) =>
    (await ctx.app.inject({ url: `/api/public/portal/places?q=${encodeURIComponent(q)}` })).json() as {
      places: { name: string }[];
    };

  beforeAll(async () => {
    ctx = await createTestContext('2023-03-01 09:00:00');
  });
  afterAll(async () => ctx.close());

  it('imports places with their district by name or code, and the portal finds them by pinyin initials', async () => {
    const answer = await importCsv([
      HEADER,
      '东区人民广场,东区胜利街1号,东区,41.1938,122.0618,启用',
      '西区万达广场B座,西区兴隆大街,D2,,,',
    ]);
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json()).toEqual({ created: 2, updated: 0, unchanged: 0 });
    const places = await list();
    expect(places.items.map((p) => [p.name, p.initials, p.districtCode])).toEqual([
      ['东区人民广场', 'dqrmgc', 'D1'],
      ['西区万达广场B座', 'xqwdgcbz', 'D2'],
    ]);
    expect((await portal('dqrm')).places.map((p) => p.name)).toEqual(['东区人民广场']);
    expect((await portal('万达')).places.map((p) => p.name)).toEqual(['西区万达广场B座']);
  });

  it('refuses a file with any bad row, naming each row and column, and writes nothing', async () => {
    const answer = await importCsv([
      HEADER,
      '新车站,车站路,北区,,,',
      ',无名路,,,,',
      '公园,公园路,东区,95,122,',
      '学校,学校路,东区,41.2,,',
      '医院,医院路,东区,,,作废了',
      '新车站,车站路,,,,',
    ]);
    expect(answer.statusCode).toBe(400);
    expect(answer.json().error.code).toBe('IMPORT_INVALID');
    const errors = answer.json().error.details.errors as { row: number; column: string; code: string }[];
    expect(errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, '所属区县', 'UNKNOWN_UNIT'],
      [3, '地点名称', 'REQUIRED'],
      [4, '纬度', 'INVALID_VALUE'],
      [5, '经度', 'REQUIRED'],
      [6, '状态', 'INVALID_VALUE'],
      [7, '地点名称', 'DUPLICATE'],
    ]);
    expect((await list('?includeInactive=true')).total).toBe(2);
  });

  it('updates a place named again, retires one marked 停用, and a re-import of the export changes nothing', async () => {
    const answer = await importCsv([
      HEADER,
      '东区人民广场,东区胜利街1号,东区,41.1940,122.0620,启用',
      '西区万达广场B座,西区兴隆大街,西区,,,停用',
    ]);
    expect(answer.json()).toEqual({ created: 0, updated: 2, unchanged: 0 });
    expect((await list()).items.map((p) => p.name)).toEqual(['东区人民广场']);
    expect((await list('?includeInactive=true')).items.find((p) => !p.active)?.name).toBe('西区万达广场B座');
    expect((await portal('万达')).places).toEqual([]);

    const csv = await ctx.app.inject({ url: '/api/places/export?format=csv', headers: ctx.auth('admin') });
    expect(csv.body.startsWith(`\ufeff${HEADER}`)).toBe(true);
    expect(csv.body).toContain('西区万达广场B座,西区兴隆大街,西区,,,停用');
    expect((await importCsv([csv.body.replace('\ufeff', '')])).json()).toEqual({
      created: 0,
      updated: 0,
      unchanged: 2,
    });
    const xlsx = await ctx.app.inject({ url: '/api/places/export', headers: ctx.auth('admin') });
    expect(xlsx.headers['content-type']).toBe(XLSX);
    const back = await ctx.app.inject({
      method: 'POST',
      url: '/api/places/import',
      headers: { ...ctx.auth('admin'), 'content-type': XLSX },
      payload: xlsx.rawPayload,
    });
    expect(back.json()).toEqual({ created: 0, updated: 0, unchanged: 2 });
  });

  it('writes a name that starts like a formula as text in the CSV, and reads it back unchanged', async () => {
    expect((await importCsv([HEADER, '=HYPERLINK("http://x"),公园路,,,,'])).json()).toMatchObject({
      created: 1,
    });
    const csv = await ctx.app.inject({ url: '/api/places/export?format=csv', headers: ctx.auth('admin') });
    expect(csv.body).toContain(`"'=HYPERLINK(""http://x"")",公园路`);
    expect((await importCsv([csv.body.replace('\ufeff', '')])).json()).toEqual({
      created: 0,
      updated: 0,
      unchanged: 3,
    });
    expect((await list('?q=HYPERLINK')).items.map((p) => p.name)).toEqual(['=HYPERLINK("http://x")']);
  });

  it('is for administrators only, and every import and export is audited', async () => {
    expect((await importCsv([HEADER, '某地,某路,,,,'], 'supervisor')).statusCode).toBe(403);
    expect((await ctx.app.inject({ url: '/api/places', headers: ctx.auth('agent') })).statusCode).toBe(403);
    const audit = await ctx.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'in', ['place.imported', 'place.exported'])
      .execute();
    expect(audit.map((row) => row.action).sort()).toEqual([
      'place.exported',
      'place.exported',
      'place.exported',
      'place.imported',
      'place.imported',
      'place.imported',
      'place.imported',
      'place.imported',
      'place.imported',
    ]);
  });
});
