import { memo } from 'react';
import type { WorkingCalendar } from '../../../../../src/domain/calendar/working-calendar.ts';
import { addCalendarDays, weekdayOf } from '../../../../../src/domain/time.ts';
import type { CalendarText } from './text.ts';

// Twelve small month grids, Monday first as Chinese wall calendars are: weekends shaded, days off red with 休,
// make-up working days marked 班 (the marks the State Council notice and every printed calendar use).

export const DAY_STYLE = {
  weekend: { background: '#f5f5f5', color: '#8c8c8c' },
  holiday: { background: '#fff1f0', color: '#cf1322' },
  workday: { background: '#fff7e6', color: '#ad4e00' },
  weekday: { background: '#fff', color: '#262626' },
} as const;

const pad = (n: number) => String(n).padStart(2, '0');

function daysOfMonth(year: number, month: number): string[] {
  const first = `${year}-${pad(month)}-01`;
  const days: string[] = [];
  for (let date = first; date.slice(0, 7) === first.slice(0, 7); date = addCalendarDays(date, 1))
    days.push(date);
  return days;
}

interface GridProps {
  year: number;
  calendar: WorkingCalendar;
  today: string;
  due: string | null;
  onPick(date: string): void;
  t: CalendarText;
}

export const YearGrid = memo(function YearGrid(props: GridProps) {
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(4, minmax(0, 1fr))', gap: '6px 14px' }}>
      {Array.from({ length: 12 }, (_, i) => (
        <MonthGrid key={i} month={i + 1} {...props} />
      ))}
    </div>
  );
});

function MonthGrid({ year, month, calendar, today, due, onPick, t }: GridProps & { month: number }) {
  const days = daysOfMonth(year, month);
  const lead = (weekdayOf(days[0]!) + 6) % 7; // Monday = 0
  const weekdayNames = t('weekdayNames').split(',');
  return (
    <section aria-label={t('month', { month })}>
      <div style={{ fontWeight: 600, fontSize: 12, lineHeight: '18px' }}>{t('month', { month })}</div>
      <div
        role="grid"
        aria-label={`${year}-${pad(month)}`}
        style={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 1, fontSize: 12 }}
      >
        {t('weekdays')
          .split(',')
          .map((w, i) => (
            <div
              key={w}
              style={{ textAlign: 'center', color: i >= 5 ? '#8c8c8c' : '#595959', lineHeight: '16px' }}
            >
              {w}
            </div>
          ))}
        {Array.from({ length: lead }, (_, i) => (
          <div key={`lead${i}`} />
        ))}
        {days.map((date) => {
          const info = calendar.dayInfo(date);
          const style = DAY_STYLE[info.kind];
          const mark = info.kind === 'holiday' ? '休' : info.kind === 'workday' ? '班' : null;
          const state =
            info.kind === 'holiday'
              ? t('kindHoliday')
              : info.kind === 'workday'
                ? t('kindWorkday')
                : info.kind === 'weekend'
                  ? t('kindWeekend')
                  : t('kindWeekday');
          const label = [date, weekdayNames[weekdayOf(date)], state, info.name].filter(Boolean).join(' ');
          const ring = date === due ? '2px solid #1677ff' : date === today ? '1px solid #69b1ff' : 'none';
          return (
            <button
              key={date}
              type="button"
              aria-label={label}
              title={label}
              onClick={() => onPick(date)}
              style={{
                ...style,
                position: 'relative',
                height: 22,
                // Room for the mark in the corner: two-digit days would run into it.
                padding: mark ? '0 6px 0 0' : 0,
                border: 'none',
                outline: ring,
                outlineOffset: -2,
                borderRadius: 2,
                cursor: 'pointer',
                fontSize: 12,
                lineHeight: '22px',
                fontVariantNumeric: 'tabular-nums',
              }}
            >
              {Number(date.slice(8))}
              {mark ? (
                <span
                  aria-hidden
                  style={{
                    position: 'absolute',
                    top: -1,
                    right: 0,
                    fontSize: 9,
                    lineHeight: '11px',
                    fontWeight: 600,
                  }}
                >
                  {mark}
                </span>
              ) : null}
            </button>
          );
        })}
      </div>
    </section>
  );
}
