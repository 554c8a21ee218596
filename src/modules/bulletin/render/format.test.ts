import { describe, expect, it } from 'vitest';
import { formatCount, formatFixed, formatPercent, formatScore, formatWan } from './format.ts';

describe('formatWan', () => {
  it('prints the reference volumes in 万 with two decimals', () => {
    expect(formatWan(96_700)).toBe('9.67万');
    expect(formatWan(15_552)).toBe('1.56万');
    expect(formatWan(8_600)).toBe('0.86万');
    expect(formatWan(72_503)).toBe('7.25万');
    expect(formatWan(24_209)).toBe('2.42万');
  });

  it('rounds a half up and keeps trailing zeros', () => {
    expect(formatWan(15_550)).toBe('1.56万');
    expect(formatWan(15_549)).toBe('1.55万');
    expect(formatWan(100_000)).toBe('10.00万');
    expect(formatWan(0)).toBe('0.00万');
    expect(formatWan(49)).toBe('0.00万');
    expect(formatWan(50)).toBe('0.01万');
  });
});

describe('formatPercent', () => {
  it('prints a fraction as a percentage with two decimals', () => {
    expect(formatPercent(0.961449)).toBe('96.14%');
    expect(formatPercent(4144 / 4226)).toBe('98.06%');
    expect(formatPercent(1)).toBe('100.00%');
    expect(formatPercent(0)).toBe('0.00%');
    expect(formatPercent(0.4)).toBe('40.00%');
  });

  it('rounds halves away from zero despite binary noise', () => {
    // 0.98065 * 100 is 98.06499999999999 in floating point
    expect(formatPercent(0.98065)).toBe('98.07%');
    expect(formatPercent(0.03125)).toBe('3.13%');
    expect(formatPercent(0.00005)).toBe('0.01%');
    expect(formatPercent(0.000049)).toBe('0.00%');
    expect(formatPercent(-0.00125)).toBe('-0.13%');
    expect(formatPercent(2.75 / 3)).toBe('91.67%');
    expect(formatPercent(5.75 / 6)).toBe('95.83%');
  });

  it('prints a dash when there is nothing to print', () => {
    expect(formatPercent(null)).toBe('—');
    expect(formatPercent(Number.NaN)).toBe('—');
  });
});

describe('formatScore', () => {
  it('prints two decimals everywhere', () => {
    expect(formatScore(99.3)).toBe('99.30');
    expect(formatScore(100)).toBe('100.00');
    expect(formatScore(99.875)).toBe('99.88');
    expect(formatScore(69.284999)).toBe('69.28');
    expect(formatScore(null)).toBe('—');
  });
});

describe('formatFixed and formatCount', () => {
  it('handles tiny values, negatives that round to zero and whole counts', () => {
    expect(formatFixed(1e-9, 2)).toBe('0.00');
    expect(formatFixed(-0.001, 2)).toBe('0.00');
    expect(formatFixed(2.5, 0)).toBe('3');
    expect(formatCount(10330)).toBe('10330');
  });
});
