import { Timeline, Typography } from 'antd';
import type { TicketDetail } from '../../../../src/contracts/tickets.schemas.ts';
import { useUnits } from '../../api/reference.ts';
import { formatTime } from '../../components/format.ts';
import { useLang } from '../../i18n/index.tsx';
import { EVENT_LABELS, useText } from './text.ts';

type Event = TicketDetail['events'][number];

/** The words of an event worth reading: its note, reason, answer or feedback. */
function eventText(data: Record<string, unknown>): string | null {
  for (const key of ['answer', 'reason', 'content', 'note']) {
    const value = data[key];
    if (typeof value === 'string' && value.trim()) return value;
  }
  return null;
}

interface DeadlineSet {
  unitCode: string;
  acknowledgeDue?: string | null;
  feedbackDue?: string | null;
  completionDue?: string | null;
}

/** Deadlines an event set (dispatch, sub-dispatch, extension): the deadlines in force from then on. */
function deadlinesOf(data: Record<string, unknown>): DeadlineSet[] {
  if (Array.isArray(data.assignments)) return data.assignments as DeadlineSet[];
  if (data.assignment && typeof data.assignment === 'object') return [data.assignment as DeadlineSet];
  if (typeof data.unitCode === 'string' && (data.feedbackDue || data.completionDue))
    return [data as unknown as DeadlineSet];
  return [];
}

/** Every event, newest first: what happened, who did it for which unit, when, and the deadlines it set. */
export function TicketTimeline({ ticket }: { ticket: TicketDetail }) {
  const t = useText();
  const { lang } = useLang();
  const { byCode } = useUnits();
  const unitName = (code: string | null) => (code ? (byCode.get(code)?.name ?? code) : '');
  const events = [...ticket.events].sort((a, b) => b.version - a.version);

  const item = (event: Event) => {
    // The registration's words are the appeal itself, shown beside the timeline already.
    const text = event.type === 'registered' ? null : eventText(event.data);
    const deadlines = deadlinesOf(event.data);
    const target =
      event.unitCode && event.unitCode !== event.actorUnitCode ? ` → ${unitName(event.unitCode)}` : '';
    return {
      key: event.version,
      color: event.type === 'urged' || event.type === 'supervised' ? 'red' : 'blue',
      content: (
        <div style={{ fontSize: 12 }}>
          <div>
            <Typography.Text strong>{EVENT_LABELS[event.type]?.[lang] ?? event.type}</Typography.Text>
            <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
              {formatTime(event.at)}
            </Typography.Text>
          </div>
          <div style={{ color: '#595959' }}>
            {t('by')}：{unitName(event.actorUnitCode)}
            {event.actorName ? ` · ${event.actorName}` : ''}
            {target}
          </div>
          {text ? <div style={{ whiteSpace: 'pre-wrap' }}>{text}</div> : null}
          {deadlines.map((d) => (
            <div key={d.unitCode} style={{ color: '#8c8c8c' }}>
              {t('inForce')} · {unitName(d.unitCode)}：
              {[
                d.acknowledgeDue ? `${t('kind_acknowledge')} ${formatTime(d.acknowledgeDue)}` : null,
                d.feedbackDue ? `${t('kind_feedback')} ${formatTime(d.feedbackDue)}` : null,
                d.completionDue ? `${t('kind_completion')} ${formatTime(d.completionDue)}` : null,
              ]
                .filter(Boolean)
                .join('；')}
            </div>
          ))}
        </div>
      ),
    };
  };

  return <Timeline items={events.map(item)} />;
}
