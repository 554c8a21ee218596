import type { Random } from './golden-random.ts';
import { compactDate, DAY, formatLocal, localTime, type LocalTime } from './golden-time.ts';
import { GOLDEN_HEADLINE_COUNTS, REFERENCE_PERIOD } from './reference.ts';
import { phoneNumber } from './appeal-catalog.ts';

/** The calls file's columns (DESIGN §7); an empty 应答时间 is an abandoned call. */
export const CALL_HEADER = ['呼叫编号', '呼入时间', '应答时间', '挂机时间', '座席工号', '主叫号码'] as const;

interface Call {
  offeredAt: LocalTime;
  answered: boolean;
}

/**
 * 80,000 calls offered in the period, 76,912 answered (话务接通率 96.14%), plus calls of the days around it
 * with half of them abandoned, which a report that let them in would show.
 */
export function generateCallRows(random: Random): string[][] {
  const { callsOffered, callsAnswered } = GOLDEN_HEADLINE_COUNTS;
  const periodStart = localTime(REFERENCE_PERIOD.from);
  const periodDays = (localTime(REFERENCE_PERIOD.to) - periodStart) / DAY + 1;
  const answeredFlags = random.shuffle(
    Array.from({ length: callsOffered }, (_, index) => index < callsAnswered),
  );
  const calls: Call[] = answeredFlags.map((answered) => ({
    offeredAt: callTime(random, periodStart, periodDays),
    answered,
  }));
  for (const firstDay of ['2022-12-29', '2023-05-01']) {
    for (let i = 0; i < 600; i++) {
      calls.push({ offeredAt: callTime(random, localTime(firstDay), 3), answered: random.chance(0.5) });
    }
  }
  calls.sort((a, b) => a.offeredAt - b.offeredAt);
  const perDay = new Map<string, number>();
  return calls.map((call) => {
    const day = compactDate(call.offeredAt);
    const sequence = (perDay.get(day) ?? 0) + 1;
    perDay.set(day, sequence);
    const answeredAt = call.offeredAt + random.int(3, 40) * 1000;
    const endedAt = call.answered
      ? answeredAt + random.int(40, 600) * 1000
      : call.offeredAt + random.int(5, 60) * 1000;
    return [
      `H${day}${String(sequence).padStart(5, '0')}`,
      formatLocal(call.offeredAt),
      call.answered ? formatLocal(answeredAt) : '',
      formatLocal(endedAt),
      call.answered ? String(random.int(1001, 1150)) : '',
      phoneNumber(random),
    ];
  });
}

function callTime(random: Random, firstDay: LocalTime, days: number): LocalTime {
  const day = firstDay + random.int(0, days - 1) * DAY;
  const seconds = random.chance(0.88) ? random.int(8 * 3600, 21 * 3600 - 1) : random.int(0, 24 * 3600 - 1);
  return day + seconds * 1000;
}
