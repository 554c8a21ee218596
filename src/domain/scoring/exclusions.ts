import { categoryWithin } from '../categories/category-code.ts';
import type { AppealType } from '../lifecycle/states.ts';
import type { Exclusion, ScoringScheme } from './scheme.ts';
import { INDICATOR_KEYS, type IndicatorKey } from './vocabulary.ts';

/** What the exclusion rules look at on a ticket. */
export interface ExclusionSubject {
  /** The six-digit category code; null for tickets registered before the code list, which no rule matches */
  categoryCode: string | null;
  appealType: AppealType;
}

/**
 * A rule applies when the ticket matches every criterion the rule lists: one of its categories
 * (if any are listed) and one of its appeal types (if any are listed).
 */
export function exclusionApplies(exclusion: Exclusion, subject: ExclusionSubject): boolean {
  const { categoryCodes, appealTypes } = exclusion;
  const { categoryCode } = subject;
  const categoryMatches =
    !categoryCodes?.length ||
    (categoryCode !== null && categoryCodes.some((code) => categoryWithin(categoryCode, code)));
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
