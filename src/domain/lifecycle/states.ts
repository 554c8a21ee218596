// Ticket lifecycle states and overlays (DESIGN §5). State names are the glossary's English names.
export const TICKET_STATES = [
  'registered',
  'answered',
  'rejected',
  'transferred',
  'merged',
  'pendingDispatch',
  'dispatched',
  'inProgress',
  'feedbackSubmitted',
  'pendingRevisit',
  'completed',
  'archived',
] as const;
export type TicketState = (typeof TICKET_STATES)[number];

export const TICKET_STATE_LABELS: Record<TicketState, string> = {
  registered: '受理中',
  answered: '直接答复',
  rejected: '不予受理',
  transferred: '已转接',
  merged: '已并单',
  pendingDispatch: '待派单',
  dispatched: '待签收',
  inProgress: '办理中',
  feedbackSubmitted: '待审核',
  pendingRevisit: '待回访',
  completed: '已办结',
  archived: '已归档',
};

/** States in which the ticket is finished with at the centre; only archiving (or a reopen) follows. */
export const CLOSED_STATES: readonly TicketState[] = [
  'answered',
  'rejected',
  'transferred',
  'merged',
  'completed',
  'archived',
];

/*
 * The code lists below (诉求类型, 来源渠道, 紧急程度, 满意度) have codes fixed by the platform: the lifecycle, the
 * deadline policies and the evaluation are written against them. A city's own names for them are data, kept as
 * aliases in the dictionaries module (src/domain/dictionaries): a new spelling never needs a new code.
 */
export const APPEAL_TYPES = [
  'consult',
  'help',
  'complaint',
  'report',
  'suggestion',
  'praise',
  'thanks',
  'other',
] as const;
export type AppealType = (typeof APPEAL_TYPES)[number];
export const APPEAL_TYPE_LABELS: Record<AppealType, string> = {
  consult: '咨询',
  help: '求助',
  complaint: '投诉',
  report: '举报',
  suggestion: '建议',
  praise: '表扬',
  // 感谢 is kept apart from 表扬 by cities whose old systems counted thank-you letters on their own.
  thanks: '感谢',
  other: '其他',
};

/**
 * 来源渠道. `mailbox` is the 领导信箱 (市长/书记信箱) that many cities count apart from ordinary letters; `line110` is
 * work handed over by the police line under the 110 联动 arrangement; `upper` is work from the provincial or
 * national platform (上级交办).
 */
export const CHANNELS = [
  'phone',
  'web',
  'app',
  'wechat',
  'email',
  'letter',
  'mailbox',
  'upper',
  'line110',
  'other',
] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Record<Channel, string> = {
  phone: '电话',
  web: '网站',
  app: 'APP',
  wechat: '微信',
  email: '邮件',
  letter: '信件',
  mailbox: '领导信箱',
  upper: '上级交办',
  line110: '110转办',
  other: '其他',
};

/**
 * 紧急程度 in the three levels most 12345 systems use: 特急 is for life, safety or mass incidents and is counted
 * in hours, not days (DESIGN §3).
 */
export const URGENCIES = ['normal', 'urgent', 'critical'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const URGENCY_LABELS: Record<Urgency, string> = { normal: '一般', urgent: '紧急', critical: '特急' };

/** 转接: appeals that belong to the emergency lines are put through, not registered as hotline work. */
export const TRANSFER_TARGETS = ['110', '119', '120', '122', 'other'] as const;
export type TransferTarget = (typeof TRANSFER_TARGETS)[number];

export const SATISFACTION_LEVELS = ['satisfied', 'basic', 'dissatisfied'] as const;
export type SatisfactionLevel = (typeof SATISFACTION_LEVELS)[number];
export const SATISFACTION_LABELS: Record<SatisfactionLevel, string> = {
  satisfied: '满意',
  basic: '基本满意',
  dissatisfied: '不满意',
};

/** How a revisit reached the citizen: the centre's call, or the citizen's own rating on the portal. */
export const REVISIT_CHANNELS = ['phone', 'online'] as const;
export type RevisitChannel = (typeof REVISIT_CHANNELS)[number];
export const REVISIT_CHANNEL_LABELS: Record<RevisitChannel, string> = {
  phone: '电话回访',
  online: '网上评价',
};

export const SOLVED_LEVELS = ['solved', 'partly', 'unsolved'] as const;
export type SolvedLevel = (typeof SOLVED_LEVELS)[number];
export const SOLVED_LABELS: Record<SolvedLevel, string> = {
  solved: '已解决',
  partly: '部分解决',
  unsolved: '未解决',
};

export const ASSIGNMENT_ROLES = ['lead', 'support'] as const;
export type AssignmentRole = (typeof ASSIGNMENT_ROLES)[number];

/**
 * One assignment per unit per round. `closed` ends a round normally; `sentBack` and `withdrawn` end it
 * without a result from the unit (an approved 退回, or a reopen/merge that took the work elsewhere).
 */
export const ASSIGNMENT_STATES = [
  'dispatched',
  'inProgress',
  'feedbackSubmitted',
  'closed',
  'sentBack',
  'withdrawn',
] as const;
export type AssignmentState = (typeof ASSIGNMENT_STATES)[number];
