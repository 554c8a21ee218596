import { describe, expect, it } from 'vitest';
import { excludedIndicators } from './exclusions.ts';
import { makeScheme } from './scoring.fixtures.ts';

describe('excludedIndicators', () => {
  const scheme = makeScheme({
    exclusions: [
      {
        reason: '公安执法类诉求不计满意率',
        indicators: ['satisfaction'],
        categoryCodes: ['050100', '040300'],
      },
      {
        reason: '举报类诉求不计满意率、有效回访率',
        indicators: ['effectiveRevisit', 'satisfaction'],
        appealTypes: ['report'],
      },
      {
        reason: '咨询类市场监管诉求不计按时签收率',
        indicators: ['onTimeAcknowledge'],
        categoryCodes: ['110000'],
        appealTypes: ['consult'],
      },
    ],
  });

  it('takes law-enforcement categories out of 满意率, whatever the appeal type', () => {
    expect(excludedIndicators(scheme, { categoryCode: '050102', appealType: 'complaint' })).toEqual([
      'satisfaction',
    ]);
    expect(excludedIndicators(scheme, { categoryCode: '040300', appealType: 'help' })).toEqual([
      'satisfaction',
    ]);
  });

  it('unites the indicators of every rule that applies, in indicator order', () => {
    expect(excludedIndicators(scheme, { categoryCode: '050100', appealType: 'report' })).toEqual([
      'satisfaction',
      'effectiveRevisit',
    ]);
  });

  it('matches a category by its code and everything below it, never a neighbour or a ticket without a code', () => {
    expect(excludedIndicators(scheme, { categoryCode: '050200', appealType: 'complaint' })).toEqual([]);
    expect(excludedIndicators(scheme, { categoryCode: '150100', appealType: 'complaint' })).toEqual([]);
    expect(excludedIndicators(scheme, { categoryCode: null, appealType: 'complaint' })).toEqual([]);
  });

  it('requires every criterion a rule lists: category and appeal type together', () => {
    expect(excludedIndicators(scheme, { categoryCode: '110200', appealType: 'consult' })).toEqual([
      'onTimeAcknowledge',
    ]);
    expect(excludedIndicators(scheme, { categoryCode: '110200', appealType: 'complaint' })).toEqual([]);
    expect(excludedIndicators(scheme, { categoryCode: '010100', appealType: 'consult' })).toEqual([]);
  });
});
