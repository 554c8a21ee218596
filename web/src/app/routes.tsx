import type { ComponentType, ReactNode } from 'react';
import { PhoneOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { AuditOutlined, InboxOutlined, SendOutlined } from '@ant-design/icons';
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
    path: '/tickets/:number',
    lazy: () => import('../screens/ticket/TicketScreen.tsx'),
    ability: 'tickets.getByNumber',
  },
];
