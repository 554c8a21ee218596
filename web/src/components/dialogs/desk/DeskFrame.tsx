import { useCallback, useEffect, useMemo, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { App, Badge, Button, Pagination, Segmented, Space, Spin, Tag, Tooltip, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { TicketDetail } from '../../../../../src/contracts/tickets.schemas.ts';
import { ApiError } from '../../../api/client.ts';
import { useApiErrorHandler } from '../../../api/errors.ts';
import { queryKeys } from '../../../api/query-keys.ts';
import { useQueueViews } from '../../../api/queues.ts';
import { useMe } from '../../../api/session.ts';
import { useLang } from '../../../i18n/index.tsx';
import type { CommandDialogProps } from '../../command-dialog/CommandDialog.tsx';
import { FlagTag, StateTag, UrgencyTag } from '../../TicketTags.tsx';
import { sendCommand } from '../command-call.ts';
import * as dialogs from '../index.ts';
import { COMMAND_NAMES, type NamedCommand } from '../text.ts';
import { DeskList } from './DeskList.tsx';
import {
  DESK_PAGE_SIZE,
  useQueuePage,
  useSettled,
  useTicketDetail,
  type QueueItem,
  type QueueViewKey,
} from './desk-api.ts';
import { useDeskText } from './text.ts';

/** Commands with no fields run at once from the desk (签收 is one key, not a dialog). */
const IMMEDIATE: readonly NamedCommand[] = ['acknowledge'];
const DIALOGS: Partial<Record<NamedCommand, ComponentType<CommandDialogProps>>> = {
  dispatch: dialogs.DispatchDialog,
  subDispatch: dialogs.SubDispatchDialog,
  ruleSendBack: dialogs.RuleSendBackDialog,
  ruleExtension: dialogs.RuleExtensionDialog,
  submitFeedback: dialogs.SubmitFeedbackDialog,
  requestExtension: dialogs.RequestExtensionDialog,
  requestSendBack: dialogs.RequestSendBackDialog,
  review: dialogs.ReviewDialog,
  revisit: dialogs.RevisitDialog,
};

/** A key of the desk, in the shape of the shell's shortcut registry (web/src/app/shortcuts.ts). */
export interface DeskKey {
  keys: string;
  label: string;
  run(): void;
}

export interface DeskSpec {
  title: string;
  /** The queues this desk works, as tabs (keys 1, 2…) */
  views: readonly { key: QueueViewKey; label: string }[];
  /** The desk's actions in the order of their buttons; a ticket shows those its `abilities` allow. */
  commands: readonly NamedCommand[];
  /** Extra single-key shortcuts for one command each (A: 签收). */
  keys?: readonly { keys: string; command: NamedCommand }[];
  rowDetail?: (item: QueueItem, view: QueueViewKey) => ReactNode;
  rowDue?: (item: QueueItem, view: QueueViewKey) => string | null;
  /** The selected ticket's essentials for this desk, under its title and actions. */
  renderDetail(ticket: TicketDetail, view: QueueViewKey): ReactNode;
}

/**
 * A desk: one or two work queues as a dense list on the left, the selected ticket and its actions on the right.
 * The view and the selected ticket live in the address bar (`?view=…&n=…`), so a reload keeps the place. When the
 * selected ticket leaves the queue (done here, or by someone else, seen through live updates) the next one in
 * line is selected.
 */
export function DeskFrame({
  spec,
  registerKeys,
}: {
  spec: DeskSpec;
  /**
   * The shell's `useShortcuts` (web/src/app/shortcuts.ts), handed in by the screen: shared UI does not import
   * the shell, and the keys still appear in the shortcut sheet.
   */
  registerKeys: (keys: readonly DeskKey[]) => void;
}) {
  const t = useDeskText();
  const { lang } = useLang();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const showError = useApiErrorHandler();
  const queryClient = useQueryClient();
  const { data: me } = useMe();
  const counts = useQueueViews();
  const [params] = useSearchParams();
  const view = spec.views.find((v) => v.key === params.get('view'))?.key ?? spec.views[0]!.key;
  const selected = params.get('n');
  const [page, setPage] = useState(1);
  const [command, setCommand] = useState<NamedCommand | null>(null);
  const [running, setRunning] = useState(false);
  const lastIndex = useRef(0);

  const list = useQueuePage(view, page);
  const items = useMemo(() => list.data?.items ?? [], [list.data]);
  const settled = useSettled(selected, 150);
  const detail = useTicketDetail(settled);
  const ticket = detail.data && detail.data.number === selected ? detail.data : null;

  // From the address as it is now, not as this render saw it: a list answering just as the user switches views
  // (签收, then 2) must not put the old view back while it clears the selection. React Router's functional
  // `setSearchParams` hands the updater the params of the render that made it, so the live address is read
  // here; `BrowserRouter` writes it synchronously on every navigation.
  const go = useCallback(
    (change: { view?: QueueViewKey; n?: string | null }) => {
      if (change.view) lastIndex.current = 0;
      const next = new URLSearchParams(window.location.search);
      if (change.view) next.set('view', change.view);
      if (change.n === null) next.delete('n');
      else if (change.n) next.set('n', change.n);
      navigate({ search: `?${next.toString()}` }, { replace: true });
    },
    [navigate],
  );

  // Keep a selection: the first row on arrival, the next in line when the selected ticket leaves the queue.
  useEffect(() => {
    if (!list.data || list.isPlaceholderData) return;
    const index = items.findIndex((item) => item.number === selected);
    if (index >= 0) lastIndex.current = index;
    else if (items.length > 0) go({ n: items[Math.min(lastIndex.current, items.length - 1)]!.number });
    else if (selected) go({ n: null });
  }, [items, selected, list.data, list.isPlaceholderData, go]);

  const move = (step: number) => {
    if (items.length === 0) return;
    const index = items.findIndex((item) => item.number === selected);
    const next = Math.max(0, Math.min(items.length - 1, (index < 0 ? -step : index) + step));
    go({ n: items[next]!.number });
  };
  const label = (c: NamedCommand) => COMMAND_NAMES[lang][c];
  const allowed = ticket
    ? spec.commands.filter((c) => (ticket.abilities as readonly string[]).includes(c))
    : [];

  const done = (after: TicketDetail, action: NamedCommand) => {
    queryClient.setQueryData(queryKeys.ticket(after.number), after);
    void queryClient.invalidateQueries({ queryKey: queryKeys.queues });
    message.success(t('done', { action: label(action) }));
    setCommand(null);
  };
  const conflict = (error: ApiError) => {
    void detail.refetch();
    modal.warning({ title: t('conflictTitle'), content: t('conflictBody', { message: error.message }) });
  };
  const act = async (c: NamedCommand) => {
    if (!ticket || !allowed.includes(c)) return;
    if (!IMMEDIATE.includes(c)) return setCommand(c);
    setRunning(true);
    try {
      done(await sendCommand(ticket, c as 'acknowledge', {}), c);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) conflict(error);
      else showError(error);
    } finally {
      setRunning(false);
    }
  };

  // Off while a dialog is open: Enter on a radio button there must not open another action here.
  const keys: DeskKey[] =
    command === null
      ? [
          { keys: 'J', label: t('next'), run: () => move(1) },
          { keys: 'K', label: t('previous'), run: () => move(-1) },
          {
            keys: 'Enter',
            label: t('openAction', { action: allowed[0] ? label(allowed[0]) : '…' }),
            run: () => void (allowed[0] && act(allowed[0])),
          },
          {
            keys: 'O',
            label: t('openTicket'),
            run: () => void (selected && navigate(`/tickets/${selected}`)),
          },
          { keys: 'Alt+R', label: t('refresh'), run: () => void list.refetch() },
          ...(spec.keys ?? []).map((k) => ({
            keys: k.keys,
            label: label(k.command),
            run: () => void act(k.command),
          })),
          ...spec.views.map((v, index) => ({
            keys: String(index + 1),
            label: v.label,
            run: () => go({ view: v.key, n: null }),
          })),
        ]
      : [];
  registerKeys(keys);

  const Dialog = command ? DIALOGS[command] : undefined;
  const total = list.data?.total ?? 0;
  return (
    <div style={{ display: 'flex', height: '100%', minHeight: 0 }}>
      <section
        aria-label={spec.title}
        style={{
          width: 420,
          flex: '0 0 420px',
          display: 'flex',
          flexDirection: 'column',
          borderRight: '1px solid #e5e7eb',
          minHeight: 0,
        }}
      >
        <div style={{ display: 'flex', alignItems: 'center', gap: 8, padding: '8px 10px 6px' }}>
          <Typography.Title level={5} style={{ margin: 0, whiteSpace: 'nowrap' }}>
            {spec.title}
          </Typography.Title>
          <span style={{ flex: 1 }} />
          <Tooltip title={`${t('refresh')} (Alt+R)`}>
            <Button
              size="small"
              type="text"
              icon={<ReloadOutlined />}
              aria-label={t('refresh')}
              onClick={() => void list.refetch()}
            />
          </Tooltip>
        </div>
        {spec.views.length > 1 ? (
          <Segmented
            block
            size="small"
            value={view}
            onChange={(key) => {
              setPage(1);
              go({ view: key as QueueViewKey, n: null });
            }}
            style={{ margin: '0 10px 6px' }}
            options={spec.views.map((v, index) => ({
              value: v.key,
              label: (
                <Tooltip title={String(index + 1)}>
                  <span>
                    {v.label}{' '}
                    <Badge
                      count={counts.data?.find((c) => c.key === v.key)?.count ?? 0}
                      showZero
                      overflowCount={9999}
                      size="small"
                      color={v.key === view ? '#1677ff' : '#bfbfbf'}
                    />
                  </span>
                </Tooltip>
              ),
            }))}
          />
        ) : null}
        {list.error && !list.data ? (
          <Typography.Text type="danger" style={{ padding: 12 }}>
            {t('loadFailed', { message: list.error.message })}
          </Typography.Text>
        ) : list.isLoading ? (
          <Spin style={{ padding: 24 }} />
        ) : (
          <DeskList
            items={items}
            selected={selected}
            onSelect={(n) => go({ n })}
            onOpen={(n) => navigate(`/tickets/${n}`)}
            {...(spec.rowDetail ? { detail: (item: QueueItem) => spec.rowDetail!(item, view) } : {})}
            {...(spec.rowDue ? { due: (item: QueueItem) => spec.rowDue!(item, view) } : {})}
          />
        )}
        <div
          style={{
            display: 'flex',
            alignItems: 'center',
            gap: 8,
            padding: '4px 10px',
            borderTop: '1px solid #f0f0f0',
            fontSize: 12,
            color: '#8c8c8c',
          }}
        >
          {/* No count until the list has answered: 共 0 件 while loading would say the queue is empty. */}
          <span>{list.data ? t('total', { total }) : ''}</span>
          <span style={{ flex: 1 }}>{t('moreKeys')}</span>
          {total > DESK_PAGE_SIZE ? (
            <Pagination
              simple
              size="small"
              current={page}
              pageSize={DESK_PAGE_SIZE}
              total={total}
              onChange={setPage}
            />
          ) : null}
        </div>
      </section>
      <section
        aria-label={selected ?? t('pick')}
        style={{ flex: 1, minWidth: 0, overflowY: 'auto', padding: '8px 16px' }}
      >
        {!selected ? (
          <Typography.Text type="secondary">{t('pick')}</Typography.Text>
        ) : !ticket ? (
          detail.error ? (
            <Typography.Text type="danger">
              {t('loadFailed', { message: detail.error.message })}
            </Typography.Text>
          ) : (
            <Spin style={{ padding: 24 }} />
          )
        ) : (
          <>
            <TicketHeader ticket={ticket} />
            <div role="toolbar" aria-label={ticket.number} style={{ margin: '6px 0 10px' }}>
              {allowed.length === 0 ? (
                <Typography.Text type="secondary">{t('noActions')}</Typography.Text>
              ) : (
                <Space wrap size={6}>
                  {allowed.map((c, index) => {
                    const key = index === 0 ? 'Enter' : spec.keys?.find((k) => k.command === c)?.keys;
                    return (
                      <Tooltip key={c} title={key}>
                        <Button
                          type={index === 0 ? 'primary' : 'default'}
                          loading={running && IMMEDIATE.includes(c)}
                          onClick={() => void act(c)}
                        >
                          {label(c)}
                        </Button>
                      </Tooltip>
                    );
                  })}
                </Space>
              )}
            </div>
            {spec.renderDetail(ticket, view)}
          </>
        )}
      </section>
      {Dialog && ticket && me && command ? (
        <Dialog
          key={`${ticket.number}-${command}`}
          ticket={ticket}
          command={command as CommandDialogProps['command']}
          unitCode={me.unitCode}
          onClose={() => setCommand(null)}
          onDone={(after) => done(after, command)}
          onConflict={conflict}
        />
      ) : null}
    </div>
  );
}

function TicketHeader({ ticket }: { ticket: TicketDetail }) {
  const t = useDeskText();
  return (
    <header>
      <div style={{ display: 'flex', alignItems: 'center', gap: 6, flexWrap: 'wrap' }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          <Link to={`/tickets/${ticket.number}`}>{ticket.number}</Link>
        </Typography.Title>
        <StateTag state={ticket.state} label={ticket.stateLabel} />
        <UrgencyTag urgency={ticket.urgency} />
        <FlagTag flag={ticket.flag} />
        {ticket.confidential ? <Tag color="magenta">{t('confidential')}</Tag> : null}
        {ticket.urgeCount > 0 ? <Tag color="orange">{t('urged', { count: ticket.urgeCount })}</Tag> : null}
        {ticket.supervised ? <Tag color="red">{t('supervised')}</Tag> : null}
        {ticket.reopenCount > 0 ? <Tag>{t('reopened', { count: ticket.reopenCount })}</Tag> : null}
      </div>
      <Typography.Text strong style={{ display: 'block', fontSize: 14, marginTop: 4 }}>
        {ticket.title}
      </Typography.Text>
    </header>
  );
}
