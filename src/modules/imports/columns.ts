/**
 * The interchange formats of DESIGN §7 as column specs. The Chinese header is what the centre's
 * sheets say; the English aliases let exports of other systems (and scripts) be imported as well.
 */
export interface ColumnSpec {
  /** the field name in code (English camelCase) */
  key: string;
  /** the Chinese header of DESIGN §7 */
  header: string;
  /** the key, its snake_case form and a spaced English form; matched case- and space-insensitively */
  aliases: string[];
  /** the column must be present in the file (whether a cell may be empty is the row validator's call) */
  required: boolean;
}

function column(
  key: string,
  header: string,
  english: string,
  required: boolean,
  extra: string[] = [],
): ColumnSpec {
  const forms = [key, snakeCase(key), english.replaceAll(' ', '_'), english, ...extra];
  return { key, header, aliases: [...new Set(forms)], required };
}

function snakeCase(camel: string): string {
  return camel.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

export const UNIT_COLUMNS: readonly ColumnSpec[] = [
  column('code', '单位编码', 'unit code', true),
  column('name', '单位名称', 'unit name', true),
  // Required as a column: without it every unit but the centre would silently lose its place in the tree.
  column('parentCode', '上级单位编码', 'parent unit code', true, ['parent code', 'parent', 'parent unit']),
  column('kind', '单位类别', 'unit kind', true, ['unit type', 'type']),
];

export const TICKET_COLUMNS: readonly ColumnSpec[] = [
  column('number', '工单编号', 'ticket number', true, ['ticket no']),
  column('receivedAt', '受理时间', 'received at', true, ['received time']),
  column('channel', '来源渠道', 'source channel', true, ['source']),
  column('appealType', '诉求类型', 'appeal type', true),
  column('category', '诉求分类', 'appeal category', false),
  column('urgency', '紧急程度', 'urgency level', false),
  column('title', '诉求标题', 'appeal title', false),
  column('content', '诉求内容', 'appeal content', true),
  column('callerName', '诉求人', 'caller name', false, ['caller']),
  column('callerPhone', '联系电话', 'caller phone', false, ['phone']),
  column('address', '诉求地址', 'appeal address', false),
  column('district', '所属区县', 'district name', false),
  column('confidential', '是否保密', 'is confidential', false),
  column('handling', '办理方式', 'handling mode', true),
  column('answer', '答复内容', 'answer content', false),
  column('unit', '承办单位', 'handling unit', false),
  column('subUnit', '二级承办单位', 'sub unit', false, ['second level unit']),
  column('dispatchedAt', '派单时间', 'dispatched at', false),
  column('acknowledgedAt', '签收时间', 'acknowledged at', false),
  column('feedbackDeadline', '反馈时限', 'feedback deadline', false, ['feedback due']),
  column('feedbackAt', '反馈时间', 'feedback at', false, ['feedback submitted at']),
  column('completionDeadline', '办结时限', 'completion deadline', false, ['completion due']),
  column('completedAt', '办结时间', 'completed at', false),
  column('revisitedAt', '回访时间', 'revisited at', false),
  column('revisitResult', '回访结果', 'revisit result', false),
  column('solved', '是否解决', 'is solved', false, ['resolution']),
];

export const CALL_COLUMNS: readonly ColumnSpec[] = [
  column('callId', '呼叫编号', 'call id', true),
  column('offeredAt', '呼入时间', 'offered at', true, ['call in time']),
  // An empty 应答时间 means abandoned: a missing column must not turn every call into an abandoned one.
  column('answeredAt', '应答时间', 'answered at', true, ['answer time']),
  column('endedAt', '挂机时间', 'ended at', true, ['hang up time', 'hung up at']),
  column('agentNumber', '座席工号', 'agent number', false, ['agent id', 'agent no']),
  column('callerNumber', '主叫号码', 'caller number', false, ['caller phone']),
];

/** One row per creation or revision of an article. */
export const KB_COLUMNS: readonly ColumnSpec[] = [
  column('articleNumber', '知识编号', 'article number', true, ['kb number', 'number']),
  column('title', '标题', 'article title', true),
  column('content', '内容', 'article content', true),
  column('unit', '维护单位', 'maintaining unit', true, ['owner unit']),
  column('updatedAt', '更新时间', 'updated at', true),
];

/**
 * How a header is compared: case, spaces, '_' and '-' are ignored, full-width forms are folded
 * (NFKC), and the marks Chinese templates put on required columns ('*单位编码', '单位编码（必填）')
 * are dropped.
 */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\(必填\)/g, '')
    .replace(/^\*+|\*+$/g, '')
    .replace(/[\s_-]+/g, '')
    .toLowerCase();
}

/** The spec's columns by every normalised header and alias. */
export function columnLookup(spec: readonly ColumnSpec[]): Map<string, ColumnSpec> {
  const lookup = new Map<string, ColumnSpec>();
  for (const column of spec) {
    for (const name of [column.header, ...column.aliases]) lookup.set(normalizeHeader(name), column);
  }
  return lookup;
}
