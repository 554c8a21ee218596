import { roundScore } from './rounding.ts';

// Chinese names sort by pinyin, as a reader of a Chinese table expects (阿 before 北 before 中).
const chineseOrder = new Intl.Collator('zh-Hans-CN', { sensitivity: 'base', numeric: true });

/**
 * Orders units for a ranking table: score descending, compared as printed (two decimals) so that two
 * units shown with the same score are ordered by what the reader can see; then 交办总量 descending,
 * then name in Chinese (pinyin) order. Unscored units (below the minimum volume) come last, ordered the
 * same way. `rank` is the row's position (序号), 1-based.
 */
export function rankUnits<T extends { score: number | null; assigned: number; unitName: string }>(
  units: T[],
): (T & { rank: number })[] {
  return [...units].sort(compareForRanking).map((unit, index) => ({ ...unit, rank: index + 1 }));
}

function compareForRanking(
  a: { score: number | null; assigned: number; unitName: string },
  b: { score: number | null; assigned: number; unitName: string },
): number {
  if (a.score === null || b.score === null) {
    if (a.score !== b.score) return a.score === null ? 1 : -1;
  } else {
    const byScore = roundScore(b.score) - roundScore(a.score);
    if (byScore !== 0) return byScore;
  }
  return b.assigned - a.assigned || chineseOrder.compare(a.unitName, b.unitName);
}
