import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { calendarContract } from '../../../src/contracts/calendar.contract.ts';
import type { categoriesContract } from '../../../src/contracts/categories.contract.ts';
import type { unitsContract } from '../../../src/contracts/units.contract.ts';
import type { ResponseOf } from '../../../src/contracts/client.ts';
import {
  createWorkingCalendar,
  type WorkingCalendar,
} from '../../../src/domain/calendar/working-calendar.ts';
import { addCalendarDays, localDate } from '../../../src/domain/time.ts';
import { api, lean } from './client.ts';
import { queryKeys } from './query-keys.ts';

// Reference data every screen may need, fetched once and kept: units, the category code list, the calendar.

export type Unit = ResponseOf<typeof unitsContract.listUnits>[number];
export type Category = ResponseOf<typeof categoriesContract.listCategories>[number];

const LIST_UNITS = lean<typeof unitsContract.listUnits>('GET', '/api/units');
const LIST_CATEGORIES = lean<typeof categoriesContract.listCategories>('GET', '/api/categories');
const LIST_CALENDAR_DAYS = lean<typeof calendarContract.listDays>('GET', '/api/calendar/days');

const KEEP = { staleTime: 10 * 60_000, gcTime: 60 * 60_000 } as const;

export function useUnits() {
  const query = useQuery({
    queryKey: queryKeys.units,
    queryFn: () => api.call(LIST_UNITS, {}),
    ...KEEP,
  });
  const byCode = useMemo(() => new Map((query.data ?? []).map((unit) => [unit.code, unit])), [query.data]);
  return { units: query.data ?? [], byCode, isLoading: query.isLoading };
}

export function useCategories() {
  const query = useQuery({
    queryKey: queryKeys.categories,
    queryFn: () => api.call(LIST_CATEGORIES, {}),
    ...KEEP,
  });
  return { categories: query.data ?? [], isLoading: query.isLoading };
}

/**
 * The working calendar around today (holidays and 调休 working weekends), to count deadlines in working time
 * with the same rules the server uses (src/domain/calendar).
 */
export function useWorkingCalendar(): WorkingCalendar {
  const today = localDate(new Date());
  const query = useQuery({
    queryKey: ['calendar', today],
    queryFn: () =>
      api.call(LIST_CALENDAR_DAYS, {
        query: { from: addCalendarDays(today, -120), to: addCalendarDays(today, 120) },
      }),
    ...KEEP,
  });
  return useMemo(() => createWorkingCalendar(query.data ?? []), [query.data]);
}
