import iconv from 'iconv-lite';
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/context.ts';
import { testDialect } from '../../../test/db.ts';
import { makeTempFolder, writeTextFile, writeXlsxFile } from './fixtures/fixture-files.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const TICKETS = [
  '工单编号,受理时间,来源渠道,诉求类型,诉求分类,诉求内容,办理方式,答复内容,承办单位,派单时间,签收时间',
  'H-1,2023-02-01 09:00:00,电话,咨询,医疗保障/异地就医/异地就医备案,咨询异地就医,直接答复,已答复,,,',
  'H-2,2023-02-01 09:05:00,网站,投诉,城乡建设/供暖/室温不达标,室温不达标,转办,,东区,2023-02-01 09:30:00,2023-02-01 10:00:00',
].join('\n');

const CALLS = [
  '呼叫编号,呼入时间,应答时间,挂机时间,座席工号,主叫号码',
  'CALL-1,2023-02-01 09:00:00,2023-02-01 09:00:10,2023-02-01 09:03:00,A01,13800000001',
  'CALL-2,2023-02-01 09:01:00,2023-02-01 09:01:16,2023-02-01 09:04:00,A02,13800000002',
  'CALL-3,2023-02-01 23:59:50,,2023-02-02 00:00:20,,13800000003',
  'CALL-4,2023-02-02 08:00:00,2023-02-02 08:00:15,2023-02-02 08:02:00,A01,',
].join('\n');

const KB = [
  '知识编号,标题,内容,维护单位,更新时间',
  'KB-1,异地就医备案,旧的办理指南,东区,2023-01-10 09:00:00',
  'KB-2,供暖收费标准,每平方米 25 元,M1,2023-01-11 09:00:00',
  'KB-1,异地就医备案（2023 版）,新的办理指南,东区住房和城乡建设局,2023-02-01 09:00:00',
].join('\n');

describe('the imports API and CLI', () => {
  let ctx: TestContext;
  let folder: Awaited<ReturnType<typeof makeTempFolder>>;
  const post = (kind: string, body: string | Uint8Array, contentType = 'text/csv', user = 'admin') =>
    ctx.app.inject({
      method: 'POST',
      url: `/api/imports/${kind}`,
      headers: { ...ctx.auth(user), 'content-type': contentType },
      payload: typeof body === 'string' ? body : Buffer.from(body),
    });
  beforeAll(async () => {
    ctx = await createTestContext();
    folder = await makeTempFolder();
  });
  afterAll(async () => {
    await ctx.close();
    await folder.remove();
  });

  it('imports tickets and answers how many were new; a second upload skips them all', async () => {
    const first = await post('tickets', TICKETS);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ imported: 2, skipped: 0 });
    expect((await post('tickets', TICKETS)).json()).toEqual({ imported: 0, skipped: 2 });
  });

  it('answers 400 IMPORT_INVALID with every row error', async () => {
    const bad = TICKETS.replace('H-1,2023-02-01 09:00:00,电话', 'H-9,昨天,电话').replace(
      ',东区,',
      ',西北区,',
    );
    const response = await post('tickets', bad);
    expect(response.statusCode).toBe(400);
    const error = response.json().error as {
      code: string;
      details: { errors: { row: number; column: string }[] };
    };
    expect(error.code).toBe('IMPORT_INVALID');
    expect(error.details.errors.map((e) => [e.row, e.column])).toEqual([
      [2, '受理时间'],
      [3, '承办单位'],
    ]);
  });

  it('imports calls from XLSX and counts each local day: offered, answered, answered within 15 s', async () => {
    const bytes = await writeXlsxFile(folder.path, 'calls.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('话务');
      for (const line of CALLS.split('\n')) sheet.addRow(line.split(','));
    });
    const response = await post('calls', bytes, XLSX);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ imported: 4, skipped: 0 });
    const days = [
      { day: '2023-02-01', offered: 3, answered: 2, answeredWithin15s: 1 },
      { day: '2023-02-02', offered: 1, answered: 1, answeredWithin15s: 1 },
    ];
    expect(await ctx.services.calls.listDays('2023-02-01', '2023-02-28')).toEqual(days);
    expect((await post('calls', bytes, XLSX)).json()).toEqual({ imported: 0, skipped: 4 });
    expect(await ctx.services.calls.listDays('2023-02-01', '2023-02-28')).toEqual(days);
  });

  it('refuses a calls file with any invalid row', async () => {
    const bad = `${CALLS}\nCALL-1,2023-02-03 09:00:00,,,,\nCALL-5,2023-02-03 09:00:00,2023-02-03 08:59:00,,,`;
    const response = await post('calls', bad);
    expect(response.statusCode).toBe(400);
    expect(
      (response.json().error.details.errors as { row: number; column: string; code: string }[]).map((e) => [
        e.row,
        e.column,
        e.code,
      ]),
    ).toEqual([
      [6, '呼叫编号', 'DUPLICATE'],
      [7, '应答时间', 'TIME_ORDER'],
    ]);
  });

  it('imports knowledge-base revisions: an article on first sight, its latest text, and each revision once', async () => {
    const bytes = await writeTextFile(folder.path, 'kb.csv', KB, { bom: true });
    const response = await post('kb', bytes);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ imported: 3, skipped: 0 });
    expect((await post('kb', bytes)).json()).toEqual({ imported: 0, skipped: 3 });
    const article = await ctx.services.kb.getArticle('KB-1');
    expect(article).toMatchObject({
      title: '异地就医备案（2023 版）',
      content: '新的办理指南',
      unitCode: 'D1',
    });
    expect(article?.revisions.map((r) => [r.unitCode, r.title])).toEqual([
      ['D1', '异地就医备案'],
      ['D1-G1', '异地就医备案（2023 版）'],
    ]);
    const bad = await post('kb', `${KB}\nKB-3,新条目,,某不存在单位,2023-02-01`);
    expect(bad.statusCode).toBe(400);
    expect((bad.json().error.details.errors as { column: string }[]).map((e) => e.column)).toEqual([
      '内容',
      '维护单位',
    ]);
  });

  it('is documented in the OpenAPI description', async () => {
    const docs = (await ctx.app.inject({ url: '/docs/json' })).json() as { paths: Record<string, unknown> };
    expect(Object.keys(docs.paths)).toContain('/api/imports/{kind}');
  });

  it('is for admins, and needs a file and a known kind', async () => {
    expect((await post('calls', CALLS, 'text/csv', 'dispatcher')).statusCode).toBe(403);
    expect((await post('kb', '', 'text/csv')).statusCode).toBe(400);
    expect((await post('units2', CALLS)).statusCode).toBe(400);
  });

  it('imports through the CLI and prints every error with its row and column', async () => {
    if (testDialect() !== 'sqlite') return; // the CLI opens its own database: a SQLite file is enough to prove it
    const db = join(folder.path, 'cli.db');
    const run = (...args: string[]) =>
      execFileSync('node', ['bin/hotline.mjs', 'import', ...args, '--db', db], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    const file = async (name: string, text: string) => {
      await writeTextFile(folder.path, name, text, { bom: false });
      return join(folder.path, name);
    };
    // The units file as a Chinese Excel saves "CSV": GBK, named on the command line.
    const units = join(folder.path, 'units.csv');
    await writeFile(
      units,
      iconv.encode(
        '单位编码,单位名称,上级单位编码,单位类别\nC,某市12345热线,,中心\nD1,东区,C,县区\nM1,市供暖办,C,市直部门\nD1-G1,东区住房和城乡建设局,D1,基层单位',
        'gbk',
      ),
    );
    expect(run('units', units, '--encoding', 'GBK')).toContain('新增 4');
    expect(run('tickets', await file('tickets.csv', TICKETS))).toContain('新增 2');
    expect(run('calls', await file('calls.csv', CALLS))).toContain('新增 4');
    expect(run('kb', await file('kb.csv', KB))).toContain('新增 3');

    let failure: { status: number; stderr: string } | undefined;
    try {
      run('tickets', await file('bad.csv', TICKETS.replace('2023-02-01 09:00:00', '2023-13-01')));
    } catch (error) {
      failure = error as { status: number; stderr: string };
    }
    expect(failure?.status).toBe(2);
    expect(failure?.stderr).toContain('第 2 行「受理时间」 INVALID_VALUE');
    expect(failure?.stderr).toContain('IMPORT_INVALID');

    let misnamed: { status: number; stderr: string } | undefined;
    try {
      run('calls', join(folder.path, 'calls.csv'), '--encoding', 'latin1');
    } catch (error) {
      misnamed = error as { status: number; stderr: string };
    }
    expect(misnamed?.status).toBe(2);
    expect(misnamed?.stderr).toContain('--encoding 应为 utf8、gb18030 或 gbk');
    // Six processes: each starts in a quarter second from the bundle, several seconds through tsx when edited.
  }, 120_000);
});
