import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/context.ts';
import { readTable, type Table } from '../imports/index.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER =
  '上级工单编号,受理时间,诉求类型,诉求分类,诉求标题,诉求内容,诉求人,联系电话,办理方式,承办单位,派单时间';
const UPPER_FILE = [
  HEADER,
  'SJ-2023-001,2023-03-01 08:00:00,投诉,城乡建设/供暖/室温不达标,省平台交办：室温不达标,幸福小区室温只有14度。,李建国,13900001111,,,',
  'SJ-2023-002,2023-03-01 08:10:00,求助,城乡建设/供暖/室温不达标,省平台交办：暖气不热,兴盛街道暖气不热。,王芳,13900002222,转办,东区,2023-03-01 08:30:00',
].join('\n');

describe('上级交办: import, handle, export', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx.close());

  const upload = (body: string | Buffer, user = 'dispatcher', contentType = 'text/csv') =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/exchange/upper/import',
      headers: { ...ctx.auth(user), 'content-type': contentType },
      payload: body,
    });
  const get = (url: string, user = 'dispatcher') =>
    ctx.app.inject({ method: 'GET', url, headers: ctx.auth(user) });
  const upperOrders = async () => (await get('/api/lines/orders?line=upper', 'supervisor')).json().total;
  const rowsOf = (table: Table) => table.rows.map((row) => row.values);

  it('registers each row as a ticket from 上级交办, pending dispatch or as the row says', async () => {
    const response = await upload(UPPER_FILE);
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json();
    expect(result).toMatchObject({ imported: 2, skipped: 0 });
    expect(result.tickets.map((t: { upperNumber: string }) => t.upperNumber)).toEqual([
      'SJ-2023-001',
      'SJ-2023-002',
    ]);
    const [first, second] = await Promise.all(
      result.tickets.map((t: { ticketId: number }) =>
        ctx.services.ticketQueries.getTicket(ctx.actors.dispatcher!, t.ticketId),
      ),
    );
    expect(first).toMatchObject({ channel: 'upper', state: 'pendingDispatch', callerName: '李建国' });
    expect(second).toMatchObject({ channel: 'upper', state: 'dispatched', leadUnitCode: 'D1' });
    // Numbered as the hotline numbers its own tickets: date of receipt and sequence.
    expect(first.number).toMatch(/^20230301\d{8}$/);
    expect(result.tickets[0].ticketNumber).toBe(first.number);

    const view = await get('/api/lines/orders/upper/SJ-2023-001', 'agent');
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json()).toMatchObject({ ticketNumber: first.number, state: 'pendingDispatch' });
  });

  it('skips a file imported before: idempotent on 上级工单编号', async () => {
    const again = await upload(UPPER_FILE);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toEqual({ imported: 0, skipped: 2, tickets: [] });
    expect(await upperOrders()).toBe(2);
  });

  it('refuses a file with any bad row, lists every error with row and column, and writes nothing', async () => {
    const bad = [
      HEADER,
      'SJ-2023-003,2023-03-01 08:20:00,投诉,城乡建设/供暖/室温不达标,标题,内容,张三,13900003333,,,',
      ',2023-03-01 08:20:00,投诉,城乡建设/供暖/室温不达标,标题,内容,张三,13900003333,,,',
      'SJ-2023-003,2023-03-01 08:20:00,抱怨,城乡建设/供暖/室温不达标,标题,内容,张三,13900003333,转办,北区,',
    ].join('\n');
    const response = await upload(bad);
    expect(response.statusCode, response.body).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('IMPORT_INVALID');
    const found = error.details.errors.map((e: { row: number; column: string; code: string }) => [
      e.row,
      e.column,
      e.code,
    ]);
    expect(found).toEqual(
      expect.arrayContaining([
        [3, '上级工单编号', 'REQUIRED'],
        [4, '上级工单编号', 'DUPLICATE'],
        [4, '诉求类型', 'INVALID_VALUE'],
        [4, '承办单位', 'UNKNOWN_UNIT'],
      ]),
    );
    expect(await upperOrders()).toBe(2);

    const missing = await upload('受理时间,诉求类型,诉求分类,诉求内容\n2023-03-01 08:00:00,投诉,x,y');
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details.errors).toEqual([
      expect.objectContaining({ row: 1, column: '上级工单编号', code: 'MISSING_COLUMN' }),
    ]);
  });

  it('exports the tickets from upper with their 办理结果, and the exported file reads back as a no-op', async () => {
    const { ticketId } = (await get('/api/lines/orders/upper/SJ-2023-001')).json();
    const run = (user: string, command: object) =>
      ctx.services.tickets.execute(ctx.actors[user]!, ticketId, null, command as never);
    await run('dispatcher', { type: 'dispatch', leadUnitCode: 'D1', supportUnitCodes: [], note: null });
    await run('D1', { type: 'acknowledge', unitCode: 'D1' });
    await run('D1', { type: 'submitFeedback', unitCode: 'D1', content: '已协调供暖公司，室温恢复到20度。' });
    await run('reviewer', { type: 'review', accept: true, note: null });
    await run('reviewer', {
      type: 'revisit',
      reached: true,
      satisfaction: 'satisfied',
      solved: 'solved',
      note: null,
    });

    const csv = await get(
      '/api/exchange/upper/export?from=2023-03-01&to=2023-03-01&format=csv',
      'supervisor',
    );
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const table = await readTable(new Uint8Array(csv.rawPayload), 'csv');
    expect(table.headers.slice(0, 3)).toEqual(['工单编号', '上级工单编号', '受理时间']);
    const rows = rowsOf(table);
    expect(rows.map((row) => row['上级工单编号'])).toEqual(['SJ-2023-001', 'SJ-2023-002']);
    expect(rows[0]).toMatchObject({
      来源渠道: '上级交办',
      办理方式: '转办',
      答复内容: '已协调供暖公司，室温恢复到20度。',
      承办单位: '东区',
      回访结果: '满意',
      是否解决: '已解决',
      办结时间: '2023-03-01 09:00:00',
    });
    expect(rows[1]).toMatchObject({ 承办单位: '东区', 派单时间: '2023-03-01 08:30:00', 办结时间: '' });
    // A supervisor sees callers masked, in the file as on the screen; a dispatcher's export has them whole.
    expect(rows[0]!['诉求人']).toBe('李**');

    const xlsx = await get('/api/exchange/upper/export?from=2023-03-01&to=2023-03-01');
    expect(xlsx.statusCode, xlsx.body).toBe(200);
    expect(xlsx.headers['content-type']).toBe(XLSX);
    const sheet = await readTable(new Uint8Array(xlsx.rawPayload), 'xlsx');
    expect(rowsOf(sheet)[0]).toMatchObject({
      上级工单编号: 'SJ-2023-001',
      回访结果: '满意',
      诉求人: '李建国',
    });

    // The exported file is a file of the import's format: read back, every row is already registered.
    const back = await upload(xlsx.rawPayload, 'admin', XLSX);
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toEqual({ imported: 0, skipped: 2, tickets: [] });

    expect(
      (await get('/api/exchange/upper/export?from=2023-03-02&to=2023-03-02&format=csv')).statusCode,
    ).toBe(200);
    const reversed = await get('/api/exchange/upper/export?from=2023-03-02&to=2023-03-01');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.details.field).toBe('to');
  });

  it('counts work from upper with the incoming orders, and keeps the exchange to the centre', async () => {
    const figures = await get(
      '/api/lines/figures?from=2023-03-01%2000:00:00&to=2023-03-02%2000:00:00',
      'leader',
    );
    expect(figures.json().ordersIn).toEqual([{ line: 'upper', total: 2 }]);
    expect((await upload(UPPER_FILE, 'agent')).statusCode).toBe(403);
    expect((await get('/api/exchange/upper/export?from=2023-03-01&to=2023-03-01', 'D1')).statusCode).toBe(
      403,
    );
    const audit = await ctx.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'in', ['exchange.upperImported', 'exchange.upperExported'])
      .execute();
    expect(audit.map((row) => row.action).sort()).toEqual([
      'exchange.upperExported',
      'exchange.upperExported',
      'exchange.upperExported',
      'exchange.upperImported',
      'exchange.upperImported',
      'exchange.upperImported',
    ]);
  });
});
