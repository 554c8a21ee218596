import { addCalendarDays } from '../../domain/time.ts';
import { formatPercent, formatWan } from './render/format.ts';

// The bulletin's sentences, in the reference's words and number style (9.67万件, 96.14%).

/** Volumes in 万 as the reference prints them (0.86万 for 8,600); below a thousand, the plain count reads better. */
export function volume(count: number): string {
  return count >= 1000 ? formatWan(count) : String(count);
}

/**
 * '2023年1-4月份', '2023年3月份', '2022年12月至2023年2月' for whole months, as the reference names its period;
 * '2023年1月1日至1月10日' otherwise.
 */
export function periodLabel(from: string, to: string): { withYear: string; months: string } {
  const [fromYear, fromMonth, fromDay] = from.split('-').map(Number) as [number, number, number];
  const [toYear, toMonth, toDay] = to.split('-').map(Number) as [number, number, number];
  const wholeMonths = fromDay === 1 && addCalendarDays(to, 1).endsWith('-01');
  if (!wholeMonths) {
    const end = toYear === fromYear ? `${toMonth}月${toDay}日` : `${toYear}年${toMonth}月${toDay}日`;
    const text = `${fromYear}年${fromMonth}月${fromDay}日至${end}`;
    return { withYear: text, months: text };
  }
  if (fromYear !== toYear) {
    const text = `${fromYear}年${fromMonth}月至${toYear}年${toMonth}月`;
    return { withYear: text, months: text };
  }
  const months = fromMonth === toMonth ? `${fromMonth}月份` : `${fromMonth}-${toMonth}月份`;
  return { withYear: `${fromYear}年${months}`, months };
}

/** The city's name from the centre's: 盘锦市12345政务服务便民热线中心 → 盘锦市. */
export function cityOf(centreName: string): string {
  const index = centreName.indexOf('12345');
  return index > 0 ? centreName.slice(0, index) : centreName;
}

export function bulletinTitle(city: string, months: string): string {
  return `关于${city}12345政务服务便民热线平台${months}诉求办理情况的通报`;
}

export function headlineText(input: {
  period: string;
  received: number;
  callAnswer: number | null;
  directAnswered: number;
  directAnswer: number | null;
  dispatched: number;
  completion: number | null;
  satisfaction: number | null;
}): string {
  return (
    `${input.period}，市12345热线平台共受理各类诉求${volume(input.received)}件，话务接通率${formatPercent(input.callAnswer)}；` +
    `平台直接答复${volume(input.directAnswered)}件，直接答复率${formatPercent(input.directAnswer)}；` +
    `转办${volume(input.dispatched)}件，办结率${formatPercent(input.completion)}，满意率${formatPercent(input.satisfaction)}。`
  );
}

/** 县区/经济区 → 县区、经济区 */
export function groupWords(label: string): string {
  return label.replaceAll('/', '、');
}

export function groupShareText(label: string, total: number, share: number | null): string {
  return `${groupWords(label)}共受理诉求${volume(total)}件，占全市转办量的${formatPercent(share)}。`;
}

export function volumeTopText(names: readonly string[]): string {
  return names.length
    ? `从受理诉求数量来看，${names.join('、')}受理量排名前${chineseCount(names.length)}位。`
    : '';
}

export function satisfactionTopText(groupLabel: string, threshold: number, names: readonly string[]): string {
  return names.length
    ? `诉求量${threshold}件以上，办理满意率排名前${chineseCount(names.length)}位的${groupWords(groupLabel)}：${names.join('、')}。`
    : '';
}

export function ratingText(input: {
  unitCount: number;
  best: readonly string[];
  worst: readonly string[];
}): string {
  const parts = [
    `12345热线平台转办诉求涉及县区基层单位${input.unitCount}家，按照办结率、满意率、按时反馈率等评分标准`,
  ];
  if (input.best.length)
    parts.push(`${input.best[0]}等${input.best.length}个单位被评为“十佳”承办单位（见表一）`);
  if (input.worst.length)
    parts.push(`${input.worst[0]}等${input.worst.length}个单位为“较差”承办单位（见表二）`);
  return `${parts.join('，')}。`;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 10 → 十, 5 → 五, 12 → 十二 (enough for list lengths). */
export function chineseCount(n: number): string {
  if (n <= 10) return DIGITS[n] ?? String(n);
  if (n < 20) return `十${DIGITS[n - 10]}`;
  return String(n);
}

export const SECTION_NUMBERS = ['一', '二', '三', '四', '五', '六'];
export const PART_NUMBERS = ['（一）', '（二）', '（三）', '（四）', '（五）', '（六）'];
