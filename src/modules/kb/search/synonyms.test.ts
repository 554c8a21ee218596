import { describe, expect, it } from 'vitest';
import { DEFAULT_SYNONYMS } from './default-synonyms.ts';
import { createSynonymSet, normalizeSynonymRule, synonymRuleKey } from './synonyms.ts';

describe('synonym expansion', () => {
  const set = createSynonymSet([
    { kind: 'equivalent', terms: ['暖气', '供暖', '采暖', '供热'] },
    { kind: 'oneWay', from: '上户口', terms: ['落户'] },
  ]);
  const terms = (word: string) => set.expand(word).map((e) => e.term);

  it('makes every term of an equivalent group find the others', () => {
    expect(terms('暖气')).toEqual(['供暖', '采暖', '供热']);
    expect(terms('供热')).toEqual(['暖气', '供暖', '采暖']);
  });

  it('makes a one-way rule work from its source only', () => {
    expect(set.expand('上户口')).toEqual([{ term: '落户', via: 'oneWay' }]);
    expect(terms('落户')).toEqual([]);
  });

  it('lists the words a rule starts from and every word it names', () => {
    expect(set.triggers()).toEqual(expect.arrayContaining(['暖气', '上户口']));
    expect(set.triggers()).not.toContain('落户');
    expect(set.vocabulary()).toEqual(expect.arrayContaining(['落户', '上户口', '采暖']));
  });
});

describe('synonym rules', () => {
  it('are normalised: traditional, spaces and repeats folded', () => {
    expect(normalizeSynonymRule({ kind: 'equivalent', terms: ['醫保', '医疗 保险', '医保'] })).toEqual({
      kind: 'equivalent',
      terms: ['医保', '医疗保险'],
    });
  });

  it('refuse rules that say nothing', () => {
    expect(() => normalizeSynonymRule({ kind: 'equivalent', terms: ['医保', '醫保'] })).toThrow(RangeError);
    expect(() => normalizeSynonymRule({ kind: 'oneWay', from: '落户', terms: ['落户'] })).toThrow(RangeError);
  });

  it('have one key whatever the order of their terms', () => {
    const a = synonymRuleKey({ kind: 'equivalent', terms: ['供暖', '暖气'] });
    expect(synonymRuleKey({ kind: 'equivalent', terms: ['暖气', '供暖'] })).toBe(a);
    expect(synonymRuleKey({ kind: 'oneWay', from: '暖气', terms: ['供暖'] })).not.toBe(a);
  });

  it('ship at least 30 valid default groups for 12345 work', () => {
    const groups = DEFAULT_SYNONYMS.filter((rule) => rule.kind === 'equivalent');
    expect(groups.length).toBeGreaterThanOrEqual(30);
    const keys = DEFAULT_SYNONYMS.map((rule) => synonymRuleKey(normalizeSynonymRule(rule)));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
