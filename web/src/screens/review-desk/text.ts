import { defineMessages } from '../../i18n/index.tsx';

export const useText = defineMessages({
  'zh-CN': {
    title: '审核回访台',
    toReview: '待审核',
    toRevisit: '待回访',
    feedback: '反馈内容',
    feedbackBy: '{unit} · {at}',
    attachments: '附件',
    noFeedback: '无反馈内容',
    leadUnit: '主办',
    assignee: '回访人 {name}',
    consent: '回访',
    noConsent: '不同意回访',
    callerHidden: '保密件',
  },
  en: {
    title: 'Review & revisit',
    toReview: 'To review',
    toRevisit: 'To revisit',
    feedback: 'Feedback',
    feedbackBy: '{unit} · {at}',
    attachments: 'Attachments',
    noFeedback: 'No feedback text',
    leadUnit: 'Lead',
    assignee: 'Assigned to {name}',
    consent: 'Call-back',
    noConsent: 'Declined call-backs',
    callerHidden: 'Confidential',
  },
});
