import { describe, expect, it } from 'vitest';
import { satisfactionRate, scoreUnit } from './score.ts';
import { makeIndicators, makeScheme } from './scoring.fixtures.ts';

const linear = { kind: 'linear' };

function withSatisfactionRule(scoring: unknown, whenEmpty = 'reweight') {
  return makeScheme({
    indicators: [
      { key: 'completion', weight: 40, scoring: linear, whenEmpty: 'reweight' },
      { key: 'satisfaction', weight: 60, scoring, whenEmpty },
    ],
  });
}

function satisfied(satisfiedCount: number, basic = 0, dissatisfied = 0) {
  return makeIndicators({ satisfactionCounts: { satisfied: satisfiedCount, basic, dissatisfied } });
}

describe('satisfactionRate', () => {
  it('weighs each level by the scheme and divides by rated revisits', () => {
    const scheme = makeScheme({ satisfactionWeights: { satisfied: 1, basic: 0.75, dissatisfied: 0 } });
    const rate = satisfactionRate(scheme, { satisfied: 2, basic: 1, dissatisfied: 1 });
    expect(rate).toEqual({ numerator: 2.75, denominator: 4, value: 0.6875 });
  });

  it('follows the weights the scheme sets, not fixed ones', () => {
    const scheme = makeScheme({ satisfactionWeights: { satisfied: 1, basic: 0.9, dissatisfied: 0 } });
    expect(satisfactionRate(scheme, { satisfied: 0, basic: 10, dissatisfied: 0 }).value).toBeCloseTo(0.9, 12);
  });

  it('has no value when nobody rated', () => {
    expect(satisfactionRate(makeScheme(), { satisfied: 0, basic: 0, dissatisfied: 0 }).value).toBeNull();
  });
});

describe('scoreUnit: rates to points', () => {
  it('linear: rate × weight, summed, at full precision', () => {
    const breakdown = scoreUnit(
      makeScheme(),
      makeIndicators({
        completion: { numerator: 97, denominator: 100 },
        satisfactionCounts: { satisfied: 93, basic: 0, dissatisfied: 7 },
      }),
    );
    expect(breakdown.score).toBeCloseTo(0.97 * 40 + 0.93 * 60, 12);
    expect(breakdown.indicators).toEqual([
      {
        key: 'completion',
        label: '办结率',
        rate: 0.97,
        weight: 40,
        points: expect.closeTo(38.8, 12),
        lost: expect.closeTo(1.2, 12),
      },
      {
        key: 'satisfaction',
        label: '满意率',
        rate: 0.93,
        weight: 60,
        points: expect.closeTo(55.8, 12),
        lost: expect.closeTo(4.2, 12),
      },
    ]);
    expect(breakdown.notes).toEqual([
      '办结率 97.00%（97/100），失 1.20 分',
      '满意率 93.00%（满意 93、基本满意 0、不满意 7 件），失 4.20 分',
    ]);
  });

  it('piecewise: the breakpoints’ points, linear between them, flat outside them', () => {
    const scheme = withSatisfactionRule({
      kind: 'piecewise',
      breakpoints: [
        { rate: 0.8, points: 0 },
        { rate: 0.9, points: 40 },
        { rate: 1, points: 60 },
      ],
    });
    const satisfactionPoints = (count: number) =>
      scoreUnit(scheme, satisfied(count, 0, 100 - count)).indicators[1]?.points;
    expect(satisfactionPoints(70)).toBe(0);
    expect(satisfactionPoints(80)).toBe(0);
    expect(satisfactionPoints(85)).toBeCloseTo(20, 12);
    expect(satisfactionPoints(90)).toBeCloseTo(40, 12);
    expect(satisfactionPoints(95)).toBeCloseTo(50, 12);
    expect(satisfactionPoints(100)).toBe(60);
  });

  it('floor: below the threshold the indicator scores nothing, from it on rate × weight', () => {
    const scheme = withSatisfactionRule({ kind: 'floor', minRate: 0.6 });
    const below = scoreUnit(scheme, satisfied(59, 0, 41));
    expect(below.indicators[1]?.points).toBe(0);
    expect(below.score).toBe(40);
    expect(below.notes).toContain(
      '满意率 59.00%（满意 59、基本满意 0、不满意 41 件），低于 60.00% 不得分，失 60.00 分',
    );
    expect(scoreUnit(scheme, satisfied(60, 0, 40)).indicators[1]?.points).toBeCloseTo(36, 12);
  });
});

describe('scoreUnit: indicators with nothing to count', () => {
  const noRevisits = makeIndicators({ satisfactionCounts: { satisfied: 0, basic: 0, dissatisfied: 0 } });
  const halfCompleted = { ...noRevisits, completion: { numerator: 50, denominator: 100 } };

  it('full: the empty indicator earns all its points', () => {
    const breakdown = scoreUnit(withSatisfactionRule(linear, 'full'), halfCompleted);
    expect(breakdown.score).toBe(80);
    expect(breakdown.notes).toEqual(['办结率 50.00%（50/100），失 20.00 分']);
  });

  it('zero: the empty indicator earns nothing, and the note says why', () => {
    const breakdown = scoreUnit(withSatisfactionRule(linear, 'zero'), halfCompleted);
    expect(breakdown.score).toBe(20);
    expect(breakdown.notes).toContain('满意率 无可统计工单，按零分计，失 60.00 分');
  });

  it('reweight: the empty indicator drops out and the others scale up to 100 in proportion', () => {
    const scheme = makeScheme({
      indicators: [
        { key: 'completion', weight: 20, scoring: linear, whenEmpty: 'reweight' },
        { key: 'onTimeFeedback', weight: 30, scoring: linear, whenEmpty: 'reweight' },
        { key: 'satisfaction', weight: 50, scoring: linear, whenEmpty: 'reweight' },
      ],
    });
    const breakdown = scoreUnit(scheme, halfCompleted);
    expect(breakdown.indicators.map((indicator) => indicator.weight)).toEqual([40, 60, 0]);
    expect(breakdown.indicators.map((indicator) => indicator.points)).toEqual([20, 60, 0]);
    expect(breakdown.score).toBe(80);
    expect(breakdown.notes).toContain('满意率 无可统计工单，其 50.00 分权重按比例计入其他指标');
  });

  it('gives no score when every indicator drops out', () => {
    const nothing = makeIndicators({
      completion: { numerator: 0, denominator: 0 },
      satisfactionCounts: { satisfied: 0, basic: 0, dissatisfied: 0 },
    });
    const breakdown = scoreUnit(makeScheme(), nothing);
    expect(breakdown.score).toBeNull();
    expect(breakdown.notes[0]).toBe('各项考核指标均无可统计工单，不予评分');
  });
});

describe('scoreUnit: deductions and bonuses', () => {
  const scheme = makeScheme({
    deductions: [
      { event: 'urged', pointsEach: 0.5 },
      { event: 'supervised', pointsEach: 1, maxPoints: 3 },
      { event: 'sendBackRejected', pointsEach: 2, label: '不当退单' },
    ],
    bonuses: [{ event: 'kbUpdate', pointsEach: 0.1, maxPoints: 2 }],
  });

  it('takes off points per occurrence, within each cap, and adds bonuses', () => {
    const breakdown = scoreUnit(
      scheme,
      makeIndicators({ events: { urged: 3, supervised: 10, kbUpdate: 5 } }),
    );
    expect(breakdown.adjustments).toEqual([
      { key: 'urged', label: '被催办', count: 3, points: -1.5 },
      { key: 'supervised', label: '被督办', count: 10, points: -3 },
      { key: 'sendBackRejected', label: '不当退单', count: 0, points: 0 },
      { key: 'kbUpdate', label: '知识库更新', count: 5, points: 0.5 },
    ]);
    expect(breakdown.score).toBeCloseTo(100 - 1.5 - 3 + 0.5, 12);
    expect(breakdown.notes).toEqual([
      '被催办 3 次，扣 1.50 分',
      '被督办 10 次，扣 3.00 分（已达上限 3.00 分）',
      '知识库更新 5 次，加 0.50 分',
    ]);
  });

  it('caps bonuses too', () => {
    const breakdown = scoreUnit(scheme, makeIndicators({ events: { kbUpdate: 500 } }));
    expect(breakdown.adjustments.find((adjustment) => adjustment.key === 'kbUpdate')?.points).toBe(2);
    expect(breakdown.score).toBe(102);
  });

  it('never scores below 0 (扣完为止)', () => {
    const breakdown = scoreUnit(
      scheme,
      makeIndicators({
        completion: { numerator: 0, denominator: 100 },
        satisfactionCounts: { satisfied: 0, basic: 0, dissatisfied: 5 },
        events: { sendBackRejected: 4 },
      }),
    );
    expect(breakdown.score).toBe(0);
    expect(breakdown.notes.at(-1)).toBe('扣分超过所得分数，按 0 分计');
  });
});

describe('scoreUnit: minimum volume and bad input', () => {
  it('gives no score below the minimum 交办总量, but still shows the rates', () => {
    const scheme = makeScheme({ minimumAssigned: { toBeScored: 10, forSatisfactionRanking: 100 } });
    const small = makeIndicators({ assigned: 9, completion: { numerator: 9, denominator: 9 } });
    const breakdown = scoreUnit(scheme, small);
    expect(breakdown.score).toBeNull();
    expect(breakdown.indicators[0]?.rate).toBe(1);
    expect(breakdown.notes[0]).toBe('交办总量 9 件，少于考核方案要求的 10 件，不参与评分');
    const enough = makeIndicators({ assigned: 10, completion: { numerator: 10, denominator: 10 } });
    expect(scoreUnit(scheme, enough).score).toBe(100);
  });

  it('refuses a ratio whose numerator exceeds its denominator, or a negative count', () => {
    expect(() =>
      scoreUnit(makeScheme(), makeIndicators({ completion: { numerator: 5, denominator: 4 } })),
    ).toThrow('办结率的分子 5 大于分母 4');
    expect(() => scoreUnit(makeScheme(), satisfied(-1))).toThrow(RangeError);
  });
});
