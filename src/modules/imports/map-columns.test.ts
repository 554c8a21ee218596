import { describe, expect, it } from 'vitest';
import { CALL_COLUMNS, KB_COLUMNS, TICKET_COLUMNS, UNIT_COLUMNS, normalizeHeader } from './columns.ts';
import type { ColumnSpec } from './columns.ts';
import { mapColumns } from './map-columns.ts';
import type { Table } from './tabular.ts';

function table(headers: string[], ...rows: string[][]): Table {
  return {
    headers,
    rows: rows.map((cells, index) => ({
      rowNumber: index + 2,
      values: Object.fromEntries(headers.map((header, column) => [header, cells[column] ?? ''])),
    })),
  };
}

describe('the interchange column specs (DESIGN §7)', () => {
  const specs: [string, readonly ColumnSpec[]][] = [
    ['units', UNIT_COLUMNS],
    ['tickets', TICKET_COLUMNS],
    ['calls', CALL_COLUMNS],
    ['kb', KB_COLUMNS],
  ];

  it('lists the Chinese headers of §7 in order', () => {
    expect(UNIT_COLUMNS.map((c) => c.header)).toEqual(['单位编码', '单位名称', '上级单位编码', '单位类别']);
    expect(TICKET_COLUMNS.map((c) => c.header)).toEqual([
      '工单编号',
      '受理时间',
      '来源渠道',
      '诉求类型',
      '诉求分类',
      '紧急程度',
      '诉求标题',
      '诉求内容',
      '诉求人',
      '联系电话',
      '诉求地址',
      '所属区县',
      '是否保密',
      '办理方式',
      '答复内容',
      '承办单位',
      '二级承办单位',
      '派单时间',
      '签收时间',
      '反馈时限',
      '反馈时间',
      '办结时限',
      '办结时间',
      '回访时间',
      '回访结果',
      '是否解决',
    ]);
    expect(CALL_COLUMNS.map((c) => c.header)).toEqual([
      '呼叫编号',
      '呼入时间',
      '应答时间',
      '挂机时间',
      '座席工号',
      '主叫号码',
    ]);
    expect(KB_COLUMNS.map((c) => c.header)).toEqual(['知识编号', '标题', '内容', '维护单位', '更新时间']);
  });

  it.each(specs)(
    'gives every %s column its key, a snake_case form and a spaced English form',
    (_name, spec) => {
      for (const column of spec) {
        expect(column.key).toMatch(/^[a-z][a-zA-Z]*$/);
        expect(column.aliases).toContain(column.key);
        expect(column.aliases).toContain(
          column.key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`),
        );
        expect(column.aliases.some((alias) => /^[a-z]+(_[a-z]+)+$/.test(alias))).toBe(true);
        expect(column.aliases.some((alias) => alias.includes(' '))).toBe(true);
      }
    },
  );

  it('uses the camelCase keys the ticket importer expects', () => {
    const keyOf = (header: string) => TICKET_COLUMNS.find((c) => c.header === header)?.key;
    expect([keyOf('工单编号'), keyOf('受理时间'), keyOf('来源渠道'), keyOf('诉求类型')]).toEqual([
      'number',
      'receivedAt',
      'channel',
      'appealType',
    ]);
  });
});

describe('mapColumns', () => {
  it('keys fields by spec key from Chinese headers', () => {
    const result = mapColumns(
      table(['单位编码', '单位名称', '上级单位编码', '单位类别'], ['D01', '兴隆台区', 'C001', '县区']),
      UNIT_COLUMNS,
    );
    expect(result).toEqual({
      rows: [{ rowNumber: 2, fields: { code: 'D01', name: '兴隆台区', parentCode: 'C001', kind: '县区' } }],
      errors: [],
    });
  });

  it('matches English aliases whatever their case and spacing, and the marks of required columns', () => {
    const headers = ['UNIT CODE', 'unit_name', 'ParentCode', '*单位类别（必填）'];
    const result = mapColumns(table(headers, ['D01', 'Xinglongtai', 'C001', 'district']), UNIT_COLUMNS);
    expect(result.errors).toEqual([]);
    expect(result.rows[0]?.fields).toEqual({
      code: 'D01',
      name: 'Xinglongtai',
      parentCode: 'C001',
      kind: 'district',
    });
  });

  it('reports each missing required column once, on row 1', () => {
    const result = mapColumns(table(['单位编码', '单位名称'], ['D01', '甲'], ['D02', '乙']), UNIT_COLUMNS);
    expect(result.errors).toEqual([
      { row: 1, column: '上级单位编码', code: 'MISSING_COLUMN', message: '缺少必需的列「上级单位编码」' },
      { row: 1, column: '单位类别', code: 'MISSING_COLUMN', message: '缺少必需的列「单位类别」' },
    ]);
    expect(result.rows.map((row) => row.fields)).toEqual([
      { code: 'D01', name: '甲' },
      { code: 'D02', name: '乙' },
    ]);
  });

  it('reports an unknown header as written, so that a typo does not drop a column', () => {
    const result = mapColumns(
      table(['工单编号', '受理时间', '来源渠道', '诉求类型', '诉求内容', '办理方式', '联系电话码']),
      TICKET_COLUMNS,
    );
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ row: 1, column: '联系电话码', code: 'UNKNOWN_COLUMN' });
    expect(result.errors[0]?.message).toContain('联系电话码');
  });

  it('reports two headers that name the same column', () => {
    const result = mapColumns(
      table(['单位编码', 'code', '单位名称', '上级单位编码', '单位类别'], ['A', 'B', '甲', 'C', '县区']),
      UNIT_COLUMNS,
    );
    expect(result.errors).toEqual([expect.objectContaining({ row: 1, column: 'code', code: 'DUPLICATE' })]);
    expect(result.rows[0]?.fields['code']).toBe('A');
  });

  it('leaves out optional columns the file does not have', () => {
    const headers = ['呼叫编号', '呼入时间', '应答时间', '挂机时间'];
    const result = mapColumns(
      table(headers, ['C1', '2023-01-04 09:30:00', '', '2023-01-04 09:30:40']),
      CALL_COLUMNS,
    );
    expect(result.errors).toEqual([]);
    expect(result.rows[0]?.fields).toEqual({
      callId: 'C1',
      offeredAt: '2023-01-04 09:30:00',
      answeredAt: '',
      endedAt: '2023-01-04 09:30:40',
    });
  });
});

describe('the headers of real 12345 exports', () => {
  // What legacy systems call DESIGN §7's ticket columns, and the column each must land in.
  const LEGACY_TICKET_HEADERS: Record<string, string[]> = {
    number: ['工单号', '工单编码', '受理编号'],
    receivedAt: ['来电时间', '受理日期', '登记时间', '创建时间'],
    unit: ['办理单位', '承办部门', '责任单位', '主办单位'],
    channel: ['来源', '来源方式', '受理渠道', '渠道'],
    appealType: ['问题类型', '诉求性质', '工单类型'],
    category: ['问题分类', '业务分类', '诉求类别'],
    urgency: ['紧急度', '缓急程度'],
    title: ['标题', '工单标题'],
    content: ['诉求描述', '问题描述', '来电内容', '反映内容'],
    callerName: ['来电人', '联系人', '市民姓名'],
    callerPhone: ['来电号码', '联系方式', '手机号码'],
    address: ['地址', '事发地址', '发生地点'],
    district: ['区县', '所属区域', '行政区划'],
    handling: ['处理方式', '办理类型'],
    answer: ['答复意见', '回复内容', '办理结果'],
    revisitResult: ['回访满意度', '满意度'],
    solved: ['解决情况'],
  };

  it.each(Object.entries(LEGACY_TICKET_HEADERS))('maps each legacy header of %s', (key, headers) => {
    for (const header of headers) {
      const { rows, errors } = mapColumns(table([header], ['值']), TICKET_COLUMNS);
      expect(
        errors.filter((error) => error.code === 'UNKNOWN_COLUMN'),
        header,
      ).toEqual([]);
      expect(rows[0]?.fields, header).toEqual({ [key]: '值' });
    }
  });

  it('reads a whole legacy header row without an error', () => {
    const headers = Object.values(LEGACY_TICKET_HEADERS).map((names) => names[0]!);
    expect(mapColumns(table(headers), TICKET_COLUMNS).errors).toEqual([]);
  });

  it('maps the headers of call-centre exports', () => {
    const headers = ['通话流水号', '来电时间', '接听时间', '挂断时间', '坐席工号', '来电号码'];
    const { rows, errors } = mapColumns(table(headers, ['C1', 'a', 'b', 'c', 'A01', '138']), CALL_COLUMNS);
    expect(errors).toEqual([]);
    expect(Object.keys(rows[0]!.fields)).toEqual(CALL_COLUMNS.map((column) => column.key));
  });
});

describe('the column specs', () => {
  it.each([
    ['tickets', TICKET_COLUMNS],
    ['units', UNIT_COLUMNS],
    ['calls', CALL_COLUMNS],
    ['kb', KB_COLUMNS],
  ] as const)('never let one header name two %s columns', (_kind, spec) => {
    const owners = new Map<string, string[]>();
    for (const column of spec)
      for (const name of [column.header, ...column.aliases]) {
        const key = normalizeHeader(name);
        owners.set(key, [...new Set([...(owners.get(key) ?? []), column.key])]);
      }
    expect([...owners].filter(([, keys]) => keys.length > 1)).toEqual([]);
  });
});
