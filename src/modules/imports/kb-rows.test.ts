import { describe, expect, it } from 'vitest';
import { parseLocalTime } from '../../domain/time.ts';
import { createUnitDirectory } from '../units/unit-directory.ts';
import { validateKbRows } from './kb-rows.ts';

const units = createUnitDirectory([
  { code: 'C', name: '市12345热线', parentCode: null, kind: 'center', path: '/C/', depth: 0, active: true },
  {
    code: 'M1',
    name: '市供暖办',
    parentCode: 'C',
    kind: 'department',
    path: '/C/M1/',
    depth: 1,
    active: true,
  },
]);

describe('validateKbRows', () => {
  it('names the unit by code or full name, and refuses the same revision twice', () => {
    const { revisions, errors } = validateKbRows(
      [
        {
          articleNumber: 'K1',
          title: '供暖时间',
          content: '11月1日起',
          unit: '市供暖办',
          updatedAt: '2023-01-01 09:00',
        },
        {
          articleNumber: 'K1',
          title: '供暖时间',
          content: '11月1日起',
          unit: 'M1',
          updatedAt: '2023-01-01 09:00:00',
        },
        { articleNumber: 'K2', title: '', content: '内容', unit: 'X9', updatedAt: '明天' },
      ].map((fields, index) => ({ rowNumber: index + 2, fields })),
      units,
    );
    expect(revisions).toEqual([
      {
        rowNumber: 2,
        articleNumber: 'K1',
        title: '供暖时间',
        content: '11月1日起',
        unitCode: 'M1',
        revisedAt: parseLocalTime('2023-01-01 09:00:00'),
      },
    ]);
    expect(errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, '更新时间', 'DUPLICATE'],
      [4, '标题', 'REQUIRED'],
      [4, '维护单位', 'UNKNOWN_UNIT'],
      [4, '更新时间', 'INVALID_VALUE'],
    ]);
  });
});
