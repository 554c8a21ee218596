import { Suspense, useMemo, useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, Button, Dropdown, Layout, Menu, Tooltip, Typography } from 'antd';
import type { MenuProps } from 'antd';
import {
  ApiOutlined,
  DownOutlined,
  GlobalOutlined,
  LogoutOutlined,
  QuestionCircleOutlined,
  SearchOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { ROLE_LABELS, type Role } from '../../../src/domain/access/roles.ts';
import { ApiError } from '../api/client.ts';
import { queryClient } from '../api/query-client.ts';
import { useLogout, useMe } from '../api/session.ts';
import { useLang } from '../i18n/index.tsx';
import { useShellText } from '../i18n/shell.ts';
import { useLive } from '../live/useLive.ts';
import { CommandPalette, type PaletteScreen } from './CommandPalette.tsx';
import { CountBadge, useNavigation } from './navigation.tsx';
import { ReloginDialog } from './ReloginDialog.tsx';
import { ShortcutSheet } from './ShortcutSheet.tsx';
import { useShortcut } from './shortcuts.ts';
import { ErrorPage, LoadingBlock } from './StatusPages.tsx';

const ROLE_LABELS_EN: Record<Role, string> = {
  agent: 'Agent',
  dispatcher: 'Dispatcher',
  unitHandler: 'Unit handler',
  unitAdmin: 'Unit admin',
  reviewer: 'Reviewer',
  supervisor: 'Supervisor',
  leader: 'Leader',
  admin: 'Administrator',
};

const SIDER_WIDTH = 184;

/** The console's frame: side navigation, top bar, and the open screen. Requires a session. */
export default function AppLayout() {
  // antd's App gives screens message/notification/modal bound to the theme (useApiErrorHandler uses it). It and
  // the query cache live here rather than around the router so that the login page loads neither.
  return (
    <QueryClientProvider client={queryClient}>
      <AntApp>
        <SessionRequired />
      </AntApp>
    </QueryClientProvider>
  );
}

function SessionRequired() {
  const me = useMe();
  const location = useLocation();
  if (me.isLoading) return <LoadingBlock />;
  if (me.error instanceof ApiError && me.error.status === 401) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (!me.data) return <ErrorPage detail={String(me.error ?? '')} onRetry={() => void me.refetch()} />;
  return <Shell />;
}

function Shell() {
  const t = useShellText();
  const { lang, setLang } = useLang();
  const navigate = useNavigate();
  const location = useLocation();
  const { data: me } = useMe();
  const logout = useLogout();
  const { sections } = useNavigation();
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [sheetOpen, setSheetOpen] = useState(false);
  useLive();

  useShortcut({
    keys: 'Ctrl+K',
    label: t('shortcut.palette'),
    scope: 'global',
    run: () => setPaletteOpen(true),
  });
  useShortcut({ keys: '?', label: t('shortcut.sheet'), scope: 'global', run: () => setSheetOpen((o) => !o) });

  const menuItems: MenuProps['items'] = sections.map((section) => ({
    type: 'group' as const,
    key: section.group,
    label: section.title,
    children: section.links.map((link) => ({
      key: link.to,
      icon: link.icon,
      label: (
        <span style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 6 }}>
          <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{link.label}</span>
          <CountBadge count={link.count} />
        </span>
      ),
    })),
  }));
  // The link whose address is the longest prefix of the page's: on /kb/review, 知识审核 and not also 知识库.
  const selected = sections
    .flatMap((s) => s.links)
    .map((link) => link.to)
    .filter((to) => location.pathname === to || location.pathname.startsWith(`${to}/`))
    .sort((a, b) => b.length - a.length)
    .slice(0, 1);

  const paletteScreens = useMemo<PaletteScreen[]>(
    () =>
      sections.flatMap((s) => s.links.map((link) => ({ label: link.label, to: link.to, icon: link.icon }))),
    [sections],
  );

  const userMenu: MenuProps['items'] = [
    {
      key: 'who',
      disabled: true,
      label: `${me?.username ?? ''} · ${me?.unitCode ?? ''}`,
    },
    { key: 'docs', icon: <ApiOutlined />, label: <a href="/docs">{t('top.apiDocs')}</a> },
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined />, label: t('top.logout'), danger: true },
  ];

  return (
    <Layout style={{ height: '100vh' }}>
      <Layout.Header
        style={{ display: 'flex', alignItems: 'center', gap: 12, borderBottom: '1px solid #e5e7eb' }}
      >
        <Typography.Text strong style={{ width: SIDER_WIDTH - 12, fontSize: 14, whiteSpace: 'nowrap' }}>
          {t('appName')}
        </Typography.Text>
        <Button
          icon={<SearchOutlined />}
          onClick={() => setPaletteOpen(true)}
          style={{ width: 280, justifyContent: 'flex-start', color: '#888' }}
        >
          {t('top.palette')}
        </Button>
        <div style={{ flex: 1 }} />
        <Tooltip title={t('top.shortcuts')}>
          <Button
            type="text"
            icon={<QuestionCircleOutlined />}
            aria-label={t('top.shortcuts')}
            onClick={() => setSheetOpen(true)}
          />
        </Tooltip>
        <Button type="text" icon={<GlobalOutlined />} onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')}>
          {t('top.language')}
        </Button>
        <Dropdown
          menu={{
            items: userMenu,
            onClick: async ({ key }) => {
              if (key !== 'logout') return;
              await logout();
              navigate('/login');
            },
          }}
          trigger={['click']}
        >
          <Button type="text" icon={<UserOutlined />}>
            {me?.displayName}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {me ? (lang === 'en' ? ROLE_LABELS_EN[me.role] : ROLE_LABELS[me.role]) : ''}
            </Typography.Text>
            <DownOutlined style={{ fontSize: 10 }} />
          </Button>
        </Dropdown>
      </Layout.Header>
      <Layout>
        <Layout.Sider
          width={SIDER_WIDTH}
          theme="light"
          style={{ borderRight: '1px solid #e5e7eb', overflow: 'auto', background: '#f7f8fa' }}
        >
          <nav aria-label={t('appName')}>
            <Menu
              mode="inline"
              items={menuItems}
              selectedKeys={selected}
              onClick={({ key }) => navigate(key)}
              style={{ borderInlineEnd: 'none' }}
            />
          </nav>
        </Layout.Sider>
        <Layout.Content style={{ overflow: 'auto', background: '#fff', minWidth: 0 }}>
          {/* LIVE-UPDATES: the stream is opened above (useLive); screens read presence with usePresence. */}
          <Suspense fallback={<LoadingBlock />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
      <CommandPalette open={paletteOpen} onClose={() => setPaletteOpen(false)} screens={paletteScreens} />
      <ShortcutSheet open={sheetOpen} onClose={() => setSheetOpen(false)} />
      <ReloginDialog />
    </Layout>
  );
}
