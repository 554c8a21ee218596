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
  column('code', '单位编码', 'unit code', true, ['单位代码', '机构编码', '部门编码']),
  column('name', '单位名称', 'unit name', true, ['机构名称', '部门名称']),
  // Required as a column: without it every unit but the centre would silently lose its place in the tree.
  column('parentCode', '上级单位编码', 'parent unit code', true, [
    'parent code',
    'parent',
    'parent unit',
    '上级单位代码',
    '上级机构编码',
    '上级编码',
  ]),
  column('kind', '单位类别', 'unit kind', true, ['unit type', 'type', '单位类型', '机构类别', '机构类型']),
];

// The headers of DESIGN §7, and those real 12345 exports use for the same column (工单号, 来电时间, 办理单位 …).
export const TICKET_COLUMNS: readonly ColumnSpec[] = [
  column('number', '工单编号', 'ticket number', true, [
    'ticket no',
    '工单号',
    '工单编码',
    '受理编号',
    '案件编号',
  ]),
  column('receivedAt', '受理时间', 'received at', true, [
    'received time',
    '来电时间',
    '受理日期',
    '登记时间',
    '创建时间',
    '接件时间',
  ]),
  column('channel', '来源渠道', 'source channel', true, ['source', '来源', '来源方式', '受理渠道', '渠道']),
  column('appealType', '诉求类型', 'appeal type', true, ['问题类型', '诉求性质', '工单类型', '来电类型']),
  column('category', '诉求分类', 'appeal category', false, ['问题分类', '业务分类', '诉求类别', '事项分类']),
  column('urgency', '紧急程度', 'urgency level', false, ['紧急度', '缓急程度', '紧急等级']),
  column('title', '诉求标题', 'appeal title', false, ['标题', '工单标题', '事项标题']),
  column('content', '诉求内容', 'appeal content', true, [
    '诉求描述',
    '问题描述',
    '来电内容',
    '反映内容',
    '事项内容',
  ]),
  column('callerName', '诉求人', 'caller name', false, [
    'caller',
    '来电人',
    '联系人',
    '市民姓名',
    '诉求人姓名',
  ]),
  column('callerPhone', '联系电话', 'caller phone', false, ['phone', '来电号码', '联系方式', '手机号码']),
  column('address', '诉求地址', 'appeal address', false, ['地址', '事发地址', '发生地点', '事发地点']),
  column('district', '所属区县', 'district name', false, ['区县', '所属区域', '行政区划', '所属区划']),
  column('confidential', '是否保密', 'is confidential', false, ['保密']),
  column('handling', '办理方式', 'handling mode', true, ['处理方式', '办理类型', '处置方式']),
  column('answer', '答复内容', 'answer content', false, ['答复意见', '回复内容', '办理结果', '处理结果']),
  column('unit', '承办单位', 'handling unit', false, ['办理单位', '承办部门', '责任单位', '主办单位']),
  column('subUnit', '二级承办单位', 'sub unit', false, ['second level unit', '二级办理单位', '下级承办单位']),
  column('dispatchedAt', '派单时间', 'dispatched at', false, ['转办时间', '交办时间']),
  column('acknowledgedAt', '签收时间', 'acknowledged at', false, ['接收时间']),
  column('feedbackDeadline', '反馈时限', 'feedback deadline', false, ['feedback due', '反馈期限']),
  column('feedbackAt', '反馈时间', 'feedback at', false, ['feedback submitted at', '回复时间', '答复时间']),
  column('completionDeadline', '办结时限', 'completion deadline', false, [
    'completion due',
    '办理时限',
    '办结期限',
  ]),
  column('completedAt', '办结时间', 'completed at', false, ['结案时间', '完成时间']),
  column('revisitedAt', '回访时间', 'revisited at', false),
  column('revisitResult', '回访结果', 'revisit result', false, ['回访满意度', '满意度', '评价结果']),
  column('solved', '是否解决', 'is solved', false, ['resolution', '解决情况']),
];

export const CALL_COLUMNS: readonly ColumnSpec[] = [
  // Call-centre (ACD/CTI) exports: 通话流水号, 来电时间, 接听时间, 挂断时间, 坐席工号 (座席 and 坐席 are both written).
  column('callId', '呼叫编号', 'call id', true, ['呼叫流水号', '通话流水号', '通话编号', '流水号']),
  column('offeredAt', '呼入时间', 'offered at', true, ['call in time', '来电时间', '呼入时刻']),
  // An empty 应答时间 means abandoned: a missing column must not turn every call into an abandoned one.
  column('answeredAt', '应答时间', 'answered at', true, ['answer time', '接听时间', '接通时间']),
  column('endedAt', '挂机时间', 'ended at', true, ['hang up time', 'hung up at', '挂断时间', '结束时间']),
  column('agentNumber', '座席工号', 'agent number', false, [
    'agent id',
    'agent no',
    '坐席工号',
    '工号',
    '座席号',
    '坐席号',
  ]),
  column('callerNumber', '主叫号码', 'caller number', false, ['caller phone', '来电号码', '主叫']),
];

/** One row per creation or revision of an article. */
export const KB_COLUMNS: readonly ColumnSpec[] = [
  column('articleNumber', '知识编号', 'article number', true, [
    'kb number',
    'number',
    '知识库编号',
    '知识点编号',
  ]),
  column('title', '标题', 'article title', true, ['知识标题', '知识名称']),
  column('content', '内容', 'article content', true, ['知识内容', '正文']),
  column('unit', '维护单位', 'maintaining unit', true, ['owner unit', '所属单位', '提供单位']),
  column('updatedAt', '更新时间', 'updated at', true, ['修改时间', '更新日期']),
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
