import { defineMessages } from '../../i18n/index.tsx';

export const useText = defineMessages({
  'zh-CN': {
    title: '派单台',
    toDispatch: '待派单',
    pendingRulings: '退回/延期待审',
    intakeNote: '受理意见',
    sendBack: '退回申请',
    extension: '延期申请',
    requestLine: '{unit}：{reason}',
    requestedDue: '申请延至 {due}（现时限 {current}）',
    leadUnit: '主办单位',
  },
  en: {
    title: 'Dispatch desk',
    toDispatch: 'To dispatch',
    pendingRulings: 'Send-backs & extensions',
    intakeNote: 'Intake note',
    sendBack: 'Send-back request',
    extension: 'Extension request',
    requestLine: '{unit}: {reason}',
    requestedDue: 'Until {due} (now due {current})',
    leadUnit: 'Lead unit',
  },
});
