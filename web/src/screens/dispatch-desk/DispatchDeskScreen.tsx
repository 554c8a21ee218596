import { useMemo } from 'react';
import type { TicketDetail } from '../../../../src/contracts/tickets.schemas.ts';
import { useUnits } from '../../api/reference.ts';
import { useShortcuts } from '../../app/shortcuts.ts';
import { DeskFrame, type DeskSpec } from '../../components/dialogs/desk/DeskFrame.tsx';
import {
  latestNote,
  TicketEssentials,
  type EssentialRow,
} from '../../components/dialogs/desk/TicketEssentials.tsx';
import { formatTime } from '../../components/format.ts';
import { useText } from './text.ts';

/**
 * 派单台: tickets waiting for dispatch, and the units' send-back and extension requests waiting for a ruling.
 * Enter opens the dispatch (or ruling) dialog of the selected ticket; J/K move.
 */
export default function DispatchDeskScreen() {
  const t = useText();
  const { byCode } = useUnits();
  const unitName = (code: string | null) => (code ? (byCode.get(code)?.name ?? code) : '—');
  const spec = useMemo(
    (): DeskSpec => ({
      title: t('title'),
      views: [
        { key: 'toDispatch', label: t('toDispatch') },
        { key: 'pendingRulings', label: t('pendingRulings') },
      ],
      commands: ['dispatch', 'ruleExtension', 'ruleSendBack'],
      rowDetail: (item, view) =>
        [
          item.category.split('/').at(-1),
          unitName(item.districtCode),
          view === 'pendingRulings' ? `${t('leadUnit')} ${unitName(item.leadUnitCode)}` : null,
        ]
          .filter(Boolean)
          .join(' · '),
      rowDue: (item, view) => (view === 'toDispatch' ? null : item.dueAt),
      renderDetail: (ticket) => <TicketEssentials ticket={ticket} extra={dispatchFacts(ticket, t)} />,
    }),
    // unitName reads byCode
    [t, byCode],
  );
  return <DeskFrame spec={spec} registerKeys={useShortcuts} />;
}

/** What the dispatcher decides on: the agent's note, or the units' pending requests. */
function dispatchFacts(ticket: TicketDetail, t: ReturnType<typeof useText>): EssentialRow[] {
  const note = latestNote(ticket, 'dispatchRequested');
  const current = ticket.assignments.filter((a) => a.round === ticket.round);
  const requestStyle = { whiteSpace: 'pre-wrap', color: '#ad4e00' } as const;
  return [
    ...(note ? [{ key: 'note', label: t('intakeNote'), span: 2, children: note }] : []),
    ...current
      .filter((a) => a.sendBackRequest)
      .map((a) => ({
        key: `s-${a.unitCode}`,
        label: t('sendBack'),
        span: 2,
        children: (
          <div style={requestStyle}>
            {t('requestLine', { unit: a.unitName, reason: a.sendBackRequest!.reason })}
          </div>
        ),
      })),
    ...current
      .filter((a) => a.extensionRequest)
      .map((a) => ({
        key: `e-${a.unitCode}`,
        label: t('extension'),
        span: 2,
        children: (
          <>
            <div style={requestStyle}>
              {t('requestLine', { unit: a.unitName, reason: a.extensionRequest!.reason })}
            </div>
            <div>
              {t('requestedDue', {
                due: formatTime(a.extensionRequest!.requestedDue),
                current: formatTime(a.feedbackDue) || '—',
              })}
            </div>
          </>
        ),
      })),
  ];
}
