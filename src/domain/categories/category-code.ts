/**
 * 诉求分类 codes in the style of GB/T 39666-2020 (政府热线服务分类与代码): six digits, two per level, the
 * unused levels written 00. A first-level code is `AA0000`, its second level `AABB00`, its third `AABBCC`, so
 * a code names its parent and its whole ancestry by itself. A node's code never changes and never moves to
 * another parent: tickets keep it for life, and deadline policies and scoring schemes match on it.
 */
export const CATEGORY_LEVELS = 3;
const CODE = /^(\d\d)(\d\d)(\d\d)$/;

export type CategoryCodeProblem = 'format' | 'gap';

/** Why a text is not a category code, or null when it is one. */
export function categoryCodeProblem(code: string): CategoryCodeProblem | null {
  const match = CODE.exec(code);
  if (!match) return 'format';
  const [first, second, third] = match.slice(1) as [string, string, string];
  if (first === '00') return 'gap';
  // A level may be 00 only when every level below it is 00 too: 010003 would have no parent.
  if (second === '00' && third !== '00') return 'gap';
  return null;
}

export function isCategoryCode(code: string): boolean {
  return categoryCodeProblem(code) === null;
}

/** 1, 2 or 3. The code must be valid. */
export function categoryLevel(code: string): number {
  if (code.endsWith('0000')) return 1;
  return code.endsWith('00') ? 2 : 3;
}

/** The digits that matter: '01' for 010000, '0102' for 010200, the whole code at level 3. */
export function categoryStem(code: string): string {
  return code.slice(0, categoryLevel(code) * 2);
}

/** The parent's code, or null for a first-level category. */
export function parentCategoryCode(code: string): string | null {
  const level = categoryLevel(code);
  if (level === 1) return null;
  return categoryStem(code)
    .slice(0, (level - 1) * 2)
    .padEnd(6, '0');
}

/** The first-level category a code belongs to: schemes and rollups work at this level. */
export function firstLevelCategory(code: string): string {
  return `${code.slice(0, 2)}0000`;
}

/** True when `code` is `ancestor` or lies below it. */
export function categoryWithin(code: string, ancestor: string): boolean {
  return code.startsWith(categoryStem(ancestor));
}
