import { Tabs, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { addCalendarDays, localDate } from '../../../../src/domain/time.ts';
import { useShortcut } from '../../app/shortcuts.ts';
import { FiguresPanel } from './FiguresPanel.tsx';
import { MissedPanel } from './MissedPanel.tsx';
import { fetchMissed, missedKey, type FiguresBy } from './calls-api.ts';
import { useText } from './text.ts';

type Tab = FiguresBy | 'missed';
const TABS: readonly Tab[] = ['hour', 'day', 'agent', 'missed'];

function defaultPeriod(tab: Tab, today: string): [string, string] {
  if (tab === 'day') {
    const first = `${today.slice(0, 7)}-01`;
    return [first, addCalendarDays(addCalendarDays(first, 31).slice(0, 7) + '-01', -1)];
  }
  if (tab === 'agent') return [`${today.slice(0, 7)}-01`, today];
  return [today, today];
}

/**
 * `/calls` (话务): the switch's calls by hour, by day and by agent — the figures the bulletin's 话务接通率 is
 * read from — and the missed-call callback list. Tab and period live in the address (`?tab=&from=&to=`).
 */
export default function CallsScreen() {
  const t = useText();
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((name) => name === params.get('tab')) ?? 'hour';
  const today = localDate(new Date());
  const [defaultFrom, defaultTo] = defaultPeriod(tab, today);
  const from = params.get('from') ?? defaultFrom;
  const to = params.get('to') ?? defaultTo;
  // The tab shows how many calls wait for a callback (the list's first page, shared with the list itself).
  const waiting = useQuery({
    queryKey: missedKey(7, 1, 20),
    queryFn: () => fetchMissed(7, 1, 20),
    refetchInterval: 30_000,
  });
  useShortcut({ keys: 'Alt+M', label: t('tabMissed'), run: () => setParams({ tab: 'missed' }) });

  const panel = (name: Tab) =>
    name === 'missed' ? (
      <MissedPanel />
    ) : (
      <FiguresPanel
        by={name}
        from={from}
        to={to}
        onPeriod={(f, e) => setParams({ tab: name, from: f, to: e })}
      />
    );
  const label: Record<Tab, string> = {
    hour: t('tabHour'),
    day: t('tabDay'),
    agent: t('tabAgent'),
    missed: waiting.data ? t('tabMissedCount', { count: waiting.data.total }) : t('tabMissed'),
  };

  return (
    <div style={{ padding: 12 }}>
      <Typography.Title level={5} style={{ margin: '0 0 4px' }}>
        {t('title')}
      </Typography.Title>
      <Tabs
        size="small"
        activeKey={tab}
        onChange={(key) => setParams({ tab: key })}
        destroyOnHidden
        items={TABS.map((name) => ({ key: name, label: label[name], children: panel(name) }))}
      />
    </div>
  );
}
