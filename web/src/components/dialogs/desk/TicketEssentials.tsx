import type { ReactNode } from 'react';
import { Descriptions } from 'antd';
import type { TicketDetail } from '../../../../../src/contracts/tickets.schemas.ts';
import { useUnits } from '../../../api/reference.ts';
import { formatTime } from '../../format.ts';
import { useDeskText } from './text.ts';

/** One row of the essentials (antd Descriptions item). */
export interface EssentialRow {
  key: string;
  label: ReactNode;
  children: ReactNode;
  span?: number;
}

/**
 * What every desk shows of the selected appeal: its content and where and when it came from, the caller as the
 * API returns them (masked for units, hidden on confidential tickets). `extra` rows come first: they are what the
 * desk decides on.
 */
export function TicketEssentials({ ticket, extra = [] }: { ticket: TicketDetail; extra?: EssentialRow[] }) {
  const t = useDeskText();
  const { byCode } = useUnits();
  const unitName = (code: string | null) => (code ? (byCode.get(code)?.name ?? code) : '—');
  const caller = ticket.callerHidden
    ? t('callerHidden')
    : [ticket.callerName, ticket.callerPhone].filter(Boolean).join(' ') || '—';
  const rows: EssentialRow[] = [
    ...extra,
    {
      key: 'content',
      label: t('content'),
      span: 2,
      children: (
        <div style={{ whiteSpace: 'pre-wrap', maxHeight: 160, overflowY: 'auto' }}>{ticket.content}</div>
      ),
    },
    { key: 'category', label: t('category'), span: 2, children: ticket.category },
    { key: 'district', label: t('district'), children: unitName(ticket.districtCode) },
    { key: 'received', label: t('received'), children: formatTime(ticket.receivedAt) },
    { key: 'address', label: t('address'), children: ticket.address ?? '—' },
    { key: 'caller', label: t('caller'), children: caller },
  ];
  return (
    <Descriptions
      size="small"
      bordered
      column={2}
      items={rows}
      styles={{ label: { width: 84, whiteSpace: 'nowrap' } }}
    />
  );
}

/** The latest note of an event type (受理意见 on dispatchRequested, 派单意见 on dispatched…). */
export function latestNote(ticket: TicketDetail, type: string): string | null {
  for (let i = ticket.events.length - 1; i >= 0; i -= 1) {
    const event = ticket.events[i]!;
    if (event.type === type)
      return typeof event.data.note === 'string' && event.data.note ? event.data.note : null;
  }
  return null;
}
