import type { ComponentType, ReactNode } from 'react';
import { PhoneOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { AuditOutlined, InboxOutlined, SendOutlined } from '@ant-design/icons';
import { ApartmentOutlined, ImportOutlined, KeyOutlined, TeamOutlined } from '@ant-design/icons';
import { CalendarOutlined, ClockCircleOutlined, ClusterOutlined, TagsOutlined } from '@ant-design/icons';
import { BookOutlined, FileDoneOutlined, HistoryOutlined } from '@ant-design/icons';
import { AlertOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { BarChartOutlined, FileTextOutlined, SlidersOutlined } from '@ant-design/icons';
import { DashboardOutlined } from '@ant-design/icons';
import { CustomerServiceOutlined } from '@ant-design/icons';
import { ApiOutlined, EnvironmentOutlined } from '@ant-design/icons';
import { ShareAltOutlined } from '@ant-design/icons';
import type { NavLabelKey } from '../i18n/shell.ts';

/** A screen module: its default export is the screen. */
export interface ScreenModule {
  default: ComponentType;
}

/** Where a screen's link sits in the side navigation. */
export type NavGroup = 'work' | 'queues' | 'data' | 'admin';

export interface ScreenRoute {
  /** Path inside the shell, React Router syntax ('/queues/:view'). */
  path: string;
  /** Loaded on first visit: each screen is its own chunk. */
  lazy: () => Promise<ScreenModule>;
  /**
   * Who may open the screen: an ability key from GET /api/auth/me (`<contract set>.<route>`, e.g.
   * 'tickets.intake'). Others get the 无权查看 page. Absent: every logged-in user. `nav.ability` defaults to it.
   */
  ability?: string;
  /** Present: the screen has a link in the side navigation. */
  nav?: {
    /** A `nav.*` key of web/src/i18n/shell.ts */
    label: NavLabelKey;
    icon: ReactNode;
    group: NavGroup;
    /** Shown only to users with this ability (defaults to the route's). */
    ability?: string;
    /** The link's target when the path has parameters. */
    to?: string;
  };
}

// ONE list of the console's screens (docs/console.md, "Adding a screen"). The queue views themselves come from
// GET /api/queues and are listed by the shell with their counts; 全部工单 is the plain ticket search.
export const screenRoutes: ScreenRoute[] = [
  {
    path: '/desk',
    lazy: () => import('../screens/agent-desk/AgentDeskScreen.tsx'),
    ability: 'tickets.intake',
    nav: { label: 'nav.desk', icon: <PhoneOutlined />, group: 'work' },
  },
  {
    path: '/dispatch',
    lazy: () => import('../screens/dispatch-desk/DispatchDeskScreen.tsx'),
    ability: 'ticketCommands.dispatch',
    nav: { label: 'nav.dispatchDesk', icon: <SendOutlined />, group: 'work' },
  },
  {
    path: '/inbox',
    lazy: () => import('../screens/unit-inbox/UnitInboxScreen.tsx'),
    ability: 'ticketCommands.acknowledge',
    nav: { label: 'nav.unitInbox', icon: <InboxOutlined />, group: 'work' },
  },
  {
    path: '/review',
    lazy: () => import('../screens/review-desk/ReviewDeskScreen.tsx'),
    ability: 'ticketCommands.review',
    nav: { label: 'nav.reviewDesk', icon: <AuditOutlined />, group: 'work' },
  },
  {
    path: '/queues/:view',
    lazy: () => import('../screens/queues/QueueScreen.tsx'),
    ability: 'tickets.list',
    nav: {
      label: 'nav.allTickets',
      icon: <UnorderedListOutlined />,
      group: 'queues',
      to: '/queues/all',
    },
  },
  {
    path: '/calls',
    lazy: () => import('../screens/calls/CallsScreen.tsx'),
    ability: 'calls.figures',
    nav: { label: 'nav.calls', icon: <CustomerServiceOutlined />, group: 'work' },
  },
  {
    path: '/lines',
    lazy: () => import('../screens/lines/LinesScreen.tsx'),
    ability: 'lines.listTransfers',
    nav: { label: 'nav.lines', icon: <ShareAltOutlined />, group: 'work' },
  },
  {
    path: '/supervision',
    lazy: () => import('../screens/supervision/SupervisionScreen.tsx'),
    ability: 'supervision.board',
    nav: { label: 'nav.supervision', icon: <AlertOutlined />, group: 'work' },
  },
  {
    path: '/audit',
    lazy: () => import('../screens/audit/AuditScreen.tsx'),
    ability: 'audit.listAudit',
    nav: { label: 'nav.audit', icon: <SafetyCertificateOutlined />, group: 'admin' },
  },
  {
    path: '/tickets/:number',
    lazy: () => import('../screens/ticket/TicketScreen.tsx'),
    ability: 'tickets.getByNumber',
  },
  {
    path: '/dashboard',
    lazy: () => import('../screens/dashboard/DashboardScreen.tsx'),
    ability: 'dashboard.overview',
    nav: { label: 'nav.dashboard', icon: <DashboardOutlined />, group: 'data' },
  },
  {
    path: '/kb',
    lazy: () => import('../screens/kb/KbSearchScreen.tsx'),
    ability: 'kb.searchArticles',
    nav: { label: 'nav.kb', icon: <BookOutlined />, group: 'data' },
  },
  {
    path: '/kb/review',
    lazy: () => import('../screens/kb/KbReviewScreen.tsx'),
    ability: 'kb.articleAction',
    nav: { label: 'nav.kbReview', icon: <FileDoneOutlined />, group: 'data' },
  },
  {
    path: '/kb/due',
    lazy: () => import('../screens/kb/KbDueScreen.tsx'),
    ability: 'kb.dueArticles',
    nav: { label: 'nav.kbDue', icon: <HistoryOutlined />, group: 'data' },
  },
  {
    path: '/kb/synonyms',
    lazy: () => import('../screens/kb/KbSynonymsScreen.tsx'),
    ability: 'kb.listSynonyms',
  },
  {
    path: '/kb/articles/new',
    lazy: () => import('../screens/kb/KbEditorScreen.tsx'),
    ability: 'kb.createArticle',
  },
  {
    path: '/kb/articles/:id',
    lazy: () => import('../screens/kb/KbArticleScreen.tsx'),
    ability: 'kb.getArticle',
  },
  {
    path: '/kb/articles/:id/edit',
    lazy: () => import('../screens/kb/KbEditorScreen.tsx'),
    ability: 'kb.reviseArticle',
  },
  {
    path: '/evaluation',
    lazy: () => import('../screens/evaluation/EvaluationScreen.tsx'),
    ability: 'evaluation.rankings',
    nav: { label: 'nav.evaluation', icon: <BarChartOutlined />, group: 'data' },
  },
  {
    path: '/evaluation/schemes',
    lazy: () => import('../screens/evaluation/SchemesScreen.tsx'),
    ability: 'evaluation.previewScheme',
    nav: { label: 'nav.schemes', icon: <SlidersOutlined />, group: 'data' },
  },
  {
    path: '/bulletin',
    lazy: () => import('../screens/bulletin/BulletinScreen.tsx'),
    ability: 'bulletin.listIssues',
    nav: { label: 'nav.bulletin', icon: <FileTextOutlined />, group: 'data' },
  },
  {
    path: '/admin/units',
    lazy: () => import('../screens/admin-org/UnitsScreen.tsx'),
    ability: 'units.saveUnit',
    nav: { label: 'nav.adminUnits', icon: <ApartmentOutlined />, group: 'admin' },
  },
  {
    path: '/admin/users',
    lazy: () => import('../screens/admin-org/UsersScreen.tsx'),
    ability: 'users.listUsers',
    nav: { label: 'nav.adminUsers', icon: <TeamOutlined />, group: 'admin' },
  },
  {
    path: '/admin/tokens',
    lazy: () => import('../screens/admin-org/TokensScreen.tsx'),
    ability: 'users.listTokens',
    nav: { label: 'nav.adminTokens', icon: <KeyOutlined />, group: 'admin' },
  },
  {
    path: '/admin/open311-clients',
    lazy: () => import('../screens/open311-clients/Open311ClientsScreen.tsx'),
    ability: 'open311.listClients',
    nav: { label: 'nav.adminOpen311Clients', icon: <ApiOutlined />, group: 'admin' },
  },
  {
    path: '/admin/places',
    lazy: () => import('../screens/places/PlacesScreen.tsx'),
    ability: 'places.listPlaces',
    nav: { label: 'nav.adminPlaces', icon: <EnvironmentOutlined />, group: 'admin' },
  },
  {
    path: '/admin/imports',
    lazy: () => import('../screens/admin-org/ImportsScreen.tsx'),
    ability: 'imports.importFile',
    nav: { label: 'nav.adminImports', icon: <ImportOutlined />, group: 'admin' },
  },
  {
    path: '/admin/calendar',
    lazy: () => import('../screens/admin-rules/CalendarScreen.tsx'),
    ability: 'calendar.setDay',
    nav: { label: 'nav.adminCalendar', icon: <CalendarOutlined />, group: 'admin' },
  },
  {
    path: '/admin/deadline-policies',
    lazy: () => import('../screens/admin-rules/PoliciesScreen.tsx'),
    ability: 'calendar.createPolicy',
    nav: { label: 'nav.adminPolicies', icon: <ClockCircleOutlined />, group: 'admin' },
  },
  {
    path: '/admin/dictionaries',
    lazy: () => import('../screens/admin-rules/DictionariesScreen.tsx'),
    ability: 'dictionaries.saveDictionaryAlias',
    nav: { label: 'nav.adminDictionaries', icon: <TagsOutlined />, group: 'admin' },
  },
  {
    path: '/admin/categories',
    lazy: () => import('../screens/admin-rules/CategoriesScreen.tsx'),
    ability: 'categories.saveCategory',
    nav: { label: 'nav.adminCategories', icon: <ClusterOutlined />, group: 'admin' },
  },
];
