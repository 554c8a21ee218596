import type { ScoringScheme } from './scheme.ts';
import { parseScheme } from './scheme.ts';
import type { Ratio, UnitIndicators } from './score.ts';

/** A small valid scheme document: 办结率 40 + 满意率 60, linear, nothing else configured. */
export function schemeJson(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'test-scheme',
    version: 1,
    name: '测试方案',
    description: '',
    basedOn: '',
    satisfactionWeights: { satisfied: 1, basic: 0.75, dissatisfied: 0 },
    indicators: [
      { key: 'completion', weight: 40, scoring: { kind: 'linear' }, whenEmpty: 'reweight' },
      { key: 'satisfaction', weight: 60, scoring: { kind: 'linear' }, whenEmpty: 'reweight' },
    ],
    deductions: [],
    bonuses: [],
    exclusions: [],
    minimumAssigned: { toBeScored: 1, forSatisfactionRanking: 100 },
    peerGroups: [{ key: 'grassroots', label: '基层承办单位', unitKinds: ['grassroots'], best: 10, worst: 5 }],
    ...overrides,
  };
}

export function makeScheme(overrides: Record<string, unknown> = {}): ScoringScheme {
  return parseScheme(schemeJson(overrides));
}

const none: Ratio = { numerator: 0, denominator: 0 };

/** A unit with 100 tickets, all completed, 100 rated revisits all 满意; override what a test varies. */
export function makeIndicators(overrides: Partial<UnitIndicators> = {}): UnitIndicators {
  return {
    assigned: 100,
    completion: { numerator: 100, denominator: 100 },
    onTimeFeedback: { numerator: 100, denominator: 100 },
    effectiveRevisit: { numerator: 100, denominator: 100 },
    onTimeAcknowledge: { numerator: 100, denominator: 100 },
    onTimeCompletion: { numerator: 100, denominator: 100 },
    satisfactionCounts: { satisfied: 100, basic: 0, dissatisfied: 0 },
    resolution: none,
    response: none,
    events: {},
    ...overrides,
  };
}
