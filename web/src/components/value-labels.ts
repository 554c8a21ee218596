import {
  APPEAL_TYPE_LABELS,
  CHANNEL_LABELS,
  SATISFACTION_LABELS,
  SOLVED_LABELS,
  TICKET_STATE_LABELS,
  URGENCY_LABELS,
} from '../../../src/domain/lifecycle/states.ts';
import { useLang, type Lang } from '../i18n/index.tsx';

// The domain's Chinese names are the record (they appear in bulletins and exports); English is the console's
// translation of the same keys, so that an English screen does not show Chinese data words.
const ENGLISH = {
  state: {
    registered: 'Registering',
    answered: 'Answered',
    rejected: 'Rejected',
    transferred: 'Transferred',
    merged: 'Merged',
    pendingDispatch: 'To dispatch',
    dispatched: 'To acknowledge',
    inProgress: 'In progress',
    feedbackSubmitted: 'To review',
    pendingRevisit: 'To call back',
    completed: 'Completed',
    archived: 'Archived',
  },
  appealType: {
    consult: 'Enquiry',
    help: 'Request for help',
    complaint: 'Complaint',
    report: 'Report',
    suggestion: 'Suggestion',
    praise: 'Praise',
    thanks: 'Thanks',
    other: 'Other',
  },
  channel: {
    phone: 'Phone',
    web: 'Web',
    app: 'App',
    wechat: 'WeChat',
    email: 'Email',
    letter: 'Letter',
    mailbox: "Leaders' mailbox",
    upper: 'Higher platform',
    line110: 'From 110',
    other: 'Other',
  },
  urgency: { normal: 'Normal', urgent: 'Urgent', critical: 'Critical' },
  satisfaction: { satisfied: 'Satisfied', basic: 'Fairly satisfied', dissatisfied: 'Dissatisfied' },
  solved: { solved: 'Solved', partly: 'Partly solved', unsolved: 'Unsolved' },
} satisfies Record<string, Record<string, string>>;

const CHINESE: Record<keyof typeof ENGLISH, Record<string, string>> = {
  state: TICKET_STATE_LABELS,
  appealType: APPEAL_TYPE_LABELS,
  channel: CHANNEL_LABELS,
  urgency: URGENCY_LABELS,
  satisfaction: SATISFACTION_LABELS,
  solved: SOLVED_LABELS,
};

export type ValueKind = keyof typeof ENGLISH;

/** The name of a coded value (a state, a channel…) in the given language; an unknown code shows as itself. */
export function valueLabel(kind: ValueKind, value: string, lang: Lang): string {
  const names: Record<string, string> = lang === 'en' ? ENGLISH[kind] : CHINESE[kind];
  return names[value] ?? CHINESE[kind][value] ?? value;
}

/** `const label = useValueLabel(); label('state', row.state)` in the console's current language. */
export function useValueLabel(): (kind: ValueKind, value: string) => string {
  const { lang } = useLang();
  return (kind, value) => valueLabel(kind, value, lang);
}
