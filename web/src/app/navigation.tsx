import { useMemo, type ReactNode } from 'react';
import { Badge } from 'antd';
import { ProfileOutlined } from '@ant-design/icons';
import { useAbilities } from '../api/session.ts';
import { queueLabel, useQueueViews } from '../api/queues.ts';
import { useLang } from '../i18n/index.tsx';
import { useShellText } from '../i18n/shell.ts';
import { screenRoutes, type NavGroup } from './routes.tsx';

export interface NavLink {
  to: string;
  label: string;
  icon: ReactNode;
  count?: number;
}

export interface NavSection {
  group: NavGroup;
  title: string;
  links: NavLink[];
}

const GROUPS: NavGroup[] = ['work', 'queues', 'data', 'admin'];

/** The side navigation: the user's queues with their counts, then the screens their role may open. */
export function useNavigation(): { sections: NavSection[]; queuesLoaded: boolean; firstQueue?: string } {
  const t = useShellText();
  const { lang } = useLang();
  const can = useAbilities();
  const views = useQueueViews();
  return useMemo(() => {
    const sections = GROUPS.map((group): NavSection => {
      const links: NavLink[] = [];
      if (group === 'queues') {
        for (const view of views.data ?? []) {
          links.push({
            to: `/queues/${view.key}`,
            label: queueLabel(view, lang),
            icon: <ProfileOutlined />,
            count: view.count,
          });
        }
      }
      for (const route of screenRoutes) {
        if (!route.nav || route.nav.group !== group) continue;
        if (!can(route.nav.ability ?? route.ability)) continue;
        links.push({ to: route.nav.to ?? route.path, label: t(route.nav.label), icon: route.nav.icon });
      }
      return { group, title: t(`nav.group.${group}`), links };
    }).filter((section) => section.links.length > 0);
    const firstQueue = views.data?.[0]?.key;
    return {
      sections,
      queuesLoaded: !views.isLoading,
      ...(firstQueue ? { firstQueue: `/queues/${firstQueue}` } : {}),
    };
  }, [views.data, views.isLoading, can, t, lang]);
}

export function CountBadge({ count }: { count: number | undefined }) {
  if (count === undefined) return null;
  return (
    <Badge
      count={count}
      overflowCount={99999}
      showZero
      color={count > 0 ? '#1f5fa8' : '#bfbfbf'}
      style={{ boxShadow: 'none' }}
    />
  );
}
