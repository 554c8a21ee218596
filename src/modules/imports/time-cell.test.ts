import { describe, expect, it } from 'vitest';
import { formatLocalTime } from '../../domain/time.ts';
import { parseTimeCell } from './time-cell.ts';

const shown = (text: string) => {
  const at = parseTimeCell(text);
  return at && formatLocalTime(at);
};

describe('time cells of real exports', () => {
  it.each([
    ['2023-01-05 09:03:07', '2023-01-05 09:03:07'],
    ['2023/1/5 9:03', '2023-01-05 09:03:00'],
    ['2023-1-5 9:03:07', '2023-01-05 09:03:07'],
    ['2023-01-05T09:03:00+08:00', '2023-01-05 09:03:00'],
    ['2023-01-05T01:03:00Z', '2023-01-05 09:03:00'],
    ['2023年1月5日 9时03分', '2023-01-05 09:03:00'],
    ['2023年1月5日 09:03', '2023-01-05 09:03:00'],
    ['2023年01月05日', '2023-01-05 00:00:00'],
    ['２０２３／１／５　９：０３', '2023-01-05 09:03:00'],
    // Excel serials: 44931 is 2023-01-05, .37708 of a day is 09:03:00 (to the second Excel shows).
    ['44931.37708', '2023-01-05 09:03:00'],
    ['44931', '2023-01-05 00:00:00'],
    ['44931.3770833333', '2023-01-05 09:03:00'],
    // The plausible range ends: 1990-01-01 and the last minute of 2099.
    ['32874', '1990-01-01 00:00:00'],
    ['73050.99930556', '2099-12-31 23:59:00'],
  ])('%s → %s', (text, expected) => {
    expect(shown(text)).toBe(expected);
  });

  it.each([
    '13812345678',
    '12345',
    '20230105',
    '2023年13月5日',
    '2023/2/30 9:00',
    '昨天',
    '99999',
    // A serial just outside 1990–2100, and a negative one, are numbers in the wrong column.
    '32873.5',
    '73051',
    '-44931',
    '4.4931e4',
  ])('refuses %s', (text) => {
    expect(parseTimeCell(text)).toBeNull();
  });
});
