import type { SatisfactionLevel } from '../domain/lifecycle/index.ts';
import type { UnitQuality } from './data/units.ts';
import type { Random } from './random.ts';

/**
 * How units of each quality behave. Tuned so the demo city's figures look like the reference bulletin's:
 * 满意率 around 96–99% for most units, and a few poor units far below.
 */
interface Profile {
  lateAcknowledge: number;
  lateFeedback: number;
  returnedByReview: number;
  satisfaction: Record<SatisfactionLevel, number>;
  sendBack: number;
  extension: number;
}

export const PROFILES: Record<UnitQuality, Profile> = {
  excellent: {
    lateAcknowledge: 0.002,
    lateFeedback: 0,
    returnedByReview: 0.005,
    satisfaction: { satisfied: 0.993, basic: 0.005, dissatisfied: 0.002 },
    sendBack: 0.003,
    extension: 0.01,
  },
  good: {
    lateAcknowledge: 0.004,
    lateFeedback: 0.002,
    returnedByReview: 0.02,
    satisfaction: { satisfied: 0.965, basic: 0.015, dissatisfied: 0.02 },
    sendBack: 0.01,
    extension: 0.02,
  },
  average: {
    lateAcknowledge: 0.01,
    lateFeedback: 0.01,
    returnedByReview: 0.04,
    satisfaction: { satisfied: 0.92, basic: 0.03, dissatisfied: 0.05 },
    sendBack: 0.015,
    extension: 0.03,
  },
  poor: {
    lateAcknowledge: 0.05,
    lateFeedback: 0.05,
    returnedByReview: 0.1,
    satisfaction: { satisfied: 0.7, basic: 0.15, dissatisfied: 0.15 },
    sendBack: 0.03,
    extension: 0.05,
  },
};

export function profileOf(quality: UnitQuality | undefined): Profile {
  return PROFILES[quality ?? 'good'];
}

export function pickSatisfaction(random: Random, profile: Profile): SatisfactionLevel {
  const levels: SatisfactionLevel[] = ['satisfied', 'basic', 'dissatisfied'];
  return random.weighted(levels, (level) => profile.satisfaction[level]);
}
