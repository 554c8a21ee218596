import { useMemo } from 'react';
import { Typography } from 'antd';
import type { TicketDetail } from '../../../../src/contracts/tickets.schemas.ts';
import { useUnits } from '../../api/reference.ts';
import { useShortcuts } from '../../app/shortcuts.ts';
import { AttachmentList } from '../../components/dialogs/AttachmentList.tsx';
import { DeskFrame, type DeskSpec } from '../../components/dialogs/desk/DeskFrame.tsx';
import { TicketEssentials, type EssentialRow } from '../../components/dialogs/desk/TicketEssentials.tsx';
import { leadFeedback } from '../../components/dialogs/ReviewDialogs.tsx';
import { formatTime } from '../../components/format.ts';
import { useText } from './text.ts';

type T = ReturnType<typeof useText>;

/**
 * 审核回访台: the units' feedback to review, and the call list of citizens to call back (oldest first, the
 * caller's number on the row). Enter opens 审核 or 回访 for the selected ticket.
 */
export default function ReviewDeskScreen() {
  const t = useText();
  const { byCode } = useUnits();
  const spec = useMemo(
    (): DeskSpec => ({
      title: t('title'),
      views: [
        { key: 'toReview', label: t('toReview') },
        { key: 'toRevisit', label: t('toRevisit') },
      ],
      commands: ['review', 'revisit'],
      rowDetail: (item, view) =>
        view === 'toRevisit'
          ? [
              item.callerHidden
                ? t('callerHidden')
                : [item.callerName, item.callerPhone].filter(Boolean).join(' '),
              item.revisitAssignee ? t('assignee', { name: item.revisitAssignee.name }) : null,
              formatTime(item.receivedAt).slice(5),
            ]
              .filter(Boolean)
              .join(' · ')
          : [
              item.category.split('/').at(-1),
              item.leadUnitCode
                ? `${t('leadUnit')} ${byCode.get(item.leadUnitCode)?.name ?? item.leadUnitCode}`
                : null,
            ]
              .filter(Boolean)
              .join(' · '),
      renderDetail: (ticket) => <TicketEssentials ticket={ticket} extra={reviewFacts(ticket, t)} />,
    }),
    [t, byCode],
  );
  return <DeskFrame spec={spec} registerKeys={useShortcuts} />;
}

/** The lead unit's feedback and its files; for a call-back, whether the caller agreed to one. */
function reviewFacts(ticket: TicketDetail, t: T): EssentialRow[] {
  const lead = leadFeedback(ticket);
  return [
    {
      key: 'feedback',
      label: t('feedback'),
      span: 2,
      children: lead?.feedbackText ? (
        <>
          <div style={{ whiteSpace: 'pre-wrap', maxHeight: 180, overflowY: 'auto' }}>{lead.feedbackText}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('feedbackBy', { unit: lead.unitName, at: formatTime(lead.feedbackAt) })}
          </Typography.Text>
        </>
      ) : (
        <Typography.Text type="secondary">{t('noFeedback')}</Typography.Text>
      ),
    },
    { key: 'files', label: t('attachments'), span: 2, children: <AttachmentList ticketId={ticket.id} /> },
    ...(ticket.revisitConsent
      ? []
      : [{ key: 'consent', label: t('consent'), span: 2, children: t('noConsent') }]),
  ];
}
