import { DatePicker, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useSchemes } from '../api/schemes.ts';
import { defineMessages } from '../i18n/index.tsx';

// The three choices every evaluation screen starts from (dashboard of scores, schemes, bulletin): a period of
// registration, the moment figures are taken at, and the scoring scheme.
const useText = defineMessages({
  'zh-CN': { period: '统计期间', asOf: '数据截至', asOfNow: '截至：现在', scheme: '考核方案' },
  en: { period: 'Period', asOf: 'Figures as of', asOfNow: 'As of: now', scheme: 'Scoring scheme' },
});

export function PeriodPicker(props: {
  value: [Dayjs, Dayjs];
  onChange(next: [Dayjs, Dayjs]): void;
  label?: string;
}) {
  const t = useText();
  return (
    <DatePicker.RangePicker
      size="small"
      aria-label={props.label ?? t('period')}
      value={props.value}
      allowClear={false}
      onChange={(value) => value?.[0] && value[1] && props.onChange([value[0], value[1]])}
      style={{ width: 230 }}
    />
  );
}

/** Empty means now: the figures as they stand. */
export function AsOfPicker(props: { value: Dayjs | null; onChange(next: Dayjs | null): void }) {
  const t = useText();
  return (
    <DatePicker
      size="small"
      aria-label={t('asOf')}
      showTime
      value={props.value}
      placeholder={t('asOfNow')}
      onChange={props.onChange}
      style={{ width: 170 }}
    />
  );
}

/** Empty means the platform's default scheme, in its version in force. */
export function SchemePicker(props: {
  value: string | undefined;
  onChange(next: string | undefined): void;
  placeholder?: string;
}) {
  const t = useText();
  const schemes = useSchemes();
  return (
    <Select
      size="small"
      aria-label={t('scheme')}
      placeholder={props.placeholder ?? t('scheme')}
      value={props.value}
      allowClear
      onChange={props.onChange}
      style={{ width: 230 }}
      loading={schemes.isLoading}
      options={(schemes.data ?? []).map((s) => ({ value: s.id, label: `${s.name}（第${s.version}版）` }))}
    />
  );
}
