import type { Kysely } from 'kysely';
import { createServices } from '../app/services.ts';
import { createBufferedSink } from '../modules/evaluation/index.ts';
import type { Database } from '../db/schema.ts';
import { addCalendarDays, localDate, parseLocalTime, startOfLocalDate, weekdayOf } from '../domain/time.ts';
import { createManualClock } from '../shared/clock.ts';
import { createRandom, type Random } from './random.ts';
import type { DemoPeople } from './seed-city.ts';
import { playDirectTicket, playDispatchedTicket, type ScriptEnv } from './ticket-scripts.ts';
import { DEMO_HIGHLIGHTS } from './data/highlights.ts';
import { HANDLERS } from './routing.ts';
import { playCallsAndKb } from './calls-and-kb.ts';

export interface SimulationOptions {
  /** First and last day, 'YYYY-MM-DD' (Asia/Shanghai). */
  from: string;
  to: string;
  /** Average tickets registered per day; the reference city averaged ≈ 806 (9.67万 in 120 days). */
  perDay: number;
  /** Share answered at once by the centre (reference: 74.97%). */
  directShare: number;
  seed: string;
  onProgress?: (line: string) => void;
}

export interface SimulationResult {
  tickets: number;
  commands: number;
  seconds: number;
}

/** Calls come mostly in office hours, with a tail into the evening and a trickle at night. */
const HOURLY_PROFILE = [
  1, 0.5, 0.3, 0.3, 0.4, 0.8, 2, 4, 8, 10, 10, 9, 6, 7, 9, 9, 8, 7, 5, 4, 3, 2.5, 2, 1.5,
];

function receivedAtOn(random: Random, date: string): Date {
  const hour = random.weighted(
    HOURLY_PROFILE.map((_, h) => h),
    (h) => HOURLY_PROFILE[h]!,
  );
  return new Date(startOfLocalDate(date).getTime() + hour * 3_600_000 + random.int(0, 3_599) * 1000);
}

/** Weekends and the Spring Festival bring fewer calls; January's cold brings more. */
function dayFactor(date: string): number {
  const weekday = weekdayOf(date);
  const month = Number(date.slice(5, 7));
  const weekend = weekday === 0 || weekday === 6 ? 0.75 : 1.08;
  const season = ({ 1: 1.12, 2: 1.0, 3: 0.96, 4: 0.92 } as Record<number, number>)[month] ?? 1;
  return weekend * season;
}

/**
 * Drives months of tickets through the service layer, one transaction per simulated day: every ticket is
 * registered, dispatched, handled and called back by the same use cases the API runs.
 */
export async function simulate(
  db: Kysely<Database>,
  people: DemoPeople,
  options: SimulationOptions,
): Promise<SimulationResult> {
  const started = Date.now();
  const random = createRandom(options.seed);
  const asOf = new Date(startOfLocalDate(addCalendarDays(options.to, 1)).getTime() - 1000);
  const stats = { tickets: 0, commands: 0 };
  const days: string[] = [];
  for (let day = options.from; day <= options.to; day = addCalendarDays(day, 1)) days.push(day);
  const highlights = new Map(DEMO_HIGHLIGHTS.map((h) => [localDate(parseLocalTime(h.receivedAt)), h]));
  for (const [index, date] of days.entries()) {
    const dayRandom = random.fork(date);
    const count = Math.round(options.perDay * dayFactor(date) * (0.9 + 0.2 * dayRandom.next()));
    await db.transaction().execute(async (trx) => {
      const clock = createManualClock(startOfLocalDate(date));
      // Rollup changes are summed in memory and written once at the end of the day, in the same transaction.
      const rollupSink = createBufferedSink();
      const env: ScriptEnv = {
        services: createServices({ db: trx, clock, rollupSink }),
        clock,
        people,
        random: dayRandom,
        asOf,
        stats,
      };
      const month = Number(date.slice(5, 7));
      const times = Array.from({ length: count }, () => receivedAtOn(dayRandom, date)).sort(
        (a, b) => a.getTime() - b.getTime(),
      );
      for (const at of times) {
        if (dayRandom.chance(options.directShare)) await playDirectTicket(env, at, month);
        else await playDispatchedTicket(env, at, month);
      }
      const highlight = highlights.get(date);
      if (highlight) await playHighlight(env, highlight);
      await playCallsAndKb(env.services, dayRandom.fork('calls'), date, Math.round(count * 0.85));
      await rollupSink.flush(trx);
    });
    const done = index + 1;
    if (options.onProgress && (done % 5 === 0 || done === days.length)) {
      const percent = Math.round((done / days.length) * 100);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      options.onProgress(
        `\r  载入演示数据 ${date}  ${String(percent).padStart(3)}%  工单 ${stats.tickets}  操作 ${stats.commands}  ${seconds}s`,
      );
    }
  }
  options.onProgress?.('\n');
  return { ...stats, seconds: (Date.now() - started) / 1000 };
}

async function playHighlight(env: ScriptEnv, highlight: (typeof DEMO_HIGHLIGHTS)[number]) {
  const handler = HANDLERS.find((h) => h.unit.name === highlight.unitName);
  if (!handler) return;
  const at = parseLocalTime(highlight.receivedAt);
  await playDispatchedTicket(env, at, Number(localDate(at).slice(5, 7)), handler);
}
