import { useMemo } from 'react';
import { Tag } from 'antd';
import type { TicketDetail } from '../../../../src/contracts/tickets.schemas.ts';
import { useUnits } from '../../api/reference.ts';
import { useShortcuts } from '../../app/shortcuts.ts';
import { useMe } from '../../api/session.ts';
import { AttachmentList } from '../../components/dialogs/AttachmentList.tsx';
import { DeskFrame, type DeskSpec } from '../../components/dialogs/desk/DeskFrame.tsx';
import {
  latestNote,
  TicketEssentials,
  type EssentialRow,
} from '../../components/dialogs/desk/TicketEssentials.tsx';
import { ownAssignment } from '../../components/dialogs/RequestDialogs.tsx';
import { DeadlineText } from '../../components/TicketTags.tsx';
import { formatTime } from '../../components/format.ts';
import { useText } from './text.ts';

type T = ReturnType<typeof useText>;

/**
 * 承办工作台: what the unit must sign for, and what it is handling, nearest deadline first; every deadline of
 * its own assignment counts down in working time. A signs, Enter opens the first action (签收 or 反馈).
 */
export default function UnitInboxScreen() {
  const t = useText();
  const { data: me } = useMe();
  const { byCode } = useUnits();
  const unitCode = me?.unitCode ?? '';
  const spec = useMemo(
    (): DeskSpec => ({
      title: t('title'),
      views: [
        { key: 'toAcknowledge', label: t('toAcknowledge') },
        { key: 'inProgress', label: t('inProgress') },
      ],
      commands: ['acknowledge', 'submitFeedback', 'subDispatch', 'requestExtension', 'requestSendBack'],
      keys: [
        { keys: 'A', command: 'acknowledge' },
        { keys: 'F', command: 'submitFeedback' },
      ],
      rowDetail: (item) =>
        [
          item.category.split('/').at(-1),
          item.districtCode ? (byCode.get(item.districtCode)?.name ?? '') : '',
          formatTime(item.receivedAt).slice(5),
        ]
          .filter(Boolean)
          .join(' · '),
      rowDue: (item) => item.unitDueAt ?? item.dueAt,
      renderDetail: (ticket) => (
        <>
          <TicketEssentials ticket={ticket} extra={unitFacts(ticket, unitCode, byCode, t)} />
        </>
      ),
    }),
    [t, unitCode, byCode],
  );
  return <DeskFrame spec={spec} registerKeys={useShortcuts} />;
}

function Due({ due, doneAt, t }: { due: string | null; doneAt: string | null; t: T }) {
  if (doneAt)
    return <span style={{ color: '#8c8c8c' }}>{t('doneAt', { at: formatTime(doneAt).slice(5) })}</span>;
  return <DeadlineText due={due} />;
}

/** The unit's own part: its deadlines (签收, 反馈, 办结), its role, who handed it down, and any pending request. */
function unitFacts(
  ticket: TicketDetail,
  unitCode: string,
  byCode: Map<string, { name: string }>,
  t: T,
): EssentialRow[] {
  const own = ownAssignment(ticket, unitCode);
  if (!own) return [];
  const returned =
    ticket.events.at(-1)?.type === 'feedbackReturned' ? latestNote(ticket, 'feedbackReturned') : null;
  const dispatchNote = latestNote(ticket, own.parentUnitCode ? 'subDispatched' : 'dispatched');
  return [
    {
      key: 'deadlines',
      label: t('deadlines'),
      span: 2,
      children: (
        <div style={{ display: 'flex', gap: 20, flexWrap: 'wrap' }}>
          <span>
            {t('acknowledge')}：<Due due={own.acknowledgeDue} doneAt={own.acknowledgedAt} t={t} />
          </span>
          <span>
            {t('feedback')}：<Due due={own.feedbackDue} doneAt={own.feedbackAt} t={t} />
          </span>
          <span>
            {t('completion')}：<Due due={own.completionDue} doneAt={own.closedAt} t={t} />
          </span>
        </div>
      ),
    },
    {
      key: 'role',
      label: t('role'),
      children: (
        <Tag color={own.role === 'lead' ? 'blue' : 'default'}>
          {own.role === 'lead' ? t('lead') : t('support')}
        </Tag>
      ),
    },
    {
      key: 'from',
      label: t('from'),
      children: own.parentUnitCode
        ? (byCode.get(own.parentUnitCode)?.name ?? own.parentUnitCode)
        : t('centre'),
    },
    ...(own.extensionRequest
      ? [
          {
            key: 'ext',
            label: t('pending'),
            span: 2,
            children: t('extensionPending', { due: formatTime(own.extensionRequest.requestedDue) }),
          },
        ]
      : []),
    ...(own.sendBackRequest
      ? [{ key: 'sb', label: t('pending'), span: 2, children: t('sendBackPending') }]
      : []),
    ...(returned
      ? [
          {
            key: 'returned',
            label: t('returned'),
            span: 2,
            children: <span style={{ color: '#ad4e00' }}>{returned}</span>,
          },
        ]
      : []),
    ...(dispatchNote ? [{ key: 'note', label: t('dispatchNote'), span: 2, children: dispatchNote }] : []),
    { key: 'files', label: t('attachments'), span: 2, children: <AttachmentList ticketId={ticket.id} /> },
  ];
}
