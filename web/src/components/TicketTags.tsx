import { Tag, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { deadlineFlag } from '../../../src/domain/calendar/deadline.ts';
import { useWorkingCalendar } from '../api/reference.ts';
import { useLang } from '../i18n/index.tsx';
import { describeTimeLeft, timeLeft } from './deadline.ts';
import { formatTime } from './format.ts';
import { useValueLabel } from './value-labels.ts';

const STATE_COLORS: Record<string, string> = {
  registered: 'default',
  pendingDispatch: 'orange',
  dispatched: 'gold',
  inProgress: 'blue',
  feedbackSubmitted: 'purple',
  pendingRevisit: 'cyan',
  completed: 'green',
  answered: 'green',
  archived: 'default',
  rejected: 'default',
  transferred: 'default',
  merged: 'default',
};

/** `label` is the server's name of the state, shown when the console has none of its own for it. */
export function StateTag({ state, label }: { state: string; label: string }) {
  const name = useValueLabel()('state', state);
  return (
    <Tag color={STATE_COLORS[state] ?? 'default'} style={{ marginInlineEnd: 0 }}>
      {name === state ? label : name}
    </Tag>
  );
}

export function UrgencyTag({ urgency }: { urgency: string }) {
  const label = useValueLabel();
  if (urgency === 'normal') return null;
  return (
    <Tag color={urgency === 'critical' ? 'red' : 'volcano'} style={{ marginInlineEnd: 0 }}>
      {label('urgency', urgency)}
    </Tag>
  );
}

const FLAG_TEXT = {
  yellow: { 'zh-CN': '黄牌', en: 'Yellow' },
  red: { 'zh-CN': '红牌', en: 'Red' },
} as const;

export function FlagTag({ flag }: { flag: string }) {
  const { lang } = useLang();
  if (flag !== 'yellow' && flag !== 'red') return null;
  return (
    <Tag color={flag === 'red' ? 'red' : 'gold'} style={{ marginInlineEnd: 0 }}>
      {FLAG_TEXT[flag][lang]}
    </Tag>
  );
}

/** Re-renders every minute, so that countdowns move while a page stays open. */
function useMinute(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * A deadline and what is left of it in working time; yellow within one working day (黄牌预警), red past it —
 * the same rule as the server's flag (src/domain/calendar/deadline.ts).
 */
export function DeadlineText({ due, done }: { due: string | null; done?: boolean }) {
  const calendar = useWorkingCalendar();
  const { lang } = useLang();
  const now = useMinute();
  if (!due) return <span style={{ color: '#bbb' }}>—</span>;
  const at = new Date(due);
  if (done) return <span>{formatTime(due)}</span>;
  const flag = deadlineFlag(calendar, at, now);
  const color = flag === 'red' ? '#cf1322' : flag === 'yellow' ? '#d48806' : '#595959';
  return (
    <Tooltip title={formatTime(due)}>
      <span style={{ color, fontWeight: flag === 'none' ? 400 : 600, whiteSpace: 'nowrap' }}>
        {describeTimeLeft(timeLeft(calendar, at, now), lang)}
      </span>
    </Tooltip>
  );
}
