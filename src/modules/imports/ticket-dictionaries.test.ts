import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/context.ts';
import { makeTempFolder, writeTextFile } from './fixtures/fixture-files.ts';
import { ImportValidationError } from './row-errors.ts';

// Ticket files name 来源渠道, 诉求类型, 紧急程度 and 回访结果 in the city's own words: codes, labels and the
// aliases of the dictionaries module, compared without regard to 全角/半角, case or spaces.
const HEADER =
  '工单编号,受理时间,来源渠道,诉求类型,诉求分类,紧急程度,诉求内容,办理方式,答复内容,' +
  '承办单位,派单时间,签收时间,反馈时间,回访时间,回访结果';
const COLUMNS = HEADER.split(',');

function line(cells: Record<string, string>): string {
  const row: Record<string, string> = {
    受理时间: '2023-02-01 09:00:00',
    来源渠道: '电话',
    诉求类型: '咨询',
    诉求分类: '医疗保障/异地就医/异地就医备案',
    诉求内容: '咨询异地就医备案手续',
    办理方式: '直接答复',
    答复内容: '已答复',
    ...cells,
  };
  return COLUMNS.map((column) => row[column] ?? '').join(',');
}

/** Rows numbered `${prefix}-1…`; the urgencies and channels of the issue, in their legacy spellings. */
function ticketFile(prefix: string, urgencies: string[]): string {
  const channels = ['12345热线', '市长信箱', '电话', 'Ｗｅｂ', '110', '上级交办', '领导信箱', '微信公众号'];
  const rows = urgencies.map((urgency, index) =>
    line({
      工单编号: `${prefix}-${index + 1}`,
      紧急程度: urgency,
      来源渠道: channels[index % channels.length]!,
    }),
  );
  const dispatched = {
    办理方式: '转办',
    答复内容: '',
    承办单位: '东区',
    派单时间: '2023-02-01 09:30:00',
    签收时间: '2023-02-01 10:00:00',
    反馈时间: '2023-02-03 10:00:00',
    回访时间: '2023-02-04 10:00:00',
  };
  rows.push(
    line({ ...dispatched, 工单编号: `${prefix}-R1`, 诉求类型: '感谢信', 回访结果: '非常满意' }),
    line({ ...dispatched, 工单编号: `${prefix}-R2`, 诉求类型: '投诉类', 回访结果: '未接通' }),
  );
  return [HEADER, ...rows].join('\n');
}

const ISSUE_URGENCIES = ['一般', '紧急', '特急', '普通', '加急', '特急件', 'ＮＯＲＭＡＬ', ''];

describe('importing tickets through the dictionaries', () => {
  let ctx: TestContext;
  let folder: Awaited<ReturnType<typeof makeTempFolder>>;
  beforeAll(async () => {
    ctx = await createTestContext();
    folder = await makeTempFolder();
  });
  afterAll(async () => {
    await ctx.close();
    await folder.remove();
  });

  const importText = async (name: string, text: string) =>
    ctx.services.imports.importTickets(
      ctx.actors.admin!,
      await writeTextFile(folder.path, name, text, { bom: false }),
      name,
    );
  const stored = (prefix: string) =>
    ctx.handle.db
      .selectFrom('tickets')
      .select(['number', 'urgency', 'channel', 'appeal_type', 'satisfaction'])
      .where('number', 'like', `${prefix}-%`)
      .orderBy('number')
      .execute();
  const refusal = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ImportValidationError);
    return (error as ImportValidationError).errors;
  };

  it('imports labels, codes and alias spellings as the right codes', async () => {
    expect(await importText('a.csv', ticketFile('A', ISSUE_URGENCIES))).toEqual({ imported: 10, skipped: 0 });
    const rows = await stored('A');
    expect(rows.map((row) => [row.number, row.urgency, row.channel])).toEqual([
      ['A-1', 'normal', 'phone'],
      ['A-2', 'urgent', 'mailbox'],
      ['A-3', 'critical', 'phone'],
      ['A-4', 'normal', 'web'],
      ['A-5', 'urgent', 'line110'],
      ['A-6', 'critical', 'upper'],
      ['A-7', 'normal', 'mailbox'],
      // An empty 紧急程度 is 一般, as at live intake.
      ['A-8', 'normal', 'wechat'],
      ['A-R1', 'normal', 'phone'],
      ['A-R2', 'normal', 'phone'],
    ]);
    expect(rows.slice(-2).map((row) => [row.appeal_type, row.satisfaction])).toEqual([
      ['thanks', 'satisfied'],
      ['complaint', null],
    ]);
  });

  it('refuses the same file with one unknown urgency, naming its row and column, and imports nothing', async () => {
    const errors = await refusal(
      importText(
        'b.csv',
        ticketFile(
          'B',
          ISSUE_URGENCIES.map((u, i) => (i === 4 ? '特特急' : u)),
        ),
      ),
    );
    expect(errors).toEqual([
      {
        row: 6,
        column: '紧急程度',
        code: 'INVALID_VALUE',
        message: '「紧急程度」“特特急”无效，应为：一般、紧急、特急',
        value: '特特急',
      },
    ]);
    expect(await stored('B')).toEqual([]);
  });

  it('accepts an alias added through the API in the next import', async () => {
    const text = ticketFile('C', ['十万火急']);
    expect((await refusal(importText('c.csv', text))).map((e) => [e.row, e.column])).toEqual([
      [2, '紧急程度'],
    ]);
    const added = await ctx.app.inject({
      method: 'PUT',
      url: '/api/dictionaries/urgency/aliases',
      headers: ctx.auth('admin'),
      payload: { alias: '十万火急', code: 'critical' },
    });
    expect(added.statusCode, added.body).toBe(200);
    expect(await importText('c.csv', text)).toEqual({ imported: 3, skipped: 0 });
    expect((await stored('C')).find((row) => row.number === 'C-1')?.urgency).toBe('critical');
  });

  it('names the accepted values of 回访结果: the satisfaction levels and the fixed outcomes', async () => {
    const text = ticketFile('D', ['一般']).replace('非常满意', '一般');
    const [error] = await refusal(importText('d.csv', text));
    expect(error).toMatchObject({ column: '回访结果', code: 'INVALID_VALUE' });
    expect(error?.message).toBe(
      '「回访结果」“一般”无效，应为：满意、基本满意、不满意、联系上未评价、未联系上',
    );
  });
});
