import { describe, expect, it } from 'vitest';
import { parseLocalTime } from '../../domain/time.ts';
import { createCategoryTree } from '../../domain/categories/category-tree.ts';
import { defaultAliasList } from '../../domain/dictionaries/default-aliases.ts';
import { createDictionaryResolver } from '../../domain/dictionaries/resolver.ts';
import { bundledCategoryNodes } from '../categories/index.ts';
import { createUnitDirectory } from '../units/unit-directory.ts';
import type { MappedRow } from './map-columns.ts';
import { ImportValidationError } from './row-errors.ts';
import { readTicketFile, validateTicketRows } from './ticket-rows.ts';

const directory = createUnitDirectory(
  [
    ['C', '市12345热线', null, 'center'],
    ['D1', '东区', 'C', 'district'],
    ['D1-G1', '东区住房和城乡建设局', 'D1', 'grassroots'],
    ['M1', '市供暖办', 'C', 'department'],
    ['OLD', '已撤销单位', 'C', 'department'],
  ].map(([code, name, parentCode, kind]) => ({
    code: code!,
    name: name!,
    parentCode: parentCode ?? null,
    kind: kind!,
    path: parentCode ? `/C/${parentCode === 'C' ? '' : `${parentCode}/`}${code}/` : '/C/',
    depth: parentCode ? 1 : 0,
    active: code !== 'OLD',
  })),
);

const lookups = {
  units: directory,
  categories: createCategoryTree(bundledCategoryNodes()),
  dictionaries: createDictionaryResolver(defaultAliasList()),
};

const BASE = {
  number: 'T-1',
  receivedAt: '2023-02-01 09:00:00',
  channel: '电话',
  appealType: '咨询',
  content: '咨询公积金提取条件',
};

function rows(...fields: Record<string, string>[]): MappedRow[] {
  return fields.map((f, index) => ({ rowNumber: index + 2, fields: { ...BASE, ...f } }));
}

const located = (errors: { row: number; column: string | null; code: string }[]) =>
  errors.map(({ row, column, code }) => [row, column, code]);

describe('validateTicketRows', () => {
  it('reads labels and English codes, defaults and the intake fields', () => {
    const { tickets, errors } = validateTicketRows(
      rows(
        { handling: '直接答复', answer: '已答复', confidential: '1', urgency: 'URGENT', district: '东区' },
        {
          number: 'T-2',
          handling: 'directAnswer',
          answer: '已答复',
          channel: 'APP',
          appealType: 'praise',
          confidential: 'false',
        },
      ),
      lookups,
    );
    expect(errors).toEqual([]);
    expect(tickets[0]?.intake).toMatchObject({
      channel: 'phone',
      appealType: 'consult',
      urgency: 'urgent',
      confidential: true,
      category: '其他/其他/其他',
      title: '咨询公积金提取条件',
      districtCode: 'D1',
      receivedAt: parseLocalTime('2023-02-01 09:00:00'),
    });
    expect(tickets[1]?.intake).toMatchObject({
      channel: 'app',
      appealType: 'praise',
      urgency: 'normal',
      confidential: false,
    });
  });

  it('reads 转接 targets and 并单 candidates from 答复内容', () => {
    const { tickets } = validateTicketRows(
      rows(
        { handling: '转接', answer: '已转120急救' },
        { number: 'T-2', handling: '转接', answer: '转燃气公司抢修' },
        { number: 'T-3', handling: '并单', answer: '与 2023020100000007 重复' },
      ),
      lookups,
    );
    expect(tickets.map((t) => t.handling)).toEqual([
      { mode: 'transfer', target: '120', note: '已转120急救', closedAt: null },
      { mode: 'transfer', target: 'other', note: '转燃气公司抢修', closedAt: null },
      { mode: 'merge', targetNumbers: ['与 2023020100000007 重复', '2023020100000007'], closedAt: null },
    ]);
  });

  it('turns a 转办 row into its history up to where the data stops', () => {
    const { tickets, errors } = validateTicketRows(
      rows({
        handling: '转办',
        unit: '东区',
        subUnit: '东区住房和城乡建设局',
        dispatchedAt: '2023-02-01 09:30:00',
        acknowledgedAt: '2023-02-01 10:00:00',
        feedbackAt: '2023-02-03 10:00:00',
        revisitResult: '联系上未评价',
        solved: '部分解决',
        completedAt: '2023-02-04 10:00:00',
      }),
      lookups,
    );
    expect(errors).toEqual([]);
    expect(tickets[0]?.handling).toEqual({
      mode: 'dispatch',
      dispatch: {
        unitCode: 'D1',
        subUnitCode: 'D1-G1',
        dispatchedAt: parseLocalTime('2023-02-01 09:30:00'),
        feedbackDue: null,
        completionDue: null,
        acknowledgedAt: parseLocalTime('2023-02-01 10:00:00'),
        feedbackAt: parseLocalTime('2023-02-03 10:00:00'),
        feedbackText: '（原系统未记录反馈内容）',
        // Without 回访时间 the revisit is dated by 办结时间.
        revisit: {
          at: parseLocalTime('2023-02-04 10:00:00'),
          reached: true,
          satisfaction: null,
          solved: 'partly',
        },
        completedAt: parseLocalTime('2023-02-04 10:00:00'),
      },
    });
  });

  it('names the missing step, the wrong order and the wrong unit', () => {
    const { tickets, errors } = validateTicketRows(
      rows(
        { handling: '转办', unit: 'D1', subUnit: 'M1', dispatchedAt: '2023-02-01 09:30:00' },
        {
          number: 'T-2',
          handling: '转办',
          unit: 'OLD',
          dispatchedAt: '2023-02-01 09:30:00',
          feedbackDeadline: '2023-01-30 09:00:00',
        },
        {
          number: 'T-3',
          handling: '转办',
          unit: 'D1',
          dispatchedAt: '2023-02-01 09:30:00',
          acknowledgedAt: '2023-02-01 10:00:00',
          feedbackAt: '2023-02-02 10:00:00',
          revisitResult: '满意',
        },
        {
          number: 'T-4',
          handling: '转办',
          unit: 'D1',
          dispatchedAt: '2023-02-01 09:30:00',
          acknowledgedAt: '2023-02-01 10:00:00',
          feedbackAt: '2023-02-02 10:00:00',
          revisitedAt: '2023-02-03 10:00:00',
          revisitResult: '满意',
          completedAt: '2023-02-02 09:00:00',
        },
        { number: 'T-5', handling: '不予受理', district: '东区住房和城乡建设局', callerPhone: '138-abc' },
      ),
      lookups,
    );
    expect(tickets).toEqual([]);
    expect(located(errors)).toEqual([
      [2, '签收时间', 'REQUIRED'],
      [2, '二级承办单位', 'INVALID_VALUE'],
      [3, '承办单位', 'INVALID_VALUE'],
      [3, '反馈时限', 'TIME_ORDER'],
      [4, '回访时间', 'REQUIRED'],
      // 办结 before 反馈 is impossible; 办结 before the 回访 is how many centres work, and is accepted.
      [5, '办结时间', 'TIME_ORDER'],
      [6, '联系电话', 'INVALID_VALUE'],
      [6, '所属区县', 'UNKNOWN_UNIT'],
      [6, '答复内容', 'REQUIRED'],
    ]);
  });

  it('finds 诉求分类 by code, by path with aliases, or by a unique name, and keeps the path as the list reads', () => {
    const texts = ['010101', '城乡建设/暖气/室温不达标', '城乡建设 ／ 采暖 ／ 室温不达标', '室温不达标'];
    const { tickets, errors } = validateTicketRows(
      rows(
        ...texts.map((category, index) => ({
          number: `C-${index}`,
          handling: '直接答复',
          answer: '已答复',
          category,
        })),
        { number: 'C-9', handling: '直接答复', answer: '已答复' },
      ),
      lookups,
    );
    expect(errors).toEqual([]);
    expect(tickets.slice(0, 4).map((t) => [t.intake.categoryCode, t.intake.category])).toEqual(
      texts.map(() => ['010101', '城乡建设/供暖/室温不达标']),
    );
    // A row without a category is counted under 其他/其他/其他.
    expect(tickets[4]?.intake).toMatchObject({ categoryCode: '999999', category: '其他/其他/其他' });
  });

  it('refuses a category the code list does not have, naming its row and column', () => {
    const { tickets, errors } = validateTicketRows(
      rows(
        { handling: '直接答复', answer: '已答复', category: '城乡建设/供暖/不存在' },
        { number: 'T-2', handling: '直接答复', answer: '已答复', category: '123456' },
      ),
      lookups,
    );
    expect(tickets).toEqual([]);
    expect(located(errors)).toEqual([
      [2, '诉求分类', 'INVALID_VALUE'],
      [3, '诉求分类', 'INVALID_VALUE'],
    ]);
    expect(errors[0]?.message).toContain('不在分类代码表中');
  });

  it('reports a missing column once, on the header row', async () => {
    const error = await readTicketFile(
      Buffer.from('工单编号,受理时间,来源渠道,诉求类型\nT-1,2023-02-01,电话,咨询'),
      lookups,
    ).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ImportValidationError);
    expect(located((error as ImportValidationError).errors)).toEqual([
      [1, '诉求内容', 'MISSING_COLUMN'],
      [1, '办理方式', 'MISSING_COLUMN'],
    ]);
  });
});
