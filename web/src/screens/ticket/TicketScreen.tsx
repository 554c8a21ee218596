import { lazy, Suspense, useState } from 'react';
import { App, Button, Descriptions, Space, Tag, Tooltip, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import type { ticketsContract } from '../../../../src/contracts/tickets.contract.ts';
import type { TicketDetail } from '../../../../src/contracts/tickets.schemas.ts';
import type { TicketCommandType } from '../../../../src/domain/lifecycle/index.ts';
import { useShortcut, useShortcuts } from '../../app/shortcuts.ts';
import { ErrorPage, ForbiddenPage, LoadingBlock, NotFoundPage } from '../../app/StatusPages.tsx';
import { api, ApiError, lean } from '../../api/client.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { useUnits } from '../../api/reference.ts';
import { useMe } from '../../api/session.ts';
import { formatTime } from '../../components/format.ts';
import { DeadlineText, FlagTag, StateTag, UrgencyTag } from '../../components/TicketTags.tsx';
import { useValueLabel } from '../../components/value-labels.ts';
import { useLang } from '../../i18n/index.tsx';
import { usePresence } from '../../live/useLive.ts';
import { AttachmentList } from '../../components/dialogs/AttachmentList.tsx';
import { Assignments } from './Assignments.tsx';
import { TicketCalls } from './TicketCalls.tsx';
import { TicketTimeline } from './TicketTimeline.tsx';
import { COMMAND_LABELS, COMMAND_ORDER, useText } from './text.ts';

const CommandDialogFor = lazy(() => import('../../components/command-dialog/dialogs.tsx'));
const BY_NUMBER = lean<typeof ticketsContract.getByNumber>('GET', '/api/tickets/by-number/:number');

/** `/tickets/:number`: everything about one ticket, and the commands this user may issue on it now. */
export default function TicketScreen() {
  const { number = '' } = useParams();
  const t = useText();
  const ticket = useQuery({
    queryKey: queryKeys.ticket(number),
    queryFn: () => api.call(BY_NUMBER, { params: { number } }),
    retry: false,
  });
  if (ticket.isLoading) return <LoadingBlock />;
  const error = ticket.error;
  if (error instanceof ApiError && error.status === 403) return <ForbiddenPage detail={error.message} />;
  if (error instanceof ApiError && error.status === 404)
    return <NotFoundPage detail={t('notFound', { number })} />;
  if (!ticket.data) return <ErrorPage detail={String(error ?? '')} onRetry={() => void ticket.refetch()} />;
  return <TicketView ticket={ticket.data} reload={() => void ticket.refetch()} />;
}

function TicketView({ ticket, reload }: { ticket: TicketDetail; reload(): void }) {
  const t = useText();
  const { lang } = useLang();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const { data: me } = useMe();
  const { byCode } = useUnits();
  const valueLabel = useValueLabel();
  const [command, setCommand] = useState<TicketCommandType | null>(null);
  // LIVE-UPDATES slot: presence on this ticket (POST /api/tickets/:id/presence, `presence` events). Changes by
  // others arrive as `ticket` events, which invalidate queryKeys.ticket(number) (web/src/live/useLive.ts).
  const viewers = usePresence(ticket.id, me?.username);
  const unitName = (code: string | null) => (code ? (byCode.get(code)?.name ?? code) : '—');
  const label = (c: TicketCommandType) => COMMAND_LABELS[lang][c];

  useShortcut({ keys: 'Alt+R', label: t('reload'), run: reload });
  // The step the ticket waits for first (the primary button, Alt+1), then the others.
  const actions = [...ticket.abilities].sort((a, b) => COMMAND_ORDER.indexOf(a) - COMMAND_ORDER.indexOf(b));
  useShortcuts(
    actions.slice(0, 9).map((c, index) => ({
      keys: `Alt+${index + 1}`,
      label: t('runAction', { action: label(c) }),
      run: () => setCommand(c),
    })),
  );

  const done = (after: TicketDetail) => {
    queryClient.setQueryData(queryKeys.ticket(after.number), after);
    void queryClient.invalidateQueries({ queryKey: queryKeys.queues });
    message.success(t('done', { action: command ? label(command) : '' }));
    setCommand(null);
  };
  const conflict = (error: ApiError) => {
    // Keep the dialog and what was typed; show the ticket as it now is.
    reload();
    // A stale version says only that; another refusal (the state moved on) says why, in the server's words.
    const why = error.code === 'VERSION_CONFLICT' ? '' : `${error.message}。`;
    modal.warning({ title: t('conflictTitle'), content: `${why}${t('conflictBody')}` });
  };

  return (
    <div style={{ padding: '8px 16px' }}>
      <header style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
        <Typography.Title level={4} style={{ margin: 0 }} copyable={{ text: ticket.number }}>
          {ticket.number}
        </Typography.Title>
        <StateTag state={ticket.state} label={ticket.stateLabel} />
        <UrgencyTag urgency={ticket.urgency} />
        <FlagTag flag={ticket.flag} />
        {ticket.confidential ? <Tag color="magenta">{t('confidential')}</Tag> : null}
        {ticket.urgeCount > 0 ? <Tag color="orange">{t('urged', { count: ticket.urgeCount })}</Tag> : null}
        {ticket.supervised ? <Tag color="red">{t('supervised')}</Tag> : null}
        {ticket.reopenCount > 0 ? <Tag>{t('reopened', { count: ticket.reopenCount })}</Tag> : null}
        {ticket.dueAt ? (
          <span>
            {t('dueAt')}：<DeadlineText due={ticket.dueAt} done={ticket.completedAt !== null} />
          </span>
        ) : null}
        <span style={{ flex: 1 }} />
        {viewers.length > 0 ? (
          <Tag color="processing">
            {t('viewers', { names: viewers.map((v) => v.displayName).join('、') })}
          </Tag>
        ) : null}
        <Tooltip title={`${t('refresh')} (Alt+R)`}>
          <Button icon={<ReloadOutlined />} onClick={reload} aria-label={t('refresh')} />
        </Tooltip>
      </header>
      <Typography.Text strong style={{ display: 'block', margin: '4px 0 8px', fontSize: 14 }}>
        {ticket.title}
      </Typography.Text>
      <section aria-label={t('actions')} style={{ marginBottom: 8 }}>
        {actions.length === 0 ? (
          <Typography.Text type="secondary">{t('noActions')}</Typography.Text>
        ) : (
          <Space wrap size={6}>
            {actions.map((c, index) => (
              <Tooltip key={c} title={index < 9 ? `Alt+${index + 1}` : undefined}>
                <Button type={index === 0 ? 'primary' : 'default'} onClick={() => setCommand(c)}>
                  {label(c)}
                </Button>
              </Tooltip>
            ))}
          </Space>
        )}
      </section>
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)', gap: 16 }}>
        <div>
          <Descriptions
            size="small"
            bordered
            column={2}
            title={t('appeal')}
            styles={{ label: { width: 96 } }}
          >
            <Descriptions.Item label={t('content')} span={2}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{ticket.content}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('category')} span={2}>
              {ticket.category}
            </Descriptions.Item>
            <Descriptions.Item label={t('appealType')}>
              {valueLabel('appealType', ticket.appealType)}
            </Descriptions.Item>
            <Descriptions.Item label={t('channel')}>
              {valueLabel('channel', ticket.channel)}
            </Descriptions.Item>
            <Descriptions.Item label={t('district')}>{unitName(ticket.districtCode)}</Descriptions.Item>
            <Descriptions.Item label={t('receivedAt')}>{formatTime(ticket.receivedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('address')} span={2}>
              {ticket.address ?? '—'}
            </Descriptions.Item>
          </Descriptions>
          <Descriptions
            size="small"
            bordered
            column={2}
            title={t('caller')}
            style={{ marginTop: 12 }}
            styles={{ label: { width: 96 } }}
          >
            {ticket.callerHidden ? (
              <Descriptions.Item label={t('caller')} span={2}>
                {t('callerHidden')}
              </Descriptions.Item>
            ) : (
              <>
                {/* Shown exactly as the API returns them: masked for the roles and lists that must not see more. */}
                <Descriptions.Item label={t('callerName')}>{ticket.callerName ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('callerPhone')}>{ticket.callerPhone ?? '—'}</Descriptions.Item>
              </>
            )}
            <Descriptions.Item label={t('revisitConsent')}>
              {ticket.revisitConsent ? t('yes') : t('no')}
            </Descriptions.Item>
          </Descriptions>
          <HandlingResult ticket={ticket} />
          <Typography.Title level={5} style={{ marginTop: 12 }}>
            {t('assignments')}
          </Typography.Title>
          <Assignments ticket={ticket} lang={lang} />
          <Typography.Title level={5} style={{ marginTop: 12 }}>
            {t('attachments')}
          </Typography.Title>
          <AttachmentList ticketId={ticket.id} />
          <TicketCalls ticket={ticket} />
        </div>
        <aside>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('timeline')}
          </Typography.Title>
          <TicketTimeline ticket={ticket} />
        </aside>
      </div>
      {command && me ? (
        <Suspense fallback={null}>
          <CommandDialogFor
            key={command}
            ticket={ticket}
            command={command}
            unitCode={me.unitCode}
            onClose={() => setCommand(null)}
            onDone={done}
            onConflict={conflict}
          />
        </Suspense>
      ) : null}
    </div>
  );
}

/** What closed the appeal (or where it stands): the answer, the rejection, the transfer, the revisit. */
function HandlingResult({ ticket }: { ticket: TicketDetail }) {
  const t = useText();
  const rows = [
    ticket.answer ? { label: t('answer'), value: ticket.answer } : null,
    ticket.rejectReason ? { label: t('rejectReason'), value: ticket.rejectReason } : null,
    ticket.transferTarget ? { label: t('transferTarget'), value: ticket.transferTarget } : null,
    ticket.mergedIntoId ? { label: t('mergedInto'), value: `#${ticket.mergedIntoId}` } : null,
    ticket.revisit
      ? {
          label: t('revisit'),
          value: [formatTime(ticket.revisit.at), ticket.revisit.satisfaction, ticket.revisit.solved]
            .filter(Boolean)
            .join(' · '),
        }
      : null,
  ].filter((row): row is { label: string; value: string } => row !== null);
  if (rows.length === 0) return null;
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      title={t('handling')}
      style={{ marginTop: 12 }}
      styles={{ label: { width: 96 } }}
    >
      {rows.map((row) => (
        <Descriptions.Item key={row.label} label={row.label}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{row.value}</span>
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}
