import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/context.ts';
import { makeTicket } from '../../../test/tickets.ts';
import { parseLocalTime } from '../../domain/time.ts';
import { compareRollups } from '../evaluation/index.ts';
import { makeTempFolder, writeTextFile, writeXlsxFile } from './fixtures/fixture-files.ts';
import { ImportValidationError } from './row-errors.ts';
import type { RowError } from './row-errors.ts';

const HEADER =
  '工单编号,受理时间,来源渠道,诉求类型,诉求分类,紧急程度,诉求标题,诉求内容,诉求人,联系电话,诉求地址,所属区县,是否保密,' +
  '办理方式,答复内容,承办单位,二级承办单位,派单时间,签收时间,反馈时限,反馈时间,办结时限,办结时间,回访时间,回访结果,是否解决';
const COLUMNS = HEADER.split(',');

/** A CSV line from the cells that matter; the intake cells have sensible defaults. */
function line(cells: Record<string, string>): string {
  const row: Record<string, string> = {
    受理时间: '2023-02-01 09:00:00',
    来源渠道: '电话',
    诉求类型: '咨询',
    诉求分类: '医疗保障/异地就医/异地就医备案',
    诉求内容: '咨询异地就医备案手续',
    是否保密: '否',
    ...cells,
  };
  return COLUMNS.map((column) => row[column] ?? '').join(',');
}

const csv = (...rows: Record<string, string>[]) => [HEADER, ...rows.map(line)].join('\n');

async function rowErrors(promise: Promise<unknown>): Promise<Pick<RowError, 'row' | 'column' | 'code'>[]> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ImportValidationError);
  return (error as ImportValidationError).errors.map(({ row, column, code }) => ({ row, column, code }));
}

describe('importing tickets', () => {
  let ctx: TestContext;
  let folder: Awaited<ReturnType<typeof makeTempFolder>>;
  const importFile = (bytes: Uint8Array, name?: string) =>
    ctx.services.imports.importTickets(ctx.actors.admin!, bytes, name);
  const count = async () =>
    Number(
      (
        await ctx.handle.db
          .selectFrom('tickets')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  beforeAll(async () => {
    ctx = await createTestContext();
    folder = await makeTempFolder();
  });
  afterAll(async () => {
    await ctx.close();
    await folder.remove();
  });

  it('imports a CSV with a BOM, every handling mode, and skips every row when the file comes again', async () => {
    const text = csv(
      { 工单编号: 'S-1', 办理方式: '直接答复', 答复内容: '已答复', 紧急程度: '紧急', 是否保密: '是' },
      { 工单编号: 'S-2', 办理方式: 'reject', 答复内容: '不属于受理范围', 来源渠道: 'wechat' },
      { 工单编号: 'S-3', 办理方式: '转接', 答复内容: '转119处理', 诉求类型: 'help' },
      { 工单编号: 'S-4', 办理方式: '并单', 答复内容: '与S-5重复' },
      {
        工单编号: 'S-5',
        办理方式: '转办',
        承办单位: '东区',
        二级承办单位: 'D1-G1',
        派单时间: '2023-02-01 09:30:00',
        签收时间: '2023-02-01 10:00:00',
        反馈时限: '2023-02-10 17:00:00',
        办结时限: '2023-02-15 17:00:00',
      },
      {
        工单编号: 'S-6',
        受理时间: '2023-02-01T01:00:00Z',
        办理方式: '转办',
        承办单位: 'M1',
        派单时间: '2023/2/1 9:30',
        签收时间: '2023-02-01 10:00:00',
        反馈时间: '2023-02-03 10:00:00',
        回访时间: '2023-02-04 10:00:00',
        回访结果: '不满意',
        是否解决: '未解决',
      },
    );
    const bytes = await writeTextFile(folder.path, 'tickets.csv', text, { bom: true });
    expect(await importFile(bytes, 'tickets.csv')).toEqual({ imported: 6, skipped: 0 });
    expect(await importFile(bytes, 'tickets.csv')).toEqual({ imported: 0, skipped: 6 });

    const rows = await ctx.handle.db
      .selectFrom('tickets')
      .select([
        'number',
        'state',
        'urgency',
        'confidential',
        'channel',
        'transfer_target',
        'satisfaction',
        'title',
      ])
      .where('number', 'like', 'S-%')
      .orderBy('number')
      .execute();
    expect(rows.map((r) => [r.number, r.state])).toEqual([
      ['S-1', 'answered'],
      ['S-2', 'rejected'],
      ['S-3', 'transferred'],
      ['S-4', 'merged'],
      ['S-5', 'inProgress'],
      ['S-6', 'completed'],
    ]);
    expect(rows[0]).toMatchObject({ urgency: 'urgent', confidential: 1, title: '咨询异地就医备案手续' });
    expect(rows[1]?.channel).toBe('wechat');
    expect(rows[2]?.transfer_target).toBe('119');
    expect(rows[5]?.satisfaction).toBe('dissatisfied');
    // 反馈时限 and 办结时限 of the file replace the policy's; the sub-unit can never have more time.
    const assignments = await ctx.handle.db
      .selectFrom('assignments')
      .innerJoin('tickets', 'tickets.id', 'assignments.ticket_id')
      .select([
        'assignments.unit_code',
        'assignments.feedback_due',
        'assignments.completion_due',
        'assignments.state',
      ])
      .where('tickets.number', '=', 'S-5')
      .orderBy('assignments.id')
      .execute();
    expect(assignments.map((a) => [a.unit_code, a.state])).toEqual([
      ['D1', 'inProgress'],
      ['D1-G1', 'inProgress'],
    ]);
    expect(assignments[0]?.feedback_due).toBe(parseLocalTime('2023-02-10 17:00:00').toISOString());
    expect(assignments[0]?.completion_due).toBe(parseLocalTime('2023-02-15 17:00:00').toISOString());
    expect(assignments[1]!.feedback_due! <= assignments[0]!.feedback_due!).toBe(true);
    expect(await compareRollups(ctx.handle.db, await ctx.services.units.directory())).toEqual([]);
  });

  it('imports an XLSX with English headers and real date cells', async () => {
    const bytes = await writeXlsxFile(folder.path, 'tickets.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('tickets');
      sheet.addRow([
        'ticket number',
        'received at',
        'source channel',
        'appeal type',
        'appeal content',
        'handling mode',
        'answer content',
        'handling unit',
        'dispatched at',
      ]);
      // Excel keeps wall-clock times: the UTC fields of these dates are the Shanghai time.
      sheet.addRow([
        'X-1',
        new Date(Date.UTC(2023, 1, 2, 9, 0, 0)),
        '网站',
        '投诉',
        '路灯不亮',
        '转办',
        '',
        '市供暖办',
        new Date(Date.UTC(2023, 1, 2, 9, 45, 0)),
      ]);
      sheet.addRow([
        20230202001,
        '2023-02-02 10:00:00',
        'phone',
        'consult',
        '咨询政策',
        'directAnswer',
        '已解答',
        '',
        '',
      ]);
    });
    expect(await importFile(bytes)).toEqual({ imported: 2, skipped: 0 });
    const dispatched = await ctx.handle.db
      .selectFrom('tickets')
      .select(['state', 'received_at', 'lead_unit_code'])
      .where('number', '=', 'X-1')
      .executeTakeFirstOrThrow();
    expect(dispatched).toEqual({
      state: 'dispatched',
      received_at: parseLocalTime('2023-02-02 09:00:00').toISOString(),
      lead_unit_code: 'M1',
    });
    expect(await count()).toBeGreaterThanOrEqual(8);
  });

  it('reports every error with its row and column, including what the lifecycle refuses, and imports nothing', async () => {
    const before = await count();
    const text = csv(
      { 工单编号: 'E-1', 办理方式: '直接答复', 答复内容: '已答复' },
      { 工单编号: 'E-1', 办理方式: '直接答复', 答复内容: '重复编号' },
      { 工单编号: 'E-3', 受理时间: '2023-02-30 09:00', 办理方式: '直接答复', 答复内容: '日期无效' },
      { 工单编号: 'E-4', 来源渠道: '飞鸽', 办理方式: '办理', 诉求分类: '只有一级' },
      { 工单编号: 'E-5', 办理方式: '转办', 承办单位: '北区', 派单时间: '2023-02-01 08:00:00' },
      {
        工单编号: 'E-6',
        办理方式: '转办',
        承办单位: 'D2',
        二级承办单位: 'D1-G1',
        派单时间: '2023-02-01 10:00:00',
        签收时间: '2023-02-01 09:30:00',
      },
      {
        工单编号: 'E-7',
        办理方式: '转办',
        承办单位: 'D1',
        派单时间: '2023-02-01 10:00:00',
        反馈时间: '2023-02-02 10:00:00',
      },
      { 工单编号: 'E-8', 办理方式: '直接答复', 答复内容: '已答复', 承办单位: 'D1' },
      { 工单编号: 'E-9', 办理方式: '并单', 答复内容: 'NOWHERE-1' },
      { 工单编号: 'E-10', 办理方式: '转办', 承办单位: '测试市12345热线', 派单时间: '2023-02-01 10:00:00' },
      {
        工单编号: 'E-11',
        办理方式: '转办',
        承办单位: 'D1',
        派单时间: '2023-02-01 10:00:00',
        签收时间: '2023-02-01 11:00:00',
        反馈时间: '2023-02-02 10:00:00',
        回访结果: '未联系上',
        是否解决: '已解决',
        回访时间: '2023-02-03 10:00:00',
      },
    );
    const errors = await rowErrors(
      importFile(await writeTextFile(folder.path, 'bad.csv', text, { bom: false })),
    );
    expect(errors).toEqual([
      { row: 3, column: '工单编号', code: 'DUPLICATE' },
      { row: 4, column: '受理时间', code: 'INVALID_VALUE' },
      { row: 5, column: '来源渠道', code: 'INVALID_VALUE' },
      { row: 5, column: '诉求分类', code: 'INVALID_VALUE' },
      { row: 5, column: '办理方式', code: 'INVALID_VALUE' },
      { row: 6, column: '承办单位', code: 'UNKNOWN_UNIT' },
      { row: 6, column: '派单时间', code: 'TIME_ORDER' },
      { row: 7, column: '二级承办单位', code: 'INVALID_VALUE' },
      { row: 7, column: '签收时间', code: 'TIME_ORDER' },
      { row: 8, column: '签收时间', code: 'REQUIRED' },
      { row: 9, column: '承办单位', code: 'INVALID_VALUE' },
      { row: 10, column: '答复内容', code: 'UNKNOWN_TICKET' },
      { row: 11, column: '承办单位', code: 'INVALID_VALUE' },
      { row: 12, column: '是否解决', code: 'INVALID_VALUE' },
    ]);
    expect(await count()).toBe(before);
  });

  it('rolls back what it wrote when the lifecycle refuses a row found late in a long file', async () => {
    ctx.clock.set(parseLocalTime('2023-01-05 09:00:00'));
    await makeTicket(ctx, 'completed');
    const closed = await ctx.handle.db
      .selectFrom('tickets')
      .select('number')
      .where('state', '=', 'completed')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    const before = await count();
    const rows = Array.from({ length: 600 }, (_, i) => ({
      工单编号: `R-${i}`,
      办理方式: '直接答复',
      答复内容: '已答复',
    }));
    const text = csv(...rows, { 工单编号: 'R-DUP', 办理方式: '并单', 答复内容: closed.number });
    const errors = await rowErrors(
      importFile(await writeTextFile(folder.path, 'late.csv', text, { bom: false })),
    );
    expect(errors).toEqual([{ row: 602, column: '答复内容', code: 'MERGE_TARGET_INVALID' }]);
    expect(await count()).toBe(before);
    expect(await compareRollups(ctx.handle.db, await ctx.services.units.directory())).toEqual([]);
  });

  it('resolves chains of duplicates within the file and refuses a loop', async () => {
    const chain = csv(
      { 工单编号: 'C-1', 办理方式: '并单', 答复内容: 'C-2', 办结时间: '2023-02-01 09:10:00' },
      { 工单编号: 'C-2', 办理方式: '并单', 答复内容: 'C-3', 办结时间: '2023-02-01 09:20:00' },
      { 工单编号: 'C-3', 办理方式: '转办' },
    );
    expect(await importFile(Buffer.from(chain))).toEqual({ imported: 3, skipped: 0 });
    const loop = csv(
      { 工单编号: 'L-1', 办理方式: '并单', 答复内容: 'L-2' },
      { 工单编号: 'L-2', 办理方式: '并单', 答复内容: 'L-1' },
    );
    expect(await rowErrors(importFile(Buffer.from(loop)))).toEqual([
      { row: 2, column: '答复内容', code: 'MERGE_TARGET_INVALID' },
      { row: 3, column: '答复内容', code: 'MERGE_TARGET_INVALID' },
    ]);
  });

  it('is for admins only', async () => {
    await expect(
      ctx.services.imports.importTickets(ctx.actors.dispatcher!, Buffer.from(csv({ 工单编号: 'N-1' }))),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
