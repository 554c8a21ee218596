import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Input, Modal, Tag } from 'antd';
import { FileTextOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { ResponseOf } from '../../../src/contracts/client.ts';
import type { ticketsContract } from '../../../src/contracts/tickets.contract.ts';
import { ApiError, getJson } from '../api/client.ts';
import { queryKeys } from '../api/query-keys.ts';
import { useShellText } from '../i18n/shell.ts';

export interface PaletteScreen {
  label: string;
  to: string;
  icon: ReactNode;
}

interface Item {
  key: string;
  title: string;
  hint?: string;
  icon: ReactNode;
  to: string;
}

// Typed by the contracts without loading their schemas into the shell (docs/console.md, budgets).
const BY_NUMBER_PATH: (typeof ticketsContract.getByNumber)['path'] = '/api/tickets/by-number/:number';
const LIST_PATH: (typeof ticketsContract.list)['path'] = '/api/tickets';
type Ticket = ResponseOf<typeof ticketsContract.getByNumber>;
type TicketList = ResponseOf<typeof ticketsContract.list>;

/** A ticket number is the receipt date and a serial (16 digits); shorter digit strings are phone numbers. */
const looksLikeNumber = (text: string) => /^\d{12,20}$/.test(text) || /^\d{8}-\d{1,10}$/.test(text);

function useDebounced(value: string, ms: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * Ctrl+K: find a ticket by its number (GET /api/tickets/by-number/:number), tickets by the caller's phone or the
 * title (GET /api/tickets?q=), or a screen by name; Enter opens the highlighted line.
 */
export function CommandPalette({
  open,
  onClose,
  screens,
}: {
  open: boolean;
  onClose(): void;
  screens: PaletteScreen[];
}) {
  const t = useShellText();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const query = useDebounced(text.trim(), 200);

  const byNumber = useQuery({
    queryKey: queryKeys.ticket(query),
    queryFn: () => getJson<Ticket>(BY_NUMBER_PATH.replace(':number', encodeURIComponent(query))),
    enabled: open && looksLikeNumber(query),
    retry: false,
  });
  const search = useQuery({
    queryKey: queryKeys.ticketSearch(query),
    queryFn: () => getJson<TicketList>(LIST_PATH, { q: query, pageSize: 8 }),
    enabled: open && query.length >= 2,
    retry: false,
  });

  const items = useMemo<Item[]>(() => {
    const found: Item[] = [];
    const seen = new Set<string>();
    const addTicket = (ticket: {
      number: string;
      title: string;
      stateLabel: string;
      callerPhone: string | null;
    }) => {
      if (seen.has(ticket.number)) return;
      seen.add(ticket.number);
      found.push({
        key: `ticket:${ticket.number}`,
        title: `${ticket.number}  ${ticket.title}`,
        hint: [ticket.stateLabel, ticket.callerPhone].filter(Boolean).join(' · '),
        icon: <FileTextOutlined />,
        to: `/tickets/${encodeURIComponent(ticket.number)}`,
      });
    };
    if (byNumber.data) addTicket(byNumber.data);
    for (const ticket of search.data?.items ?? []) addTicket(ticket);
    // A number typed in full opens even if the search has not answered yet (the ticket page says if it exists).
    if (looksLikeNumber(query) && !seen.has(query) && !byNumber.isError) {
      found.push({
        key: `open:${query}`,
        title: t('palette.openTicket', { number: query }),
        icon: <FileTextOutlined />,
        to: `/tickets/${encodeURIComponent(query)}`,
      });
    }
    const needle = query.toLowerCase();
    for (const screen of screens) {
      if (!needle || screen.label.toLowerCase().includes(needle)) {
        found.push({ key: `screen:${screen.to}`, title: screen.label, icon: screen.icon, to: screen.to });
      }
    }
    return found;
  }, [byNumber.data, byNumber.isError, search.data, screens, query, t]);

  useEffect(() => setActive(0), [query]);
  useEffect(() => {
    if (!open) setText('');
  }, [open]);

  const go = (item: Item | undefined) => {
    if (!item) return;
    onClose();
    navigate(item.to);
  };

  const searching = (byNumber.isFetching || search.isFetching) && items.length === 0;
  const refused = search.error instanceof ApiError ? search.error.message : null;

  return (
    <Modal open={open} onCancel={onClose} footer={null} closable={false} width={560} destroyOnHidden>
      <Input
        autoFocus
        size="large"
        value={text}
        placeholder={t('palette.placeholder')}
        aria-label={t('palette.placeholder')}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setActive((i) => Math.min(i + 1, items.length - 1));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (event.key === 'Enter') {
            event.preventDefault();
            go(items[active]);
          }
        }}
      />
      <div
        role="listbox"
        aria-label={t('palette.tickets')}
        style={{ marginTop: 8, maxHeight: 360, overflow: 'auto' }}
      >
        {items.map((item, index) => (
          <div
            key={item.key}
            role="option"
            aria-selected={index === active}
            onMouseEnter={() => setActive(index)}
            onClick={() => go(item)}
            style={{
              display: 'flex',
              gap: 8,
              alignItems: 'center',
              padding: '6px 8px',
              borderRadius: 4,
              cursor: 'pointer',
              background: index === active ? '#e8f0fb' : undefined,
            }}
          >
            {item.icon}
            <span style={{ flex: 1, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
              {item.title}
            </span>
            {item.hint ? <Tag bordered={false}>{item.hint}</Tag> : null}
          </div>
        ))}
        {searching ? <div style={{ padding: 8, color: '#888' }}>{t('palette.searching')}</div> : null}
        {!searching && query && items.length === 0 ? (
          <div style={{ padding: 8, color: '#888' }}>{refused ?? t('palette.noResult')}</div>
        ) : null}
      </div>
      <div style={{ marginTop: 8, color: '#999', fontSize: 12 }}>{t('palette.hint')}</div>
    </Modal>
  );
}
