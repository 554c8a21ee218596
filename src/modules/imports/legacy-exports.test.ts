import iconv from 'iconv-lite';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/context.ts';
import { formatLocalTime } from '../../domain/time.ts';
import { makeTempFolder, writeBytesFile, writeXlsxFile } from './fixtures/fixture-files.ts';
import { ImportFileError, ImportValidationError } from './row-errors.ts';

// What real 12345 systems export: their own headers (工单号, 来电时间, 办理单位 …), dates as they print them,
// GB18030 "CSV" from a Chinese Excel, and blank rows at the end of a sheet.
const LEGACY = [
  '工单号,来电时间,来源,问题类型,问题分类,紧急度,来电内容,处理方式,答复意见,办理单位,转办时间,接收时间',
  'L-1,2023/1/5 9:03,12345热线,咨询,医疗保障/异地就医/异地就医备案,普通,咨询异地就医备案手续,直接答复,已告知办理渠道,,,',
  'L-2,2023年1月5日 10时15分,网站,投诉,城乡建设/供暖/室温不达标,特急,室温只有十度，家有老人,转办,,东区,2023-01-05T10:30:00+08:00,2023-01-05 10:40',
  '　,  ,,,,,,,,,,',
  ',,,,,,,,,,,',
].join('\r\n');

describe('imports of real legacy exports', () => {
  let ctx: TestContext;
  let folder: Awaited<ReturnType<typeof makeTempFolder>>;
  const stored = async (number: string) =>
    ctx.handle.db.selectFrom('tickets').selectAll().where('number', '=', number).executeTakeFirst();

  beforeAll(async () => {
    ctx = await createTestContext('2023-03-01 09:00:00');
    folder = await makeTempFolder();
  });
  afterAll(async () => {
    await ctx.close();
    await folder.remove();
  });

  it('reads a GB18030 CSV with alternative headers, legacy dates and blank trailing rows', async () => {
    const bytes = await writeBytesFile(folder.path, 'legacy.csv', iconv.encode(LEGACY, 'gb18030'));
    // Not UTF-8: the bytes of 工单号 in GB18030 are not a UTF-8 sequence.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const result = await ctx.services.imports.importTickets(ctx.actors.admin!, bytes, 'legacy.csv');
    expect(result).toEqual({ imported: 2, skipped: 0 });
    const direct = await stored('L-1');
    expect(direct).toMatchObject({ channel: 'phone', urgency: 'normal', state: 'answered' });
    expect(formatLocalTime(new Date(direct!.received_at))).toBe('2023-01-05 09:03:00');
    const dispatched = await stored('L-2');
    expect(dispatched).toMatchObject({ urgency: 'critical', category_code: '010101', lead_unit_code: 'D1' });
    expect(formatLocalTime(new Date(dispatched!.received_at))).toBe('2023-01-05 10:15:00');
  });

  it('reads the other headers and date forms of legacy exports, an Excel serial in a CSV included', async () => {
    const csv = [
      '工单编码,受理日期,受理渠道,诉求性质,业务分类,缓急程度,工单标题,问题描述,市民姓名,手机号码,事发地址,所属区域,办理类型,回复内容,承办部门',
      'F-1,2023-1-5 9:03:07,电话,咨询,医疗保障/异地就医/异地就医备案,普通,异地就医,咨询备案,张女士,13800000001,东区幸福路,东区,直接答复,已告知,',
      'F-2,2023年1月5日 09:03,电话,咨询,医疗保障/异地就医/异地就医备案,普通,异地就医,咨询备案,,,,,直接答复,已告知,',
      'F-3,44931.37708,电话,咨询,医疗保障/异地就医/异地就医备案,普通,异地就医,咨询备案,,,,,直接答复,已告知,',
      '\u3000,\u00a0,,,,,,,,,,,,,',
    ].join('\n');
    const bytes = await writeBytesFile(folder.path, 'forms.csv', new TextEncoder().encode(csv));
    expect(await ctx.services.imports.importTickets(ctx.actors.admin!, bytes, 'forms.csv')).toEqual({
      imported: 3,
      skipped: 0,
    });
    const times = await Promise.all(
      ['F-1', 'F-2', 'F-3'].map(async (number) =>
        formatLocalTime(new Date((await stored(number))!.received_at)),
      ),
    );
    expect(times).toEqual(['2023-01-05 09:03:07', '2023-01-05 09:03:00', '2023-01-05 09:03:00']);
    expect(await stored('F-1')).toMatchObject({
      title: '异地就医',
      caller_name: '张女士',
      district_code: 'D1',
    });
  });

  it('takes the encoding the user names, and says so when it is wrong', async () => {
    const text = LEGACY.replaceAll('L-', 'N-');
    const path = join(folder.path, 'named.csv');
    await writeBytesFile(folder.path, 'named.csv', iconv.encode(text, 'gbk'));
    const named = await ctx.services.imports.importTickets(ctx.actors.admin!, { path, encoding: 'gb18030' });
    expect(named.imported).toBe(2);
    const wrong = await ctx.services.imports
      .importTickets(ctx.actors.admin!, { path, encoding: 'utf-8' })
      .catch((error: unknown) => error);
    expect(wrong).toBeInstanceOf(ImportFileError);
    expect((wrong as ImportFileError).message).toContain('不是 UTF-8');
  });

  it('takes ?encoding= on the import route, detects it when left out, and refuses a name it does not know', async () => {
    const upload = (number: string, query = '') =>
      ctx.app.inject({
        method: 'POST',
        url: `/api/imports/tickets${query}`,
        headers: { ...ctx.auth('admin'), 'content-type': 'text/csv' },
        payload: iconv.encode(LEGACY.replaceAll('L-', number), 'gb18030'),
      });
    const named = await upload('R-', '?encoding=gbk');
    expect(named.statusCode, named.body).toBe(200);
    expect(named.json()).toEqual({ imported: 2, skipped: 0 });
    expect((await upload('S-')).json()).toEqual({ imported: 2, skipped: 0 });
    const wrong = await upload('T-', '?encoding=utf8');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe('IMPORT_FILE_UNREADABLE');
    const unknown = await upload('U-', '?encoding=latin1');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: [expect.objectContaining({ field: 'encoding' })] },
    });
    expect(await stored('U-1')).toBeUndefined();
  });

  it('reads Excel serial numbers in General cells as Shanghai wall-clock times', async () => {
    const bytes = await writeXlsxFile(folder.path, 'serials.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('工单');
      sheet.addRow(['工单编号', '受理时间', '来源渠道', '诉求类型', '诉求内容', '办理方式', '答复内容']);
      // 44931.37708 is 2023-01-05 09:03:00, typed into a cell left in General format.
      sheet.addRow(['X-1', 44931.37708, '电话', '咨询', '咨询供暖时间', '直接答复', '11月1日开始供暖']);
      sheet.addRow([]);
      sheet.addRow(['  ', ' ']);
    });
    expect(await ctx.services.imports.importTickets(ctx.actors.admin!, bytes, 'serials.xlsx')).toEqual({
      imported: 1,
      skipped: 0,
    });
    expect(formatLocalTime(new Date((await stored('X-1'))!.received_at))).toBe('2023-01-05 09:03:00');
  });

  it('still refuses what it cannot read, naming row and column, and imports nothing', async () => {
    const bad = LEGACY.replace('L-1,2023/1/5 9:03', 'B-1,13812345678').replace('L-2', 'B-2');
    const error = await ctx.services.imports
      .importTickets(ctx.actors.admin!, iconv.encode(bad, 'gb18030'), 'bad.csv')
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ImportValidationError);
    expect((error as ImportValidationError).errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, '受理时间', 'INVALID_VALUE'],
    ]);
    expect(await stored('B-2')).toBeUndefined();
  });
});
