import { categoryStem, isCategoryCode } from '../../../domain/categories/category-code.ts';

/** What a search may be narrowed to. */
export interface SearchFilters {
  /** This category and every category below it */
  categoryCode?: string | undefined;
  unitCodes?: readonly string[] | undefined;
  /** Articles for this district, and articles for the whole city */
  districtCode?: string | undefined;
  /** Default: published only */
  statuses?: readonly string[] | undefined;
  /** Default 10, at most 50 */
  limit?: number | undefined;
}

export const DEFAULT_STATUSES: readonly string[] = ['published'];

/** The prefix a category filter matches: a code's significant digits (010100 → 0101), else the text as given. */
export function categoryStemOf(filters: SearchFilters): string | null {
  if (!filters.categoryCode) return null;
  return isCategoryCode(filters.categoryCode) ? categoryStem(filters.categoryCode) : filters.categoryCode;
}
