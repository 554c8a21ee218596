// Scoring schemes as versioned data and the pure rules that score and rank units under them (DESIGN §6).
export * from './scheme.ts';
export * from './score.ts';
export { excludedIndicators, exclusionApplies, type ExclusionSubject } from './exclusions.ts';
export { pointsForRate } from './rate-points.ts';
export { formatPercent, formatPoints, roundHalfAwayFromZero, roundScore } from './rounding.ts';
