import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/context.ts';
import { makeTicket } from '../../../test/tickets.ts';
import { parseLocalTime } from '../../domain/time.ts';
import { loadPreset } from '../evaluation/schemes/presets.fixture.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('the 诉求分类 code list', () => {
  let ctx: TestContext;
  const as = (user: string) => ctx.auth(user);
  const put = (code: string, payload: object, user = 'admin') =>
    ctx.app.inject({ method: 'PUT', url: `/api/categories/${code}`, headers: as(user), payload });
  const importCsv = (body: string, user = 'admin') =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/categories/import',
      headers: { ...as(user), 'content-type': 'text/csv' },
      payload: body,
    });
  const listAll = async () =>
    (await ctx.app.inject({ url: '/api/categories?includeRetired=true', headers: as('agent') })).json() as {
      code: string;
      name: string;
      path: string;
      active: boolean;
    }[];

  beforeAll(async () => {
    ctx = await createTestContext('2023-03-01 09:00:00');
  });
  afterAll(async () => ctx.close());

  it('comes bundled: three levels of six-digit codes, readable by every signed-in user', async () => {
    const response = await ctx.app.inject({ url: '/api/categories', headers: as('D1') });
    expect(response.statusCode).toBe(200);
    const list = response.json() as {
      code: string;
      level: number;
      path: string;
      parentCode: string | null;
    }[];
    expect(list.find((c) => c.code === '010101')).toMatchObject({
      level: 3,
      parentCode: '010100',
      path: '城乡建设/供暖/室温不达标',
    });
    expect(new Set(list.map((c) => c.level))).toEqual(new Set([1, 2, 3]));
    expect((await ctx.app.inject({ url: '/api/categories' })).statusCode).toBe(401);
  });

  it('takes a live intake by code, by path, by alias or by a unique name, and keeps code and path', async () => {
    for (const category of ['010101', '城乡建设/供暖/室温不达标', '城乡建设/暖气/室温不达标', '室温不达标']) {
      const id = await makeTicket(ctx, 'registered', { category });
      const ticket = await ctx.services.ticketQueries.getTicket(ctx.actors.agent!, id);
      expect(ticket).toMatchObject({ category: '城乡建设/供暖/室温不达标', categoryCode: '010101' });
    }
    const unknown = await ctx.app.inject({
      method: 'POST',
      url: '/api/tickets',
      headers: as('agent'),
      payload: { ...BASE, category: '城乡建设/不存在/分类' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({ code: 'UNKNOWN_CATEGORY', details: { field: 'category' } });
    // A bare name is looked for among first-level categories first: 其他 is 990000, not 999900 or 999999.
    const other = await makeTicket(ctx, 'registered', { category: '其他' });
    expect((await ctx.services.ticketQueries.getTicket(ctx.actors.agent!, other)).categoryCode).toBe(
      '990000',
    );
  });

  it('renaming a category never rewrites the tickets or the bulletin of before; the history keeps every version', async () => {
    const id = await makeTicket(ctx, 'completed', { category: '010102' });
    const scheme = { ...loadPreset('panjin-2023.json'), id: 'heating-out', version: 1 };
    const excluding = {
      ...scheme,
      exclusions: [{ reason: '供暖类不计满意率', indicators: ['satisfaction'], categoryCodes: ['010000'] }],
    };
    await ctx.services.schemes.save(ctx.actors.admin!, excluding);
    const period = {
      from: '2023-03-01',
      to: '2023-03-31',
      asOf: parseLocalTime('2023-04-15 00:00:00'),
      scheme: 'heating-out',
    };
    const before = await ctx.services.bulletins.build(period);

    const renamed = await put('010000', { name: '住房城乡建设', aliases: ['城建'] });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ version: 2, path: '住房城乡建设' });
    expect((await put('010102', { name: '暖气停了' })).json().path).toBe('住房城乡建设/供暖/暖气停了');

    const ticket = await ctx.services.ticketQueries.getTicket(ctx.actors.agent!, id);
    expect(ticket).toMatchObject({ category: '城乡建设/供暖/停暖报修', categoryCode: '010102' });
    expect(await ctx.services.bulletins.build(period)).toEqual(before);

    const detail = (await ctx.app.inject({ url: '/api/categories/010000', headers: as('agent') })).json();
    expect(detail.versions.map((v: { name: string }) => v.name)).toEqual(['城乡建设', '住房城乡建设']);
    // The new name and the alias both find it; new tickets read the new path.
    const fresh = await makeTicket(ctx, 'registered', { category: '城建/供暖/暖气停了' });
    expect((await ctx.services.ticketQueries.getTicket(ctx.actors.agent!, fresh)).category).toBe(
      '住房城乡建设/供暖/暖气停了',
    );
  });

  it('retires a node only with its children; a retired one is refused at intake but stays in history', async () => {
    const early = await put('120100', { name: '大气污染', active: false });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.details.field).toBe('active');
    const children = (await listAll()).filter((c) => c.code.startsWith('1201') && c.code !== '120100');
    for (const child of children)
      expect((await put(child.code, { name: child.name, active: false })).statusCode).toBe(200);
    expect((await put('120100', { name: '大气污染', active: false })).statusCode).toBe(200);
    const refused = await ctx.app.inject({
      method: 'POST',
      url: '/api/tickets',
      headers: as('agent'),
      payload: { ...BASE, category: children[0]!.code },
    });
    expect(refused.json().error.message).toContain('已停用');
    const active = (await ctx.app.inject({ url: '/api/categories', headers: as('agent') })).json();
    expect(active.some((c: { code: string }) => c.code === '120100')).toBe(false);
    expect((await listAll()).find((c) => c.code === '120100')?.active).toBe(false);
  });

  it('refuses bad codes, clashing names and non-admins', async () => {
    expect((await put('010100', { name: '供暖' }, 'agent')).statusCode).toBe(403);
    const gap = await put('010003', { name: '跳级' });
    expect(gap.statusCode).toBe(400);
    expect(gap.json().error.details.fields[0].field).toBe('code');
    const orphan = await put('210100', { name: '无上级' });
    expect(orphan.json().error.details.field).toBe('parentCode');
    const clash = await put('010199', { name: '室温不达标' });
    expect(clash.json().error.details.field).toBe('name');
  });

  it('imports a file: every row checked first, any error imports nothing, and a second import is a no-op', async () => {
    const good = [
      '分类编码,分类名称,上级分类编码,别名',
      '200000,文化旅游,,文旅',
      '200100,景区管理,200000,',
      '200101,门票价格,200100,票价、门票',
    ].join('\n');
    const first = await importCsv(good);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ created: 3, updated: 0, unchanged: 0 });
    expect((await importCsv(good)).json()).toEqual({ created: 0, updated: 0, unchanged: 3 });
    const id = await makeTicket(ctx, 'registered', { category: '文旅/景区管理/票价' });
    expect((await ctx.services.ticketQueries.getTicket(ctx.actors.agent!, id)).categoryCode).toBe('200101');

    const bad = [
      '分类编码,分类名称,上级分类编码,状态',
      '210000,体育,,启用',
      '210100,场馆,200000,启用',
      '2102,健身,210000,启用',
      '210300,,210000,暂停',
    ].join('\n');
    const refused = await importCsv(bad);
    expect(refused.statusCode).toBe(400);
    const located = refused
      .json()
      .error.details.errors.map((e: { row: number; column: string; code: string }) => [
        e.row,
        e.column,
        e.code,
      ]);
    expect(located).toEqual([
      [3, '上级分类编码', 'INVALID_VALUE'],
      [4, '分类编码', 'INVALID_VALUE'],
      [5, '状态', 'INVALID_VALUE'],
      [5, '分类名称', 'REQUIRED'],
    ]);
    expect((await listAll()).some((c) => c.code === '210000')).toBe(false);
    expect((await importCsv(good, 'agent')).statusCode).toBe(403);
  });

  it('exports CSV and XLSX that import back unchanged', async () => {
    const csv = await ctx.app.inject({ url: '/api/categories/export?format=csv', headers: as('admin') });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.startsWith('\ufeff分类编码,分类名称,上级分类编码,别名,状态,分类路径')).toBe(true);
    expect((await importCsv(csv.body)).json()).toMatchObject({ created: 0, updated: 0 });

    const xlsx = await ctx.app.inject({ url: '/api/categories/export', headers: as('admin') });
    expect(xlsx.headers['content-type']).toBe(XLSX);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(2).getCell(1).value).toBe('010000');
    const back = await ctx.app.inject({
      method: 'POST',
      url: '/api/categories/import',
      headers: { ...as('admin'), 'content-type': XLSX },
      payload: xlsx.rawPayload,
    });
    expect(back.json()).toMatchObject({ created: 0, updated: 0 });
    expect((await ctx.app.inject({ url: '/api/categories/export', headers: as('leader') })).statusCode).toBe(
      403,
    );
  });
});

const BASE = {
  channel: 'phone',
  appealType: 'complaint',
  title: '测试诉求',
  content: '测试诉求内容',
  districtCode: 'D1',
};
