import { describe, expect, it } from 'vitest';
import { computeDeadline } from '../../domain/calendar/deadline.ts';
import { NOTICE_2023_DAYS } from '../../domain/calendar/notice-2023.fixture.ts';
import { parseTimeLimit } from '../../domain/calendar/time-limit.ts';
import { createWorkingCalendar } from '../../domain/calendar/working-calendar.ts';
import { formatLocalTime, parseLocalTime, weekdayOf } from '../../domain/time.ts';
import { bundledCalendarDays, hasBundledYear } from './bundled-days.ts';

const days = bundledCalendarDays();
const find = (date: string) => days.find((day) => day.date === date);

describe('bundledCalendarDays', () => {
  it('covers 2020 to 2026 by default, sorted, each date once', () => {
    expect(days[0]?.date).toBe('2020-01-01');
    expect(days.at(-1)?.date.startsWith('2026-')).toBe(true);
    const dates = days.map((day) => day.date);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(dates).size).toBe(dates.length);
  });

  it('lists working days only at weekends: a make-up day on a weekday would change nothing', () => {
    for (const day of days.filter((d) => d.kind === 'workday')) expect([0, 6]).toContain(weekdayOf(day.date));
  });

  it('holds the extended Spring Festival of 2020 (国办发明电〔2020〕1号)', () => {
    // Originally 01-24..30 with Saturday 02-01 worked; the extension made 01-31..02-02 rest days.
    expect(find('2020-01-19')).toEqual({ date: '2020-01-19', kind: 'workday', name: '春节' });
    expect(find('2020-01-31')).toEqual({ date: '2020-01-31', kind: 'holiday', name: '春节' });
    expect(find('2020-02-01')?.kind).toBe('holiday');
    expect(find('2020-02-02')?.kind).toBe('holiday');
    expect(find('2020-02-03')).toBeUndefined();
  });

  it('holds the 2023 and 2024 notices', () => {
    expect(find('2023-01-28')).toEqual({ date: '2023-01-28', kind: 'workday', name: '春节' });
    expect(find('2023-10-06')).toEqual({ date: '2023-10-06', kind: 'holiday', name: '国庆节' });
    expect(find('2023-09-29')).toEqual({ date: '2023-09-29', kind: 'holiday', name: '中秋节' });
    expect(find('2024-02-04')).toEqual({ date: '2024-02-04', kind: 'workday', name: '春节' });
    expect(find('2024-04-04')).toEqual({ date: '2024-04-04', kind: 'holiday', name: '清明节' });
  });

  it('agrees exactly with the 2023 notice the domain tests count on', () => {
    expect(bundledCalendarDays(2023, 2023)).toEqual(NOTICE_2023_DAYS);
  });

  it('holds 2026: a nine-day Spring Festival with two make-up Saturdays', () => {
    expect(hasBundledYear(2026)).toBe(true);
    expect(find('2026-02-16')).toEqual({ date: '2026-02-16', kind: 'holiday', name: '春节' });
    expect(find('2026-02-14')?.kind).toBe('workday');
    expect(find('2026-02-28')?.kind).toBe('workday');
    expect(find('2026-01-04')).toEqual({ date: '2026-01-04', kind: 'workday', name: '元旦' });
  });

  it('returns only the years asked for, and nothing for a year the package does not cover', () => {
    expect(bundledCalendarDays(2024, 2024).every((day) => day.date.startsWith('2024-'))).toBe(true);
    expect(hasBundledYear(2003)).toBe(false);
    expect(bundledCalendarDays(2003, 2003)).toEqual([]);
  });

  it('rejects an inverted or fractional range', () => {
    expect(() => bundledCalendarDays(2026, 2020)).toThrow(RangeError);
    expect(() => bundledCalendarDays(2020.5, 2026)).toThrow(RangeError);
  });
});

describe('deadlines on the bundled calendar', () => {
  const calendar = createWorkingCalendar(days);
  const deadline = (from: string, limit: string) =>
    formatLocalTime(computeDeadline(calendar, parseLocalTime(from), parseTimeLimit(limit)));

  it('counts over the 2023 Spring Festival and National Day as the notices require', () => {
    expect(deadline('2023-01-19 10:00', '5wd')).toBe('2023-01-31 23:59:59');
    expect(deadline('2023-09-27 10:00', '3wd')).toBe('2023-10-08 23:59:59');
  });

  it('counts over the 2024 Spring Festival and its make-up Sunday 02-04', () => {
    // 02-02 (Fri) day 1, 02-04 (Sun, worked) day 2, 02-05 day 3.
    expect(deadline('2024-02-01 10:00', '3wd')).toBe('2024-02-05 23:59:59');
  });
});
