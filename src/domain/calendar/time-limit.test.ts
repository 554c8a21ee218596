import { describe, expect, it } from 'vitest';
import {
  TimeLimitParseError,
  assertValidTimeLimit,
  describeTimeLimit,
  formatTimeLimit,
  parseTimeLimit,
} from './time-limit.ts';

describe('parseTimeLimit', () => {
  it.each([
    ['24h', { amount: 24, unit: 'hours' }],
    ['2h', { amount: 2, unit: 'hours' }],
    ['0.5h', { amount: 0.5, unit: 'hours' }],
    ['2H', { amount: 2, unit: 'hours' }],
    ['24小时', { amount: 24, unit: 'hours' }],
    ['2个小时', { amount: 2, unit: 'hours' }],
    ['5wd', { amount: 5, unit: 'workingDays' }],
    ['5个工作日', { amount: 5, unit: 'workingDays' }],
    ['5工作日', { amount: 5, unit: 'workingDays' }],
    [' 15 wd ', { amount: 15, unit: 'workingDays' }],
  ])('reads %s', (text, limit) => {
    expect(parseTimeLimit(text)).toEqual(limit);
  });

  it.each([
    ['0h', 'hours must be positive'],
    ['0wd', 'at least one working day'],
    ['1.5wd', 'working days are whole'],
    ['-2h', 'no sign'],
    ['5d', 'natural days are not a unit: ambiguous'],
    ['5天', 'natural days are not a unit: ambiguous'],
    ['5', 'no unit'],
    ['wd', 'no amount'],
    ['1e3h', 'no exponent'],
    ['251wd', 'beyond a year of working days'],
    ['9000h', 'beyond a year of hours'],
    ['', 'empty'],
  ])('rejects %s (%s)', (text) => {
    expect(() => parseTimeLimit(text)).toThrow(TimeLimitParseError);
  });

  it('carries the input and a stable code on the error', () => {
    expect(() => parseTimeLimit('1.5wd')).toThrow(
      expect.objectContaining({ input: '1.5wd', code: 'TIME_LIMIT_INVALID' }),
    );
  });
});

describe('writing a time limit', () => {
  it('formats the compact form that parses back to the same limit', () => {
    for (const text of ['5wd', '24h', '0.5h']) expect(formatTimeLimit(parseTimeLimit(text))).toBe(text);
  });

  it('describes it in Chinese', () => {
    expect(describeTimeLimit({ amount: 5, unit: 'workingDays' })).toBe('5个工作日');
    expect(describeTimeLimit({ amount: 24, unit: 'hours' })).toBe('24小时');
  });
});

describe('assertValidTimeLimit', () => {
  it('passes a valid limit and rejects one no text could have produced', () => {
    expect(assertValidTimeLimit({ amount: 3, unit: 'workingDays' })).toEqual({
      amount: 3,
      unit: 'workingDays',
    });
    expect(() => assertValidTimeLimit({ amount: 2.5, unit: 'workingDays' })).toThrow(TimeLimitParseError);
    expect(() => assertValidTimeLimit({ amount: Number.NaN, unit: 'hours' })).toThrow(TimeLimitParseError);
  });
});
