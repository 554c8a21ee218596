import { describe, expect, it } from 'vitest';
import { TimeParseError, formatLocalTime, parseLocalTime } from '../time.ts';
import { DEFAULT_COUNTING_RULE, computeDeadline, deadlineFlag, subtractWorkingDays } from './deadline.ts';
import type { CountingRule } from './deadline.ts';
import { NOTICE_2023_DAYS } from './notice-2023.fixture.ts';
import { TimeLimitParseError, parseTimeLimit } from './time-limit.ts';
import { createWorkingCalendar } from './working-calendar.ts';

// The 2023 arrangement, identical to the bundled data (checked in the bundled-days test).
const calendar = createWorkingCalendar(NOTICE_2023_DAYS);

function deadline(from: string, limit: string, rule?: CountingRule): string {
  return formatLocalTime(computeDeadline(calendar, parseLocalTime(from), parseTimeLimit(limit), rule));
}

const sameDay: CountingRule = { start: 'sameDay', cutoff: null };
const nextDayCutoff17: CountingRule = { start: 'nextDay', cutoff: '17:00' };
const sameDayCutoff17: CountingRule = { start: 'sameDay', cutoff: '17:00' };

describe('working-day deadlines across the 2023 holidays', () => {
  it('counts 5 working days from 2023-01-19 over the Spring Festival and its make-up weekend', () => {
    // Day 1 is Fri 01-20; 01-21..27 are 春节; 01-28 and 01-29 are worked (days 2 and 3); then 30, 31.
    expect(deadline('2023-01-19 10:00', '5wd')).toBe('2023-01-31 23:59:59');
  });

  it('counts 3 working days from 2023-09-27 over 中秋节 and 国庆节 into the make-up weekend', () => {
    // Day 1 is Thu 09-28; 09-29..10-06 are rest days; 10-07 and 10-08 are worked.
    expect(deadline('2023-09-27 10:00', '3wd')).toBe('2023-10-08 23:59:59');
    expect(deadline('2023-09-27', '3个工作日')).toBe('2023-10-08 23:59:59');
  });

  it('uses the default rule when none is given: from the next day, no cutoff', () => {
    expect(DEFAULT_COUNTING_RULE).toEqual({ start: 'nextDay', cutoff: null });
    expect(deadline('2023-03-08 23:30', '1wd')).toBe(
      deadline('2023-03-08 23:30', '1wd', DEFAULT_COUNTING_RULE),
    );
    expect(deadline('2023-03-08 23:30', '1wd')).toBe('2023-03-09 23:59:59');
  });
});

describe('counting rules', () => {
  it('sameDay counts a working day of receipt as day 1; nextDay starts the day after', () => {
    expect(deadline('2023-03-08 10:00', '1wd')).toBe('2023-03-09 23:59:59');
    expect(deadline('2023-03-08 10:00', '1wd', sameDay)).toBe('2023-03-08 23:59:59');
    expect(deadline('2023-03-08 10:00', '3wd')).toBe('2023-03-13 23:59:59');
    expect(deadline('2023-03-08 10:00', '3wd', sameDay)).toBe('2023-03-10 23:59:59');
  });

  it('with a 17:00 cutoff, receipt at 17:30 counts from the next calendar day', () => {
    expect(deadline('2023-03-08 16:59', '1wd', nextDayCutoff17)).toBe('2023-03-09 23:59:59');
    expect(deadline('2023-03-08 17:00', '1wd', nextDayCutoff17)).toBe('2023-03-10 23:59:59');
    expect(deadline('2023-03-08 17:30', '1wd', nextDayCutoff17)).toBe('2023-03-10 23:59:59');
    expect(deadline('2023-03-08 17:30', '1wd', sameDayCutoff17)).toBe('2023-03-09 23:59:59');
  });

  it('applies the cutoff to Shanghai time, not UTC', () => {
    // 09:30Z is 17:30 in Shanghai.
    expect(deadline('2023-03-08T09:30:00Z', '1wd', sameDayCutoff17)).toBe('2023-03-09 23:59:59');
    expect(deadline('2023-03-08T08:30:00Z', '1wd', sameDayCutoff17)).toBe('2023-03-08 23:59:59');
  });

  it('a cutoff on Friday evening moves receipt to Saturday, so day 1 is Monday', () => {
    expect(deadline('2023-03-10 17:30', '1wd', sameDayCutoff17)).toBe('2023-03-13 23:59:59');
  });

  it('receipt on a weekend or a holiday starts at the next working day under either rule', () => {
    expect(deadline('2023-03-11 10:00', '1wd')).toBe('2023-03-13 23:59:59');
    expect(deadline('2023-03-11 10:00', '1wd', sameDay)).toBe('2023-03-13 23:59:59');
    expect(deadline('2023-01-23 10:00', '1wd')).toBe('2023-01-28 23:59:59');
    expect(deadline('2023-01-23 10:00', '1wd', sameDay)).toBe('2023-01-28 23:59:59');
  });

  it('a make-up Saturday is a working day of receipt', () => {
    expect(deadline('2023-01-28 10:00', '1wd', sameDay)).toBe('2023-01-28 23:59:59');
    expect(deadline('2023-01-28 10:00', '1wd')).toBe('2023-01-29 23:59:59');
  });

  it('rejects a malformed cutoff and an invalid limit', () => {
    const from = parseLocalTime('2023-03-08 10:00');
    expect(() =>
      computeDeadline(
        calendar,
        from,
        { amount: 1, unit: 'workingDays' },
        { start: 'nextDay', cutoff: '5pm' },
      ),
    ).toThrow(TimeParseError);
    expect(() => computeDeadline(calendar, from, { amount: 0, unit: 'workingDays' })).toThrow(
      TimeLimitParseError,
    );
  });
});

describe('hour deadlines run on the wall clock', () => {
  it('counts 24h straight through a holiday weekend', () => {
    expect(deadline('2023-01-20 18:00', '24h')).toBe('2023-01-21 18:00:00');
    expect(deadline('2023-09-28 20:00', '72小时')).toBe('2023-10-01 20:00:00');
    expect(deadline('2023-03-08 10:00', '0.5h')).toBe('2023-03-08 10:30:00');
  });

  it('ignores the counting rule', () => {
    expect(deadline('2023-01-20 18:00', '24h', sameDayCutoff17)).toBe('2023-01-21 18:00:00');
  });
});

describe('subtractWorkingDays', () => {
  const at = (text: string) => parseLocalTime(text);
  const back = (text: string, days: number) => formatLocalTime(subtractWorkingDays(calendar, at(text), days));

  it('keeps the local time of day and steps back over rest days', () => {
    expect(back('2023-01-31 23:59:59', 1)).toBe('2023-01-30 23:59:59');
    expect(back('2023-01-30 10:00', 2)).toBe('2023-01-28 10:00:00');
    expect(back('2023-01-28 09:00', 1)).toBe('2023-01-20 09:00:00');
    expect(back('2023-03-12 10:00', 1)).toBe('2023-03-10 10:00:00');
    expect(back('2023-03-08 10:00', 0)).toBe('2023-03-08 10:00:00');
  });

  it('rejects a negative or fractional count', () => {
    expect(() => subtractWorkingDays(calendar, at('2023-03-08 10:00'), -1)).toThrow(RangeError);
    expect(() => subtractWorkingDays(calendar, at('2023-03-08 10:00'), 0.5)).toThrow(RangeError);
  });
});

describe('deadlineFlag', () => {
  const flagAt = (due: Date, now: string) => deadlineFlag(calendar, due, parseLocalTime(now));

  it('turns yellow one working day before the deadline and red after it', () => {
    const due = computeDeadline(calendar, parseLocalTime('2023-01-19 10:00'), parseTimeLimit('5wd'));
    expect(flagAt(due, '2023-01-30 23:59:58')).toBe('none');
    expect(flagAt(due, '2023-01-30 23:59:59')).toBe('yellow');
    expect(flagAt(due, '2023-01-31 12:00')).toBe('yellow');
    expect(flagAt(due, '2023-01-31 23:59:59')).toBe('yellow');
    expect(flagAt(due, '2023-02-01 00:00')).toBe('red');
  });

  it('stays yellow across the weekend before a Monday deadline', () => {
    const due = parseLocalTime('2023-03-13 23:59:59');
    expect(flagAt(due, '2023-03-10 12:00')).toBe('none');
    expect(flagAt(due, '2023-03-10 23:59:59')).toBe('yellow');
    expect(flagAt(due, '2023-03-11 10:00')).toBe('yellow');
    expect(flagAt(due, '2023-03-12 22:00')).toBe('yellow');
    expect(flagAt(due, '2023-03-14 00:00')).toBe('red');
  });

  it('stays yellow through a holiday before a make-up working day deadline', () => {
    const due = parseLocalTime('2023-01-28 23:59:59');
    expect(flagAt(due, '2023-01-20 12:00')).toBe('none');
    expect(flagAt(due, '2023-01-24 12:00')).toBe('yellow');
  });

  it('uses the same time of day for hour deadlines', () => {
    const due = parseLocalTime('2023-03-13 10:00');
    expect(flagAt(due, '2023-03-10 09:59')).toBe('none');
    expect(flagAt(due, '2023-03-10 10:00')).toBe('yellow');
    expect(flagAt(due, '2023-03-13 10:00:01')).toBe('red');
  });
});
