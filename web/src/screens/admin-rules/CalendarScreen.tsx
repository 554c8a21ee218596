import { useCallback, useMemo, useRef, useState } from 'react';
import { Alert, Button, Spin, Typography } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { createWorkingCalendar } from '../../../../src/domain/calendar/working-calendar.ts';
import { addCalendarDays, formatLocalTime, localDate } from '../../../../src/domain/time.ts';
import { useShortcut } from '../../app/shortcuts.ts';
import { ErrorPage } from '../../app/StatusPages.tsx';
import { calendarKeys, fetchYear, type CalendarDay } from './calendar/calendar-api.ts';
import { DayDialog } from './calendar/DayDialog.tsx';
import { DeadlineTrial, type DeadlineTrialHandle } from './calendar/DeadlineTrial.tsx';
import { useText } from './calendar/text.ts';
import { DAY_STYLE, YearGrid } from './calendar/YearGrid.tsx';

/**
 * `/admin/calendar`: the working calendar a year at a glance. The admin sets the days off and the make-up
 * working days of each year's State Council notice (the bundled data ends with the last published year), and
 * tries a deadline on the side to see what a change does.
 */
export default function CalendarScreen() {
  const t = useText();
  const [params, setParams] = useSearchParams();
  const today = localDate(new Date());
  const year = Number(params.get('year')) || Number(today.slice(0, 4));
  const [picked, setPicked] = useState<string | null>(null);
  const [due, setDue] = useState<string | null>(null);
  const trial = useRef<DeadlineTrialHandle>(null);
  const queryClient = useQueryClient();

  const days = useQuery({ queryKey: calendarKeys.year(year), queryFn: () => fetchYear(year) });
  const calendar = useMemo(() => createWorkingCalendar(days.data ?? []), [days.data]);
  const holidays = (days.data ?? []).filter((d) => d.kind === 'holiday');
  const workdays = (days.data ?? []).filter((d) => d.kind === 'workday');

  const goTo = useCallback((next: number) => setParams({ year: String(next) }), [setParams]);
  useShortcut({ keys: '[', label: t('previousYear'), run: () => goTo(year - 1) });
  useShortcut({ keys: ']', label: t('nextYear'), run: () => goTo(year + 1) });

  const changed = () => {
    void queryClient.invalidateQueries({ queryKey: calendarKeys.all });
    trial.current?.recompute();
  };

  if (days.error && !days.data)
    return <ErrorPage detail={days.error.message} onRetry={() => void days.refetch()} />;

  return (
    <div style={{ padding: '8px 16px', display: 'flex', gap: 16, alignItems: 'flex-start' }}>
      <div style={{ flex: 1, minWidth: 0 }}>
        <div style={{ display: 'flex', alignItems: 'center', gap: 8, marginBottom: 6, flexWrap: 'wrap' }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('title')}
          </Typography.Title>
          <Button
            size="small"
            icon={<LeftOutlined />}
            aria-label={t('previousYear')}
            onClick={() => goTo(year - 1)}
          />
          <Typography.Text strong style={{ minWidth: 56, textAlign: 'center' }}>
            {t('yearLabel', { year })}
          </Typography.Text>
          <Button
            size="small"
            icon={<RightOutlined />}
            aria-label={t('nextYear')}
            onClick={() => goTo(year + 1)}
          />
          <Typography.Text type="secondary">
            {t('summary', { holidays: holidays.length, workdays: workdays.length })}
          </Typography.Text>
          <span style={{ flex: 1 }} />
          <Legend t={t} />
        </div>
        {days.data && holidays.length === 0 ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 6, padding: '2px 8px' }}
            title={t('noNotice', { year })}
          />
        ) : null}
        <Spin spinning={days.isFetching && !days.data}>
          <YearGrid year={year} calendar={calendar} today={today} due={due} onPick={setPicked} t={t} />
        </Spin>
      </div>
      <aside style={{ width: 280, flex: 'none', display: 'flex', flexDirection: 'column', gap: 12 }}>
        <DeadlineTrial
          ref={trial}
          defaultFrom={formatLocalTime(new Date()).slice(0, 16)}
          onDue={setDue}
          t={t}
        />
        <Adjustments days={days.data ?? []} t={t} />
      </aside>
      <DayDialog
        date={picked}
        calendar={calendar}
        onClose={() => setPicked(null)}
        onChanged={changed}
        t={t}
      />
    </div>
  );
}

function Legend({ t }: { t: ReturnType<typeof useText> }) {
  const swatch = (style: { background: string; color: string }, text: string, outline?: string) => (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 4, fontSize: 12 }}>
      <span style={{ ...style, width: 14, height: 14, borderRadius: 2, outline, outlineOffset: -2 }} />
      {text}
    </span>
  );
  return (
    <span style={{ display: 'inline-flex', gap: 12 }}>
      {swatch(DAY_STYLE.weekend, t('legendWeekend'))}
      {swatch(DAY_STYLE.holiday, t('legendHoliday'))}
      {swatch(DAY_STYLE.workday, t('legendWorkday'))}
      {swatch(DAY_STYLE.weekday, t('legendDue'), '2px solid #1677ff')}
    </span>
  );
}

interface Run {
  first: string;
  last: string;
  kind: CalendarDay['kind'];
  name: string;
  count: number;
}

/** Consecutive days of one kind and name, as a notice writes them: 10月1日至7日放假. */
function runsOf(days: CalendarDay[]): Run[] {
  const runs: Run[] = [];
  for (const day of days) {
    const run = runs.at(-1);
    if (run && run.kind === day.kind && run.name === day.name && addCalendarDays(run.last, 1) === day.date) {
      run.last = day.date;
      run.count += 1;
    } else {
      runs.push({ first: day.date, last: day.date, kind: day.kind, name: day.name, count: 1 });
    }
  }
  return runs;
}

/** The year's changes as a list: the names the grid only shows on hover. */
function Adjustments({ days, t }: { days: CalendarDay[]; t: ReturnType<typeof useText> }) {
  const runs = runsOf(days);
  return (
    <section aria-label={t('adjustmentsTitle')}>
      <Typography.Title level={5} style={{ margin: '0 0 4px' }}>
        {t('adjustments', { count: days.length })}
      </Typography.Title>
      <div
        style={{
          maxHeight: 'calc(100vh - 470px)',
          minHeight: 80,
          overflowY: 'auto',
          fontSize: 12,
          lineHeight: '20px',
        }}
      >
        {runs.length === 0 ? <Typography.Text type="secondary">{t('noAdjustments')}</Typography.Text> : null}
        {runs.map((run) => (
          <div key={run.first} style={{ display: 'flex', gap: 8 }}>
            <span style={{ fontVariantNumeric: 'tabular-nums', width: 84 }}>
              {run.first.slice(5)}
              {run.count > 1 ? `–${run.last.slice(5)}` : ''}
            </span>
            <span
              style={{
                color: run.kind === 'holiday' ? DAY_STYLE.holiday.color : DAY_STYLE.workday.color,
                width: 14,
              }}
            >
              {run.kind === 'holiday' ? '休' : '班'}
            </span>
            <span style={{ flex: 1 }}>{run.name}</span>
            {run.count > 1 ? (
              <Typography.Text type="secondary">{t('dayCount', { count: run.count })}</Typography.Text>
            ) : null}
          </div>
        ))}
      </div>
    </section>
  );
}
