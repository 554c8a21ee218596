import { Button, DatePicker, Flex, Tabs, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useSearchParams } from 'react-router';
import { localDate } from '../../../../src/domain/time.ts';
import { useAbilities } from '../../api/session.ts';
import { useShortcut } from '../../app/shortcuts.ts';
import { FiguresPanel } from './FiguresPanel.tsx';
import { OrdersPanel } from './OrdersPanel.tsx';
import { TransfersPanel } from './TransfersPanel.tsx';
import { UpperPanel } from './UpperPanel.tsx';
import { fetchFigures, figuresKey } from './lines-api.ts';
import { useText } from './text.ts';

type Tab = 'figures' | 'transfers' | 'orders' | 'upper';
const TABS: readonly Tab[] = ['figures', 'transfers', 'orders', 'upper'];

/**
 * `/lines` (热线联动): appeals put through to 110 and the other lines with what became of them, orders those
 * lines sent in, and the file exchange with the higher platform (上级交办). Tab and period live in the address
 * (`?tab=&from=&to=`); the period is whole days, the current month by default.
 */
export default function LinesScreen() {
  const t = useText();
  const can = useAbilities();
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const today = localDate(new Date());
  const from = params.get('from') ?? `${today.slice(0, 7)}-01`;
  const to = params.get('to') ?? today;
  const tabs = TABS.filter((name) => name !== 'upper' || can('exchange.importUpper'));
  const tab: Tab = tabs.find((name) => name === params.get('tab')) ?? 'figures';
  /** A new tab or period; `filter` narrows the list of the tab opened (a line, an outcome). */
  const go = (next: { tab?: Tab; from?: string; to?: string }, filter: Record<string, string> = {}) =>
    setParams({ tab: next.tab ?? tab, from: next.from ?? from, to: next.to ?? to, ...filter });
  // The pending count on the tab is read from the figures the first tab shows (one request for both).
  const figures = useQuery({ queryKey: figuresKey(from, to), queryFn: () => fetchFigures(from, to) });
  const pending = figures.data?.transfersOut.reduce((sum, line) => sum + line.pending, 0) ?? 0;
  const refresh = () => void client.invalidateQueries({ queryKey: ['tickets', 'lines'] });
  useShortcut({ keys: 'Alt+R', label: t('refresh'), run: refresh });

  const panel = (name: Tab) => {
    switch (name) {
      case 'figures':
        return (
          <FiguresPanel
            figures={figures}
            onTransfers={(filter) => go({ tab: 'transfers' }, filter)}
            onOrders={(filter) => go({ tab: 'orders' }, filter)}
          />
        );
      case 'transfers':
        return <TransfersPanel from={from} to={to} />;
      case 'orders':
        return <OrdersPanel from={from} to={to} />;
      case 'upper':
        return <UpperPanel from={from} to={to} />;
    }
  };
  const label: Record<Tab, string> = {
    figures: t('tabFigures'),
    transfers: pending > 0 ? t('tabTransfersPending', { count: pending }) : t('tabTransfers'),
    orders: t('tabOrders'),
    upper: t('tabUpper'),
  };

  return (
    <div style={{ padding: 12 }}>
      <Flex align="center" gap="middle" wrap style={{ marginBottom: 4 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('title')}
        </Typography.Title>
        <DatePicker.RangePicker
          size="small"
          allowClear={false}
          aria-label={t('period')}
          value={[dayjs(from), dayjs(to)]}
          onChange={(range) => {
            const [start, end] = (range ?? []) as [Dayjs | null, Dayjs | null];
            if (start && end) go({ from: start.format('YYYY-MM-DD'), to: end.format('YYYY-MM-DD') });
          }}
        />
        <Button size="small" icon={<ReloadOutlined />} onClick={refresh}>
          {t('refresh')}
        </Button>
      </Flex>
      <Tabs
        size="small"
        activeKey={tab}
        onChange={(key) => go({ tab: key as Tab })}
        destroyOnHidden
        items={tabs.map((name) => ({ key: name, label: label[name], children: panel(name) }))}
      />
    </div>
  );
}
