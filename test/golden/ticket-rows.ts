import {
  address,
  callerName,
  DIRECT_ANSWER_TEMPLATES,
  fillTemplate,
  phoneNumber,
  templatesFor,
  type AppealTemplate,
} from './appeal-catalog.ts';
import type { Random } from './golden-random.ts';
import { compactDate, DAY, formatLocal, HOUR, localTime, MINUTE, type LocalTime } from './golden-time.ts';
import { unitCode } from './reference-units.ts';
import { GOLDEN_HEADLINE_COUNTS, REFERENCE_HIGHLIGHT, REFERENCE_PERIOD } from './reference.ts';
import {
  dispatchSpecsOfPeriod,
  dispatchSpecsOutsidePeriod,
  type DispatchSpec,
  type Outcome,
} from './ticket-specs.ts';

/** The tickets file's columns, in the order of DESIGN §7. */
export const TICKET_HEADER = [
  '工单编号',
  '受理时间',
  '来源渠道',
  '诉求类型',
  '诉求分类',
  '紧急程度',
  '诉求标题',
  '诉求内容',
  '诉求人',
  '联系电话',
  '诉求地址',
  '所属区县',
  '是否保密',
  '办理方式',
  '答复内容',
  '承办单位',
  '二级承办单位',
  '派单时间',
  '签收时间',
  '反馈时限',
  '反馈时间',
  '办结时限',
  '办结时间',
  '回访时间',
  '回访结果',
  '是否解决',
] as const;

type Column = (typeof TICKET_HEADER)[number];
type CellValues = Partial<Record<Column, string>>;
/** A ticket row before numbering: the cells in header order, 工单编号 still empty. */
type Draft = { receivedAt: LocalTime; cells: string[] };

const COLUMN_INDEX = new Map<string, number>(TICKET_HEADER.map((column, index) => [column, index]));

/** Plain arrays, not records: a hundred thousand rows of 26 keyed cells cost seconds of garbage collection. */
function draftOf(receivedAt: LocalTime, ...parts: CellValues[]): Draft {
  const cells = new Array<string>(TICKET_HEADER.length).fill('');
  for (const part of parts) {
    for (const column in part) cells[COLUMN_INDEX.get(column) as number] = part[column as Column] as string;
  }
  return { receivedAt, cells };
}

const DISTRICTS = ['兴隆台区', '双台子区', '大洼区', '盘山县', '辽滨沿海经济技术开发区', '高新技术开发区'];
const DISTRICT_WEIGHTS = [0.35, 0.2, 0.2, 0.15, 0.05, 0.05];
const CHANNELS = ['电话', '电话', '电话', '电话', '电话', '电话', '微信', '微信', '网站', 'APP', '省平台'];
const SOLVED: Record<Outcome, string> = {
  满意: '已解决',
  基本满意: '部分解决',
  不满意: '未解决',
  联系上未评价: '',
  未联系上: '',
  open: '',
  noRevisit: '',
};

const PERIOD_START = localTime(REFERENCE_PERIOD.from);
const PERIOD_DAYS = (localTime(REFERENCE_PERIOD.to) - PERIOD_START) / DAY + 1;

/** Every ticket row of the golden file, numbered `PJ` + 受理日期 + a four-digit sequence of that day. */
export function generateTicketRows(random: Random): string[][] {
  const drafts: Draft[] = [];
  for (const spec of dispatchSpecsOfPeriod(random)) {
    drafts.push(dispatchedDraft(random, spec, randomTimeWithin(random, PERIOD_START, PERIOD_DAYS)));
  }
  drafts.push(highlightDraft(random));
  // Boundaries: 2023-01-01 00:00:05 and 2023-04-30 23:59:50 count; 2022-12-31 23:59:58 and 2023-05-01 00:00:00 do not.
  const inPeriodDirect = GOLDEN_HEADLINE_COUNTS.directAnswers;
  drafts.push(directDraft(random, localTime('2023-01-01 00:00:05')));
  drafts.push(directDraft(random, localTime('2023-04-30 23:59:50')));
  for (let i = 2; i < inPeriodDirect; i++) {
    drafts.push(directDraft(random, randomTimeWithin(random, PERIOD_START, PERIOD_DAYS)));
  }
  drafts.push(directDraft(random, localTime('2022-12-31 23:59:58')));
  drafts.push(directDraft(random, localTime('2023-05-01 00:00:00')));
  const before = localTime('2022-12-25');
  const after = localTime('2023-05-01');
  for (let i = 0; i < 250; i++) drafts.push(directDraft(random, randomTimeWithin(random, before, 7)));
  for (let i = 0; i < 250; i++) drafts.push(directDraft(random, randomTimeWithin(random, after, 7)));
  dispatchSpecsOutsidePeriod(200).forEach((spec, index) => {
    const receivedAt = randomTimeWithin(random, index % 2 === 0 ? before : after, 7);
    drafts.push(dispatchedDraft(random, spec, receivedAt));
  });
  return numberDrafts(drafts);
}

function numberDrafts(drafts: Draft[]): string[][] {
  const sorted = drafts
    .map((draft, index) => ({ draft, index }))
    .sort((a, b) => a.draft.receivedAt - b.draft.receivedAt || a.index - b.index);
  const perDay = new Map<string, number>();
  return sorted.map(({ draft }) => {
    if (draft.cells[0]) return draft.cells; // numbered already (the highlight keeps a fixed 工单编号)
    const day = compactDate(draft.receivedAt);
    const sequence = (perDay.get(day) ?? 0) + 1;
    perDay.set(day, sequence);
    draft.cells[0] = `PJ${day}${String(sequence).padStart(4, '0')}`;
    return draft.cells;
  });
}

/** Mostly office hours (08:00–20:00); one appeal in ten at any hour, as a 7×24 line receives them. */
function randomTimeWithin(random: Random, firstDay: LocalTime, days: number): LocalTime {
  const day = firstDay + random.int(0, days - 1) * DAY;
  const seconds = random.chance(0.9) ? random.int(8 * 3600, 20 * 3600 - 1) : random.int(0, 24 * 3600 - 1);
  return day + seconds * 1000;
}

function pickDistrict(random: Random): string {
  let roll = random.next();
  for (let i = 0; i < DISTRICTS.length; i++) {
    roll -= DISTRICT_WEIGHTS[i] ?? 0;
    if (roll < 0) return DISTRICTS[i] as string;
  }
  return DISTRICTS[0] as string;
}

function appealCells(
  random: Random,
  template: AppealTemplate,
  district: string,
  receivedAt: LocalTime,
): CellValues {
  const where = address(random, district);
  return {
    受理时间: formatLocal(receivedAt),
    来源渠道: random.pick(CHANNELS),
    诉求类型: template.appealType,
    诉求分类: template.category,
    紧急程度: random.chance(0.03) ? '紧急' : '一般',
    诉求标题: template.title,
    诉求内容: fillTemplate(template.content, where),
    诉求人: callerName(random),
    联系电话: phoneNumber(random),
    诉求地址: where,
    所属区县: district,
    是否保密: random.chance(0.01) ? '是' : '否',
  };
}

/** Answered at intake from the knowledge base: done within minutes, no unit, no revisit. */
function directDraft(random: Random, receivedAt: LocalTime): Draft {
  const template = random.pick(DIRECT_ANSWER_TEMPLATES);
  return draftOf(receivedAt, appealCells(random, template, pickDistrict(random), receivedAt), {
    办理方式: '直接答复',
    答复内容: template.answer,
    办结时间: formatLocal(receivedAt + random.int(120, 1200) * 1000),
  });
}

/**
 * A 转办 ticket's timeline. Deadlines follow a simple wall-clock policy written into the file: 反馈时限 =
 * 派单 + 5 days, 办结时限 = 派单 + 7 days; 签收 is on time within 24 h of 派单 (the platform's default).
 */
function dispatchedDraft(
  random: Random,
  spec: DispatchSpec,
  receivedAt: LocalTime,
  story?: AppealTemplate,
  overrides: CellValues = {},
): Draft {
  const district = spec.district ?? pickDistrict(random);
  const template = story ?? random.pick(templatesFor(spec.handlerName));
  const cells = appealCells(random, template, district, receivedAt);
  const dispatchedAt = receivedAt + random.int(5 * 60, 90 * 60) * 1000;
  // The platform's default policy gives 24 h to acknowledge, and 2 h for an urgent appeal.
  const onTimeAcknowledgement = cells['紧急程度'] === '紧急' ? random.int(10, 100) : random.int(10, 360);
  const acknowledgedAt =
    dispatchedAt +
    (spec.lateAcknowledgement ? DAY + random.int(30, 300) * MINUTE : onTimeAcknowledgement * MINUTE);
  const feedbackDeadline = dispatchedAt + 5 * DAY;
  const completionDeadline = dispatchedAt + 7 * DAY;
  const onTimeWindow = Math.min(3.5 * DAY, feedbackDeadline - acknowledgedAt - HOUR);
  const feedbackAt = spec.lateFeedback
    ? feedbackDeadline + random.int(2 * 3600, 30 * 3600) * 1000
    : acknowledgedAt + random.int(2 * 3600, Math.floor(onTimeWindow / 1000)) * 1000;
  const completed = spec.outcome !== 'open';
  const completedAt = feedbackAt + random.int(30 * 60, 24 * 3600) * 1000;
  const revisited = completed && spec.outcome !== 'noRevisit';
  const revisitedAt = completedAt + random.int(30 * 60, 48 * 3600) * 1000;
  return draftOf(
    receivedAt,
    cells,
    {
      办理方式: '转办',
      答复内容: template.answer,
      承办单位: spec.unitCode,
      二级承办单位: spec.subUnitCode,
      派单时间: formatLocal(dispatchedAt),
      签收时间: formatLocal(acknowledgedAt),
      反馈时限: formatLocal(feedbackDeadline),
      反馈时间: formatLocal(feedbackAt),
      办结时限: formatLocal(completionDeadline),
      办结时间: completed ? formatLocal(completedAt) : '',
      回访时间: revisited ? formatLocal(revisitedAt) : '',
      回访结果: revisited ? spec.outcome : '',
      是否解决: revisited ? SOLVED[spec.outcome] : '',
    },
    overrides,
  );
}

/** 群众好评典型件: 曹先生's garage, received in March 2023, handled by 市自然资源局, rated 满意. */
export const HIGHLIGHT_CATEGORY = '城乡建设/不动产登记/办证难';

function highlightDraft(random: Random): Draft {
  const story: AppealTemplate = {
    category: HIGHLIGHT_CATEGORY,
    appealType: '求助',
    title: '车库无法办理不动产证',
    content: '2003年购买的双台子区吉祥小区车库，一直未能办理不动产证，不能交易，请求协调解决。',
    answer:
      '经核实，该车库因房地产开发公司在银行办理了抵押登记，无法办理产权证。经协调督促，开发公司清偿贷款并办理抵押权注销登记，该小区30余户已可办理不动产证。',
  };
  const spec: DispatchSpec = {
    unitCode: unitCode(REFERENCE_HIGHLIGHT.unit),
    subUnitCode: '',
    handlerName: REFERENCE_HIGHLIGHT.unit,
    district: '双台子区',
    outcome: REFERENCE_HIGHLIGHT.revisitResult,
    lateAcknowledgement: false,
    lateFeedback: false,
  };
  return dispatchedDraft(random, spec, localTime('2023-03-14 09:26:41'), story, {
    工单编号: REFERENCE_HIGHLIGHT.ticketNumber,
    诉求人: REFERENCE_HIGHLIGHT.callerName,
    诉求地址: '双台子区吉祥小区车库',
    是否保密: '否',
  });
}
