import type { CallFigures } from '../../contracts/calls.schemas.ts';
import { addCalendarDays, isLocalDate, startOfLocalDate } from '../../domain/time.ts';
import { AppError } from '../../shared/errors.ts';
import type { CallBucketSums } from './calls.repository.ts';

/** A year of days at most: the day figures are read from the calls themselves. */
const MAX_DAYS = 366;

/** Local days from..to (inclusive, `extraDaysBefore` more before from) as the instants [fromIso, toIso). */
export function periodOf(from: string, to: string, extraDaysBefore = 0) {
  for (const [field, day] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!isLocalDate(day)) throw new AppError('VALIDATION_FAILED', `${field}：日期无效`, { field });
  }
  const first = addCalendarDays(from, -extraDaysBefore);
  if (to < first) throw new AppError('VALIDATION_FAILED', 'to：结束日期不能早于开始日期', { field: 'to' });
  const days: string[] = [];
  for (let day = first; day <= to; day = addCalendarDays(day, 1)) {
    days.push(day);
    if (days.length > MAX_DAYS)
      throw new AppError('VALIDATION_FAILED', `to：时间范围不能超过 ${MAX_DAYS} 天`, { field: 'to' });
  }
  return {
    days,
    fromIso: startOfLocalDate(first).toISOString(),
    toIso: startOfLocalDate(addCalendarDays(to, 1)).toISOString(),
  };
}

const EMPTY: Omit<CallBucketSums, 'key'> = {
  offered: 0,
  answered: 0,
  abandoned: 0,
  answeredWithin15s: 0,
  waitMsTotal: 0,
  talkMsTotal: 0,
  talked: 0,
};

const ratio = (part: number, whole: number) =>
  whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
const mean = (totalMs: number, count: number) =>
  count === 0 ? null : Math.round(totalMs / count / 100) / 10;

function present(sums: CallBucketSums): CallFigures {
  return {
    key: sums.key,
    offered: sums.offered,
    answered: sums.answered,
    abandoned: sums.abandoned,
    // 话务接通率 = answered / offered; 15秒接通率 = answered within 15 s / answered (DESIGN §6).
    answerRate: ratio(sums.answered, sums.offered),
    answeredWithin15s: sums.answeredWithin15s,
    promptRate: ratio(sums.answeredWithin15s, sums.answered),
    averageWaitSeconds: mean(sums.waitMsTotal, sums.answered),
    averageTalkSeconds: mean(sums.talkMsTotal, sums.talked),
  };
}

/**
 * Buckets in reading order, with the empty ones a chart needs (every hour 00–23, every day of the range);
 * agents by calls answered, the calls no agent answered last.
 */
export function figuresOf(
  by: 'hour' | 'day' | 'agent',
  sums: readonly CallBucketSums[],
  days: readonly string[],
): { buckets: CallFigures[]; total: CallFigures } {
  const byKey = new Map(sums.map((row) => [by === 'hour' ? row.key.padStart(2, '0') : row.key, row]));
  const keys =
    by === 'hour'
      ? Array.from({ length: 24 }, (_, hour) => String(hour).padStart(2, '0'))
      : by === 'day'
        ? [...days]
        : [...byKey.keys()].sort((a, b) =>
            a === ''
              ? 1
              : b === ''
                ? -1
                : byKey.get(b)!.answered - byKey.get(a)!.answered || a.localeCompare(b),
          );
  const total = { key: '', ...EMPTY };
  for (const row of sums) {
    for (const field of Object.keys(EMPTY) as (keyof typeof EMPTY)[]) total[field] += row[field];
  }
  return {
    buckets: keys.map((key) => present({ ...EMPTY, ...byKey.get(key), key })),
    total: present(total),
  };
}
