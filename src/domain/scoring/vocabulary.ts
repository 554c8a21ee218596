// The names a scoring scheme may use: the indicators the metrics engine measures (DESIGN §6) and the
// events it counts per unit for deductions and bonuses. A scheme can weigh and combine them, not invent
// new ones: each key has to be computed somewhere.

export const INDICATOR_KEYS = [
  'completion',
  'satisfaction',
  'onTimeFeedback',
  'effectiveRevisit',
  'onTimeAcknowledge',
  'onTimeCompletion',
  'resolution',
  'response',
] as const;
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

export const INDICATOR_LABELS: Record<IndicatorKey, string> = {
  completion: '办结率',
  satisfaction: '满意率',
  onTimeFeedback: '按时反馈率',
  effectiveRevisit: '有效回访率',
  onTimeAcknowledge: '按时签收率',
  onTimeCompletion: '按时办结率',
  resolution: '解决率',
  response: '响应率',
};

/**
 * Events counted per unit and period for deductions (扣分) and bonuses (加分). The type keeps the name
 * of its common use; bonus events such as kbUpdate and praised share it.
 */
export const DEDUCTION_KEYS = [
  'lateAcknowledge',
  'lateFeedback',
  'lateCompletion',
  'urged',
  'supervised',
  'reopened',
  'dissatisfied',
  'sendBack',
  'sendBackRejected',
  'extension',
  'kbUpdate',
  'praised',
] as const;
export type DeductionKey = (typeof DEDUCTION_KEYS)[number];

export const DEDUCTION_LABELS: Record<DeductionKey, string> = {
  lateAcknowledge: '超时签收',
  lateFeedback: '超时反馈',
  lateCompletion: '超时办结',
  urged: '被催办',
  supervised: '被督办',
  reopened: '重办',
  dissatisfied: '不满意回访',
  sendBack: '退单',
  sendBackRejected: '退单被驳回',
  extension: '申请延期',
  kbUpdate: '知识库更新',
  praised: '群众表扬',
};
