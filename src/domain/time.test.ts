import { describe, expect, it } from 'vitest';
import {
  TimeParseError,
  addCalendarDays,
  formatLocalTime,
  isLocalDate,
  localDate,
  parseLocalTime,
  startOfLocalDate,
  tryParseLocalTime,
  weekdayOf,
} from './time.ts';

describe('parseLocalTime', () => {
  it('reads Shanghai wall-clock time as UTC+8', () => {
    expect(parseLocalTime('2023-01-19 10:00').toISOString()).toBe('2023-01-19T02:00:00.000Z');
    expect(parseLocalTime('2023-01-19 10:00:30').toISOString()).toBe('2023-01-19T02:00:30.000Z');
    expect(parseLocalTime('2023-01-19T10:00:30').toISOString()).toBe('2023-01-19T02:00:30.000Z');
  });

  it('reads a bare date as 00:00 Shanghai, the previous day in UTC', () => {
    expect(parseLocalTime('2023-01-19').toISOString()).toBe('2023-01-18T16:00:00.000Z');
  });

  it('accepts slashes and one-digit month, day and hour as spreadsheets write them', () => {
    expect(parseLocalTime('2023/01/19 10:00').toISOString()).toBe('2023-01-19T02:00:00.000Z');
    expect(parseLocalTime('2023/1/9 9:05').toISOString()).toBe('2023-01-09T01:05:00.000Z');
    expect(parseLocalTime('2023/01/19').toISOString()).toBe('2023-01-18T16:00:00.000Z');
    expect(parseLocalTime('  2023-01-19 10:00  ').toISOString()).toBe('2023-01-19T02:00:00.000Z');
  });

  it('honours an explicit zone in ISO 8601', () => {
    expect(parseLocalTime('2023-01-19T02:00:00Z').toISOString()).toBe('2023-01-19T02:00:00.000Z');
    expect(parseLocalTime('2023-01-19T02:00:00.123Z').toISOString()).toBe('2023-01-19T02:00:00.123Z');
    expect(parseLocalTime('2023-01-19T10:00:00+08:00').toISOString()).toBe('2023-01-19T02:00:00.000Z');
    expect(parseLocalTime('2023-01-18T21:00:00-0500').toISOString()).toBe('2023-01-19T02:00:00.000Z');
    expect(parseLocalTime('2023-01-19T02:00+00').toISOString()).toBe('2023-01-19T02:00:00.000Z');
  });

  it('round-trips what Date.toISOString and formatLocalTime write', () => {
    const at = new Date('2024-02-29T15:59:59.000Z');
    expect(parseLocalTime(at.toISOString()).getTime()).toBe(at.getTime());
    expect(parseLocalTime(formatLocalTime(at)).getTime()).toBe(at.getTime());
  });

  it.each([
    ['2023-02-30 10:00', 'no 30 February'],
    ['2023-02-29', 'not a leap year'],
    ['2023-13-01', 'no month 13'],
    ['2023-01-19 25:00', 'no hour 25'],
    ['2023-01-19 24:00', '24:00 is written 00:00 of the next day'],
    ['2023-01-19 10:60', 'no minute 60'],
    ['2023-01-19 10:00:61', 'no second 61'],
    ['2023-01-19T10:00:00+25:00', 'no offset of 25 hours'],
    ['2023-01/19', 'mixed separators'],
    ['19/01/2023', 'day first'],
    ['2023-01-19 10', 'hour without minutes'],
    ['明天上午', 'words'],
    ['', 'empty'],
  ])('rejects %s (%s)', (text) => {
    expect(() => parseLocalTime(text)).toThrow(TimeParseError);
    expect(tryParseLocalTime(text)).toBeNull();
  });

  it('carries the input and a stable code on the error', () => {
    const error = (() => {
      try {
        parseLocalTime('2023-02-30');
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(TimeParseError);
    expect(error).toMatchObject({ input: '2023-02-30', code: 'TIME_INVALID' });
  });

  it('accepts 29 February in a leap year', () => {
    expect(tryParseLocalTime('2024-02-29 08:00')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });
});

describe('formatting in Shanghai time', () => {
  it('formats an instant as Shanghai wall-clock time whatever the UTC date', () => {
    const lateUtcEvening = new Date('2023-01-19T17:30:05.900Z');
    expect(formatLocalTime(lateUtcEvening)).toBe('2023-01-20 01:30:05');
    expect(localDate(lateUtcEvening)).toBe('2023-01-20');
    expect(localDate(new Date('2023-01-19T15:59:59.999Z'))).toBe('2023-01-19');
  });

  it('refuses an invalid Date instead of printing NaN', () => {
    expect(() => formatLocalTime(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => localDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('local dates', () => {
  it('gives 00:00:00 Shanghai of a date', () => {
    expect(startOfLocalDate('2023-10-01').toISOString()).toBe('2023-09-30T16:00:00.000Z');
    expect(() => startOfLocalDate('2023-10-1')).toThrow(TimeParseError);
  });

  it('adds calendar days across month, year and leap-day boundaries', () => {
    expect(addCalendarDays('2023-01-31', 1)).toBe('2023-02-01');
    expect(addCalendarDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addCalendarDays('2023-01-19', 0)).toBe('2023-01-19');
    expect(() => addCalendarDays('2023-01-19', 1.5)).toThrow(RangeError);
  });

  it('names the weekday, 0 for Sunday', () => {
    expect(weekdayOf('2023-01-28')).toBe(6);
    expect(weekdayOf('2023-01-29')).toBe(0);
    expect(weekdayOf('2023-01-30')).toBe(1);
    expect(() => weekdayOf('2023-02-30')).toThrow(TimeParseError);
  });

  it('recognises only real dates written YYYY-MM-DD', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2023-02-29')).toBe(false);
    expect(isLocalDate('2023/01/19')).toBe(false);
  });
});
