import { describe, expect, it } from 'vitest';
import { formatPercent, formatPoints, roundHalfAwayFromZero, roundScore } from './rounding.ts';

describe('roundScore', () => {
  it.each([
    [99.7575, 99.76],
    [99.754999, 99.75],
    [2.345, 2.35],
    [-2.345, -2.35],
    [1.005, 1.01],
    [100, 100],
    [-0.004, 0],
  ])('%d → %d (half away from zero)', (value, expected) => {
    expect(Object.is(roundScore(value), expected)).toBe(true);
  });
});

describe('roundHalfAwayFromZero', () => {
  it('rounds to any number of decimals', () => {
    expect(roundHalfAwayFromZero(99.25, 1)).toBe(99.3);
    expect(roundHalfAwayFromZero(-99.25, 1)).toBe(-99.3);
    expect(roundHalfAwayFromZero(0.98055, 4)).toBe(0.9806);
  });
});

describe('formatPercent and formatPoints', () => {
  it('print a fraction as a percentage with two decimals, and points with two decimals', () => {
    expect(formatPercent(4144 / 4226)).toBe('98.06%');
    expect(formatPercent(1)).toBe('100.00%');
    expect(formatPercent(0.40005)).toBe('40.01%');
    expect(formatPoints(2.1)).toBe('2.10');
    expect(formatPoints(0.2308)).toBe('0.23');
  });
});
