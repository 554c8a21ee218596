import type { CalendarDay } from './working-calendar.ts';

/**
 * The 2023 arrangement as published by the State Council (国务院办公厅关于2023年部分节假日安排的通知,
 * 国办发明电〔2022〕16号), in the shape bundledCalendarDays returns it; the bundled-days test checks
 * that the two agree. The domain's tests count deadlines on it because the domain may not import modules.
 * 元旦 12-31~01-02; 春节 01-21~27, 01-28/29 上班; 清明节 04-05; 劳动节 04-29~05-03, 04-23/05-06 上班;
 * 端午节 06-22~24, 06-25 上班; 中秋节、国庆节 09-29~10-06, 10-07/08 上班.
 */
export const NOTICE_2023_DAYS: readonly CalendarDay[] = [
  { date: '2023-01-01', kind: 'holiday', name: '元旦' },
  { date: '2023-01-02', kind: 'holiday', name: '元旦' },
  { date: '2023-01-21', kind: 'holiday', name: '春节' },
  { date: '2023-01-22', kind: 'holiday', name: '春节' },
  { date: '2023-01-23', kind: 'holiday', name: '春节' },
  { date: '2023-01-24', kind: 'holiday', name: '春节' },
  { date: '2023-01-25', kind: 'holiday', name: '春节' },
  { date: '2023-01-26', kind: 'holiday', name: '春节' },
  { date: '2023-01-27', kind: 'holiday', name: '春节' },
  { date: '2023-01-28', kind: 'workday', name: '春节' },
  { date: '2023-01-29', kind: 'workday', name: '春节' },
  { date: '2023-04-05', kind: 'holiday', name: '清明节' },
  { date: '2023-04-23', kind: 'workday', name: '劳动节' },
  { date: '2023-04-29', kind: 'holiday', name: '劳动节' },
  { date: '2023-04-30', kind: 'holiday', name: '劳动节' },
  { date: '2023-05-01', kind: 'holiday', name: '劳动节' },
  { date: '2023-05-02', kind: 'holiday', name: '劳动节' },
  { date: '2023-05-03', kind: 'holiday', name: '劳动节' },
  { date: '2023-05-06', kind: 'workday', name: '劳动节' },
  { date: '2023-06-22', kind: 'holiday', name: '端午节' },
  { date: '2023-06-23', kind: 'holiday', name: '端午节' },
  { date: '2023-06-24', kind: 'holiday', name: '端午节' },
  { date: '2023-06-25', kind: 'workday', name: '端午节' },
  { date: '2023-09-29', kind: 'holiday', name: '中秋节' },
  { date: '2023-09-30', kind: 'holiday', name: '国庆节' },
  { date: '2023-10-01', kind: 'holiday', name: '国庆节' },
  { date: '2023-10-02', kind: 'holiday', name: '国庆节' },
  { date: '2023-10-03', kind: 'holiday', name: '国庆节' },
  { date: '2023-10-04', kind: 'holiday', name: '国庆节' },
  { date: '2023-10-05', kind: 'holiday', name: '国庆节' },
  { date: '2023-10-06', kind: 'holiday', name: '国庆节' },
  { date: '2023-10-07', kind: 'workday', name: '国庆节' },
  { date: '2023-10-08', kind: 'workday', name: '国庆节' },
];
