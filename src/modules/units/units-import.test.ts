import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/context.ts';
import { testDialect } from '../../../test/db.ts';

const CSV = [
  '\uFEFF单位编码,单位名称,上级单位编码,单位类别',
  'D3,北区,C,县区',
  'D3-G1,北区水务有限公司,D3,基层单位',
  'D3-G1-S1,北区水务客服站,北区水务有限公司,社区',
  'M2,市医疗保障局,C,市直部门',
].join('\r\n');

describe('importing units', () => {
  let ctx: TestContext;
  let dir: string;
  beforeAll(async () => {
    ctx = await createTestContext();
    dir = mkdtempSync(join(tmpdir(), 'units-import-'));
  });
  afterAll(async () => {
    await ctx.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const post = (body: Buffer | string, contentType: string, user = 'admin') =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/units/import',
      headers: { ...ctx.auth(user), 'content-type': contentType },
      payload: body,
    });

  it('imports a CSV with a BOM, parents by code or by name; re-importing changes nothing', async () => {
    const first = await post(CSV, 'text/csv');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ created: 4, updated: 0, unchanged: 0 });
    const again = await post(CSV, 'text/csv');
    expect(again.json()).toEqual({ created: 0, updated: 0, unchanged: 4 });
    const unit = (await ctx.app.inject({ url: '/api/units/D3-G1-S1', headers: ctx.auth('agent') })).json();
    expect(unit).toMatchObject({ name: '北区水务客服站', parentCode: 'D3-G1', kind: 'community', depth: 3 });
  });

  it('imports an XLSX file with English headers and moves a unit with its subtree', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('units');
    sheet.addRow(['code', 'name', 'parent code', 'kind']);
    sheet.addRow(['D3-G1', '北区水务有限公司', 'D2', 'grassroots']);
    const file = join(dir, 'move.xlsx');
    await workbook.xlsx.writeFile(file);
    const response = await post(
      Buffer.from(await workbook.xlsx.writeBuffer()),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const child = (await ctx.app.inject({ url: '/api/units/D3-G1-S1', headers: ctx.auth('agent') })).json();
    expect(child.depth).toBe(3);
    const units = (await ctx.app.inject({ url: '/api/units', headers: ctx.auth('agent') })).json() as {
      code: string;
      parentCode: string;
    }[];
    expect(units.find((u) => u.code === 'D3-G1')?.parentCode).toBe('D2');
  });

  it('refuses a file with any invalid row, reports every error with row and column, and imports nothing', async () => {
    const bad = [
      '单位编码,单位名称,上级单位编码,单位类别',
      'D4,南区,C,县区',
      ',无编码单位,C,县区',
      'D5,南区,C,县区',
      'D6,东六区,NOPE,县区',
      'D7,七区,C,星球',
    ].join('\n');
    const response = await post(bad, 'text/csv');
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe('IMPORT_INVALID');
    const errors = error.details.errors as { row: number; column: string }[];
    expect(errors.map((e) => [e.row, e.column])).toEqual(
      expect.arrayContaining([
        [3, '单位编码'],
        [4, '单位名称'],
        [5, '上级单位编码'],
        [6, '单位类别'],
      ]),
    );
    expect((await ctx.app.inject({ url: '/api/units/D4', headers: ctx.auth('agent') })).statusCode).toBe(404);
  });

  it('only an admin may import', async () => {
    expect((await post(CSV, 'text/csv', 'dispatcher')).statusCode).toBe(403);
  });

  it('imports through the CLI', () => {
    if (testDialect() !== 'sqlite') return; // the CLI opens its own database: a SQLite file is enough to prove it
    const db = join(dir, 'cli.db');
    const file = join(dir, 'units.csv');
    writeFileSync(
      file,
      `单位编码,单位名称,上级单位编码,单位类别\nROOT,某市12345热线,,中心\n${CSV.split('\r\n').slice(1).join('\n').replaceAll(',C,', ',ROOT,')}`,
    );
    const output = execFileSync('node', ['bin/hotline.mjs', 'import', 'units', file, '--db', db], {
      encoding: 'utf8',
    });
    expect(output).toContain('新增 5');
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, '单位编码,单位名称,上级单位编码,单位类别\nX1,某单位,MISSING,县区\n');
    let failure = '';
    try {
      execFileSync('node', ['bin/hotline.mjs', 'import', 'units', bad, '--db', db], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      failure = String((error as { stderr: string }).stderr);
    }
    expect(failure).toContain('IMPORT_INVALID');
    expect(failure).toContain('上级单位编码');
  });
});
