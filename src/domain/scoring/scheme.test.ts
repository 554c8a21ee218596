import { describe, expect, it } from 'vitest';
import { SchemeInvalidError, formatJsonPath, parseScheme, peerGroupOf } from './scheme.ts';
import { schemeJson } from './scoring.fixtures.ts';

function issuesOf(json: unknown): { path: string; message: string }[] {
  try {
    parseScheme(json);
  } catch (error) {
    expect(error).toBeInstanceOf(SchemeInvalidError);
    const invalid = error as SchemeInvalidError;
    expect(invalid.code).toBe('VALIDATION_FAILED');
    expect(invalid.issues.length).toBeGreaterThan(0);
    return (invalid.details as { issues: { path: string; message: string }[] }).issues;
  }
  throw new Error('the scheme was accepted');
}

const linear = { kind: 'linear' };

describe('parseScheme', () => {
  it('accepts a well-formed scheme and returns it unchanged', () => {
    const json = schemeJson();
    expect(parseScheme(json)).toEqual(json);
  });

  it('rejects weights that do not add up to 100, saying what they add up to', () => {
    const issues = issuesOf(
      schemeJson({
        indicators: [
          { key: 'completion', weight: 40, scoring: linear, whenEmpty: 'full' },
          { key: 'satisfaction', weight: 50, scoring: linear, whenEmpty: 'full' },
        ],
      }),
    );
    expect(issues).toEqual([{ path: 'indicators', message: '各指标权重之和应为 100，现为 90' }]);
  });

  it('accepts weights whose decimal sum is 100 but whose binary sum is not exactly', () => {
    const indicators = [
      { key: 'completion', weight: 33.3, scoring: linear, whenEmpty: 'full' },
      { key: 'satisfaction', weight: 33.3, scoring: linear, whenEmpty: 'full' },
      { key: 'response', weight: 33.4, scoring: linear, whenEmpty: 'full' },
    ];
    expect(parseScheme(schemeJson({ indicators })).indicators).toHaveLength(3);
  });

  it('names the JSON path of a wrong value, in Chinese, and reports every issue at once', () => {
    const json = schemeJson({
      version: 0,
      indicators: [
        { key: 'completion', weight: 40, scoring: linear, whenEmpty: 'reweight' },
        { key: 'satisfaction', weight: '60', scoring: linear, whenEmpty: 'reweight' },
      ],
    });
    const issues = issuesOf(json);
    expect(issues.map((issue) => issue.path)).toEqual(['version', 'indicators[1].weight']);
    for (const issue of issues) expect(issue.message).toMatch(/[\u4e00-\u9fff]/);
    expect(() => parseScheme(json)).toThrow(/indicators\[1\]\.weight：/);
  });

  it('reports a misspelt key instead of ignoring it', () => {
    const json = schemeJson({
      indicators: [
        { key: 'completion', wieght: 40, weight: 40, scoring: linear, whenEmpty: 'full' },
        { key: 'satisfaction', weight: 60, scoring: linear, whenEmpty: 'full' },
      ],
    });
    const [issue] = issuesOf(json);
    expect(issue?.path).toBe('indicators[0]');
    expect(issue?.message).toContain('wieght');
  });

  it('rejects an unknown indicator, rule kind or event by path', () => {
    const issues = issuesOf(
      schemeJson({
        indicators: [
          { key: 'speed', weight: 40, scoring: linear, whenEmpty: 'full' },
          { key: 'satisfaction', weight: 60, scoring: { kind: 'stepwise' }, whenEmpty: 'full' },
        ],
        deductions: [{ event: 'late', pointsEach: 1 }],
      }),
    );
    expect(issues.map((issue) => issue.path)).toEqual([
      'indicators[0].key',
      'indicators[1].scoring.kind',
      'deductions[0].event',
    ]);
  });

  it('checks piecewise breakpoints: rates ascending, points not falling and within the weight', () => {
    const breakpoints = [
      { rate: 0.8, points: 10 },
      { rate: 0.8, points: 5 },
      { rate: 1, points: 45 },
    ];
    const issues = issuesOf(
      schemeJson({
        indicators: [
          { key: 'completion', weight: 40, scoring: { kind: 'piecewise', breakpoints }, whenEmpty: 'full' },
          { key: 'satisfaction', weight: 60, scoring: linear, whenEmpty: 'full' },
        ],
      }),
    );
    expect(issues.map((issue) => issue.path)).toEqual([
      'indicators[0].scoring.breakpoints[1].rate',
      'indicators[0].scoring.breakpoints[1].points',
      'indicators[0].scoring.breakpoints[2].points',
    ]);
    expect(issues[2]?.message).toBe('折点得分不应超过该指标的权重 40 分');
  });

  it('rejects rates outside 0..1 (a percentage typed as 60 instead of 0.6)', () => {
    const issues = issuesOf(
      schemeJson({
        indicators: [
          { key: 'completion', weight: 40, scoring: linear, whenEmpty: 'full' },
          { key: 'satisfaction', weight: 60, scoring: { kind: 'floor', minRate: 60 }, whenEmpty: 'full' },
        ],
      }),
    );
    expect(issues.map((issue) => issue.path)).toEqual(['indicators[1].scoring.minRate']);
  });

  it('rejects duplicates: an indicator twice, an event twice in one list, a unit kind in two groups', () => {
    const issues = issuesOf(
      schemeJson({
        indicators: [
          { key: 'completion', weight: 50, scoring: linear, whenEmpty: 'full' },
          { key: 'completion', weight: 50, scoring: linear, whenEmpty: 'full' },
        ],
        deductions: [
          { event: 'urged', pointsEach: 0.5 },
          { event: 'urged', pointsEach: 1 },
        ],
        peerGroups: [
          { key: 'districts', label: '县区', unitKinds: ['district', 'zone'], best: 0, worst: 0 },
          { key: 'zones', label: '经济区', unitKinds: ['zone'], best: 0, worst: 0 },
        ],
      }),
    );
    expect(issues).toEqual([
      { path: 'indicators[1].key', message: '指标 completion 重复' },
      { path: 'deductions[1].event', message: '扣分事项 urged 重复' },
      { path: 'peerGroups[1].unitKinds[0]', message: '单位类型 zone 已属于分组 districts' },
    ]);
  });

  it('accepts deductions and bonuses with caps and an optional label', () => {
    const scheme = parseScheme(
      schemeJson({
        deductions: [{ event: 'lateFeedback', pointsEach: 0.5, maxPoints: 5 }],
        bonuses: [{ event: 'kbUpdate', pointsEach: 0.1, maxPoints: 2, label: '知识库维护' }],
      }),
    );
    expect(scheme.bonuses[0]?.label).toBe('知识库维护');
  });

  it('requires an exclusion to name categories or appeal types, and category codes to be well formed', () => {
    const issues = issuesOf(
      schemeJson({
        exclusions: [
          { reason: '执法类不计满意率', indicators: ['satisfaction'] },
          { reason: '执法类不计满意率', indicators: ['satisfaction'], categoryCodes: ['公安'] },
          { reason: '层级过多', indicators: ['satisfaction'], categoryCodes: ['050003'] },
        ],
      }),
    );
    expect(issues.map((issue) => issue.path)).toEqual([
      'exclusions[0]',
      'exclusions[1].categoryCodes[0]',
      'exclusions[2].categoryCodes[0]',
    ]);
    expect(issues[0]?.message).toBe('排除规则至少应列出一个分类编码或诉求类型');
  });

  it('rejects something that is not a scheme at all, at the root', () => {
    expect(issuesOf(null)).toEqual([{ path: '（方案）', message: expect.stringMatching(/[\u4e00-\u9fff]/) }]);
  });
});

describe('formatJsonPath', () => {
  it('writes array indices in brackets and keys with dots', () => {
    expect(formatJsonPath(['indicators', 2, 'scoring', 'breakpoints', 0, 'rate'])).toBe(
      'indicators[2].scoring.breakpoints[0].rate',
    );
  });
});

describe('peerGroupOf', () => {
  it('finds the group a unit kind is ranked in, or none', () => {
    const scheme = parseScheme(schemeJson());
    expect(peerGroupOf(scheme, 'grassroots')?.key).toBe('grassroots');
    expect(peerGroupOf(scheme, 'community')).toBeNull();
  });
});
