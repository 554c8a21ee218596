import { describe, expect, it } from 'vitest';
import { categoryWithin, excludedIndicators } from './exclusions.ts';
import { makeScheme } from './scoring.fixtures.ts';

describe('categoryWithin', () => {
  it.each([
    ['公安/治安', '公安/治安', true],
    ['公安/治安/噪音扰民', '公安/治安', true],
    ['公安/治安管理', '公安/治安', false],
    ['公安', '公安/治安', false],
    ['城乡建设/供暖/室温不达标', '公安', false],
  ])('%s within %s: %s', (category, prefix, expected) => {
    expect(categoryWithin(category, prefix)).toBe(expected);
  });
});

describe('excludedIndicators', () => {
  const scheme = makeScheme({
    exclusions: [
      {
        reason: '公安执法类诉求不计满意率',
        indicators: ['satisfaction'],
        categoryPrefixes: ['公安/治安', '交通/违章'],
      },
      {
        reason: '举报类诉求不计满意率、有效回访率',
        indicators: ['effectiveRevisit', 'satisfaction'],
        appealTypes: ['report'],
      },
      {
        reason: '咨询类市场监管诉求不计按时签收率',
        indicators: ['onTimeAcknowledge'],
        categoryPrefixes: ['市场监管'],
        appealTypes: ['consult'],
      },
    ],
  });

  it('takes law-enforcement categories out of 满意率, whatever the appeal type', () => {
    expect(excludedIndicators(scheme, { category: '公安/治安/噪音扰民', appealType: 'complaint' })).toEqual([
      'satisfaction',
    ]);
    expect(excludedIndicators(scheme, { category: '交通/违章', appealType: 'help' })).toEqual([
      'satisfaction',
    ]);
  });

  it('unites the indicators of every rule that applies, in indicator order', () => {
    expect(excludedIndicators(scheme, { category: '公安/治安', appealType: 'report' })).toEqual([
      'satisfaction',
      'effectiveRevisit',
    ]);
  });

  it('requires every criterion a rule lists: category and appeal type together', () => {
    expect(excludedIndicators(scheme, { category: '市场监管/价格', appealType: 'consult' })).toEqual([
      'onTimeAcknowledge',
    ]);
    expect(excludedIndicators(scheme, { category: '市场监管/价格', appealType: 'complaint' })).toEqual([]);
    expect(excludedIndicators(scheme, { category: '城乡建设/供暖', appealType: 'consult' })).toEqual([]);
  });
});
