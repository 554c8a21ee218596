import {
  SATISFACTION_LABELS,
  SOLVED_LABELS,
  type SatisfactionLevel,
  type SolvedLevel,
  type TicketState,
} from '../../domain/lifecycle/index.ts';
import type { TicketDetail } from '../tickets/index.ts';
import type { PortalTicketView } from '../../contracts/portal.schemas.ts';

/** The words a citizen sees for a state: the centre's own steps (待派单, 待审核) are inside 已受理 and 办理中. */
const PUBLIC_STATE_LABELS: Record<TicketState, string> = {
  registered: '已受理',
  pendingDispatch: '已受理',
  dispatched: '办理中',
  inProgress: '办理中',
  feedbackSubmitted: '办理中',
  answered: '已答复',
  pendingRevisit: '已答复',
  rejected: '不予受理',
  transferred: '已转接',
  merged: '已合并办理',
  completed: '已办结',
  archived: '已办结',
};

const TRANSFER_LABELS: Record<string, string> = {
  '110': '110 报警服务台',
  '119': '119 消防救援',
  '120': '120 急救中心',
  '122': '122 交通事故报警',
  other: '相关服务热线',
};

type Entry = PortalTicketView['timeline'][number];
type Event = TicketDetail['events'][number];

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * The ticket's steps as the citizen may see them. A whitelist: only the steps below, and of each only what is
 * meant for the citizen (the answer, the accepted result, the unit's name). Never internal notes, staff names,
 * send-back or extension requests, urging, supervision, or a returned feedback.
 */
function timelineOf(detail: TicketDetail, unitName: (code: string) => string): Entry[] {
  const entries: Entry[] = [];
  const lastFeedback = new Map<string, string>();
  for (const event of detail.events as Event[]) {
    const data = event.data;
    const at = event.at;
    switch (event.type) {
      case 'registered':
        entries.push({ at, label: '受理', text: `诉求已受理，工单编号 ${detail.number}` });
        break;
      case 'answered':
        entries.push({ at, label: '办理结果', text: str(data.answer) });
        break;
      case 'rejected':
        entries.push({ at, label: '不予受理', text: str(data.reason) });
        break;
      case 'transferred':
        entries.push({
          at,
          label: '已转接',
          text: `已转接${TRANSFER_LABELS[str(data.target)] ?? TRANSFER_LABELS.other}`,
        });
        break;
      case 'merged':
        entries.push({ at, label: '合并办理', text: '与相同诉求合并办理' });
        break;
      case 'dispatched': {
        const assignments = Array.isArray(data.assignments)
          ? (data.assignments as { unitCode?: unknown; role?: unknown }[])
          : [];
        const lead = assignments.find((a) => a.role === 'lead') ?? assignments[0];
        if (lead && typeof lead.unitCode === 'string')
          entries.push({
            at,
            label: `转交${unitName(lead.unitCode)}`,
            text: `已转交${unitName(lead.unitCode)}办理`,
          });
        break;
      }
      case 'acknowledged': {
        const code = str(data.unitCode) || event.unitCode || '';
        const isLead = detail.assignments.some((a) => a.unitCode === code && a.role === 'lead');
        if (isLead) entries.push({ at, label: '单位已签收', text: `${unitName(code)}已签收，正在办理` });
        break;
      }
      case 'feedbackSubmitted':
        // Not shown: a feedback counts once the centre has accepted it.
        lastFeedback.set(str(data.unitCode) || event.unitCode || '', str(data.content));
        break;
      case 'feedbackAccepted': {
        const code = str(data.unitCode) || event.unitCode || '';
        entries.push({ at, label: '办理结果', text: lastFeedback.get(code) ?? '' });
        break;
      }
      case 'revisited':
        entries.push({ at, label: '回访/评价', text: ratingText(data) });
        break;
      case 'completed':
        entries.push({ at, label: '已办结', text: '诉求已办结' });
        break;
      case 'reopened':
        entries.push({ at, label: '重新办理', text: '诉求重新办理' });
        break;
      default:
        break;
    }
  }
  return entries;
}

function ratingText(data: Record<string, unknown>): string {
  if (data.reached !== true) return '未能联系上您';
  const satisfaction = SATISFACTION_LABELS[data.satisfaction as SatisfactionLevel];
  const solved = SOLVED_LABELS[data.solved as SolvedLevel];
  const parts = [satisfaction && `满意度：${satisfaction}`, solved && `解决情况：${solved}`].filter(Boolean);
  return `${data.channel === 'online' ? '网上评价' : '电话回访'}${parts.length ? `，${parts.join('，')}` : ''}`;
}

/** The result the citizen reads: the direct answer, or the accepted feedback of the latest round. */
function resultOf(timeline: Entry[]): string | null {
  const results = timeline.filter((e) => e.label === '办理结果' && e.text);
  return results.at(-1)?.text ?? null;
}

export function publicTicketView(
  detail: TicketDetail,
  input: {
    unitName: (code: string) => string;
    appealTypeLabel: string;
    photos: { id: number; name: string }[];
  },
): PortalTicketView {
  const timeline = timelineOf(detail, input.unitName);
  const revisit = detail.revisit?.reached
    ? { satisfaction: detail.revisit.satisfaction, solved: detail.revisit.solved, at: detail.revisit.at }
    : null;
  return {
    number: detail.number,
    state: detail.state,
    stateLabel: PUBLIC_STATE_LABELS[detail.state],
    appealType: input.appealTypeLabel,
    category: detail.category,
    title: detail.title,
    content: detail.content,
    address: detail.address,
    receivedAt: detail.receivedAt,
    completedAt: detail.completedAt,
    photos: input.photos,
    timeline,
    result: resultOf(timeline),
    canRate: detail.state === 'pendingRevisit',
    rating: revisit,
  };
}
