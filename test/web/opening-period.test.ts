import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { openingPeriod } from '../../web/src/components/period.ts';

const days = (range: [dayjs.Dayjs, dayjs.Dayjs]) => range.map((d) => d.format('YYYY-MM-DD'));
const today = dayjs('2026-12-04');

describe('the period a screen opens on', () => {
  it('is last month, or this month so far, when that month has tickets', () => {
    expect(days(openingPeriod(['2026-12', '2026-11'], 'lastMonth', today))).toEqual([
      '2026-11-01',
      '2026-11-30',
    ]);
    expect(days(openingPeriod(['2026-12', '2026-11'], 'thisMonth', today))).toEqual([
      '2026-12-01',
      '2026-12-04',
    ]);
  });

  it('is the latest earlier month with tickets when the preferred one has none (a city of past data)', () => {
    const history = ['2023-04', '2023-03', '2023-02', '2023-01'];
    expect(days(openingPeriod(history, 'lastMonth', today))).toEqual(['2023-04-01', '2023-04-30']);
    expect(days(openingPeriod(history, 'thisMonth', today))).toEqual(['2023-04-01', '2023-04-30']);
  });

  it('keeps the default when no month has tickets, or only later ones', () => {
    expect(days(openingPeriod([], 'lastMonth', today))).toEqual(['2026-11-01', '2026-11-30']);
    expect(days(openingPeriod(['2027-01'], 'thisMonth', today))).toEqual(['2026-12-01', '2026-12-04']);
  });
});
