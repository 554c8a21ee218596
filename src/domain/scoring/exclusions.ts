import type { AppealType } from '../lifecycle/states.ts';
import type { Exclusion, ScoringScheme } from './scheme.ts';
import { INDICATOR_KEYS, type IndicatorKey } from './vocabulary.ts';

/** What the exclusion rules look at on a ticket. */
export interface ExclusionSubject {
  /** Category path, 三级分类 joined by '/': 公安/治安/噪音扰民 */
  category: string;
  appealType: AppealType;
}

/** Whole segments only: '公安/治安' covers '公安/治安' and '公安/治安/噪音', never '公安/治安管理'. */
export function categoryWithin(category: string, prefix: string): boolean {
  return category === prefix || category.startsWith(`${prefix}/`);
}

/**
 * A rule applies when the ticket matches every criterion the rule lists: one of its category prefixes
 * (if any are listed) and one of its appeal types (if any are listed).
 */
export function exclusionApplies(exclusion: Exclusion, subject: ExclusionSubject): boolean {
  const { categoryPrefixes, appealTypes } = exclusion;
  const categoryMatches =
    !categoryPrefixes?.length || categoryPrefixes.some((prefix) => categoryWithin(subject.category, prefix));
  const appealTypeMatches = !appealTypes?.length || appealTypes.includes(subject.appealType);
  return categoryMatches && appealTypeMatches;
}

/** The indicators a ticket does not count toward under the scheme, in the order of INDICATOR_KEYS. */
export function excludedIndicators(scheme: ScoringScheme, subject: ExclusionSubject): IndicatorKey[] {
  const excluded = new Set<IndicatorKey>();
  for (const exclusion of scheme.exclusions)
    if (exclusionApplies(exclusion, subject)) exclusion.indicators.forEach((key) => excluded.add(key));
  return INDICATOR_KEYS.filter((key) => excluded.has(key));
}
