import { describe, expect, it } from 'vitest';
import { TimeParseError } from '../time.ts';
import { NOTICE_2023_DAYS } from './notice-2023.fixture.ts';
import { CalendarDataError, createWorkingCalendar } from './working-calendar.ts';
import type { CalendarDay } from './working-calendar.ts';

const calendar = createWorkingCalendar(NOTICE_2023_DAYS);

describe('isWorkingDay on the 2023 arrangement', () => {
  it('works Monday to Friday and rests at weekends in an ordinary week', () => {
    expect(
      ['2023-03-06', '2023-03-07', '2023-03-08', '2023-03-09', '2023-03-10'].map(calendar.isWorkingDay),
    ).toEqual([true, true, true, true, true]);
    expect(calendar.isWorkingDay('2023-03-11')).toBe(false);
    expect(calendar.isWorkingDay('2023-03-12')).toBe(false);
  });

  it('rests on weekday holidays and works on make-up weekends (调休上班)', () => {
    expect(calendar.isWorkingDay('2023-01-23')).toBe(false); // Monday in 春节
    expect(calendar.isWorkingDay('2023-10-06')).toBe(false); // Friday in 国庆节
    expect(calendar.isWorkingDay('2023-01-28')).toBe(true); // Saturday
    expect(calendar.isWorkingDay('2023-01-29')).toBe(true); // Sunday
    expect(calendar.isWorkingDay('2023-10-07')).toBe(true);
    expect(calendar.isWorkingDay('2023-10-08')).toBe(true);
  });

  it('rejects a malformed date', () => {
    expect(() => calendar.isWorkingDay('2023-1-28')).toThrow(TimeParseError);
  });
});

describe('stepping between working days', () => {
  it('jumps over the Spring Festival to the make-up Saturday', () => {
    expect(calendar.nextWorkingDay('2023-01-20')).toBe('2023-01-28');
    expect(calendar.nextWorkingDay('2023-01-28')).toBe('2023-01-29');
    expect(calendar.previousWorkingDay('2023-01-28')).toBe('2023-01-20');
    expect(calendar.previousWorkingDay('2023-01-30')).toBe('2023-01-29');
  });

  it('is strict: a working day is not its own next or previous working day', () => {
    expect(calendar.nextWorkingDay('2023-03-08')).toBe('2023-03-09');
    expect(calendar.previousWorkingDay('2023-03-08')).toBe('2023-03-07');
  });

  it('crosses an ordinary weekend and the National Day week', () => {
    expect(calendar.nextWorkingDay('2023-03-10')).toBe('2023-03-13');
    expect(calendar.previousWorkingDay('2023-03-13')).toBe('2023-03-10');
    expect(calendar.nextWorkingDay('2023-09-28')).toBe('2023-10-07');
    expect(calendar.previousWorkingDay('2023-10-07')).toBe('2023-09-28');
  });
});

describe('dayInfo', () => {
  it('names special days and tells ordinary weekdays from weekends', () => {
    expect(calendar.dayInfo('2023-01-23')).toEqual({
      date: '2023-01-23',
      working: false,
      kind: 'holiday',
      name: '春节',
    });
    expect(calendar.dayInfo('2023-10-08')).toEqual({
      date: '2023-10-08',
      working: true,
      kind: 'workday',
      name: '国庆节',
    });
    expect(calendar.dayInfo('2023-01-22')).toEqual({
      date: '2023-01-22',
      working: false,
      kind: 'holiday',
      name: '春节',
    });
    expect(calendar.dayInfo('2023-03-08')).toEqual({
      date: '2023-03-08',
      working: true,
      kind: 'weekday',
      name: null,
    });
    expect(calendar.dayInfo('2023-03-11')).toEqual({
      date: '2023-03-11',
      working: false,
      kind: 'weekend',
      name: null,
    });
  });
});

describe('createWorkingCalendar', () => {
  it('treats a date absent from the list as an ordinary day', () => {
    const empty = createWorkingCalendar([]);
    expect(empty.isWorkingDay('2023-01-23')).toBe(true);
    expect(empty.isWorkingDay('2023-01-28')).toBe(false);
  });

  it('refuses a date listed twice and a malformed date', () => {
    const twice = [
      { date: '2023-01-28', kind: 'workday', name: '春节' },
      { date: '2023-01-28', kind: 'holiday', name: '春节' },
    ] as const;
    expect(() => createWorkingCalendar(twice)).toThrow(CalendarDataError);
    expect(() => createWorkingCalendar([{ date: '2023-02-30', kind: 'holiday', name: '错' }])).toThrow(
      TimeParseError,
    );
  });

  it('does not change when the caller later mutates its list', () => {
    const day: CalendarDay = { date: '2023-03-08', kind: 'holiday', name: '测试' };
    const own = createWorkingCalendar([day]);
    day.kind = 'workday';
    expect(own.isWorkingDay('2023-03-08')).toBe(false);
  });
});
