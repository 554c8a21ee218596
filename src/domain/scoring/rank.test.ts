import { describe, expect, it } from 'vitest';
import { rankUnits } from './rank.ts';

const unit = (unitName: string, score: number | null, assigned: number) => ({ unitName, score, assigned });

describe('rankUnits', () => {
  it('orders by score, highest first, numbering the rows from 1', () => {
    const ranked = rankUnits([unit('乙', 97.4, 10), unit('甲', 99.3, 10), unit('丙', 99.1, 10)]);
    expect(ranked.map((row) => [row.rank, row.unitName])).toEqual([
      [1, '甲'],
      [2, '丙'],
      [3, '乙'],
    ]);
  });

  it('breaks ties on the printed score by 交办总量, then by name in pinyin order', () => {
    const ranked = rankUnits([
      unit('中心街道', 99.5, 100),
      unit('北京路街道', 99.5001, 100),
      unit('阿尔山街道', 99.4999, 100),
      unit('大洼街道', 99.5, 300),
    ]);
    expect(ranked.map((row) => row.unitName)).toEqual(['大洼街道', '阿尔山街道', '北京路街道', '中心街道']);
  });

  it('still separates scores that print differently', () => {
    const ranked = rankUnits([unit('甲', 99.814, 500), unit('乙', 99.816, 1)]);
    expect(ranked.map((row) => row.unitName)).toEqual(['乙', '甲']);
  });

  it('puts unscored units last, by volume, and keeps the other fields', () => {
    const ranked = rankUnits([
      { ...unit('甲', null, 3), unitCode: 'A' },
      { ...unit('乙', 12.5, 1), unitCode: 'B' },
      { ...unit('丙', null, 8), unitCode: 'C' },
    ]);
    expect(ranked).toEqual([
      { unitName: '乙', score: 12.5, assigned: 1, unitCode: 'B', rank: 1 },
      { unitName: '丙', score: null, assigned: 8, unitCode: 'C', rank: 2 },
      { unitName: '甲', score: null, assigned: 3, unitCode: 'A', rank: 3 },
    ]);
  });

  it('leaves its input as it was', () => {
    const input = [unit('乙', 1, 1), unit('甲', 2, 1)];
    rankUnits(input);
    expect(input.map((row) => row.unitName)).toEqual(['乙', '甲']);
  });
});
