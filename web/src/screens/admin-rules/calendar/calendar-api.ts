import type { calendarContract } from '../../../../../src/contracts/calendar.contract.ts';
import type { ResponseOf } from '../../../../../src/contracts/client.ts';
import { api, lean } from '../../../api/client.ts';

// The calendar screen's requests. The keys start with 'calendar' so that a change here also refreshes the
// working calendar the other screens count deadlines with (web/src/api/reference.ts).

export type CalendarDay = ResponseOf<typeof calendarContract.listDays>[number];
export type DeadlineAnswer = ResponseOf<typeof calendarContract.computeDeadline>;

const LIST_DAYS = lean<typeof calendarContract.listDays>('GET', '/api/calendar/days');
const SET_DAY = lean<typeof calendarContract.setDay>('PUT', '/api/calendar/days/:date');
const DELETE_DAY = lean<typeof calendarContract.deleteDay>('DELETE', '/api/calendar/days/:date');
const COMPUTE = lean<typeof calendarContract.computeDeadline>('GET', '/api/deadlines/compute');

export const calendarKeys = {
  all: ['calendar'] as const,
  year: (year: number) => ['calendar', 'year', year] as const,
};

export function fetchYear(year: number): Promise<CalendarDay[]> {
  return api.call(LIST_DAYS, { query: { from: `${year}-01-01`, to: `${year}-12-31` } });
}

export function saveDay(date: string, kind: CalendarDay['kind'], name: string): Promise<CalendarDay> {
  return api.call(SET_DAY, { params: { date }, body: { kind, name } });
}

export async function clearDay(date: string): Promise<void> {
  await api.call(DELETE_DAY, { params: { date } });
}

/** What the admin typed in the trial panel. */
export interface DeadlineTrial {
  from: string;
  limit: string;
  start: 'nextDay' | 'sameDay';
  cutoff?: string;
}

export function computeDeadline(trial: DeadlineTrial): Promise<DeadlineAnswer> {
  return api.call(COMPUTE, {
    query: {
      from: trial.from,
      limit: trial.limit,
      start: trial.start,
      ...(trial.cutoff ? { cutoff: trial.cutoff } : {}),
    },
  });
}
