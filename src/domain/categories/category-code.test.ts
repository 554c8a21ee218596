import { describe, expect, it } from 'vitest';
import {
  categoryCodeProblem,
  categoryLevel,
  categoryWithin,
  firstLevelCategory,
  parentCategoryCode,
} from './category-code.ts';

describe('category codes (six digits, two per level)', () => {
  it('knows a code’s level and parent from the code alone', () => {
    expect([categoryLevel('010000'), categoryLevel('010200'), categoryLevel('010203')]).toEqual([1, 2, 3]);
    expect(parentCategoryCode('010203')).toBe('010200');
    expect(parentCategoryCode('010200')).toBe('010000');
    expect(parentCategoryCode('010000')).toBeNull();
    expect(firstLevelCategory('160305')).toBe('160000');
  });

  it('refuses what is not six digits, and levels with a gap', () => {
    expect(categoryCodeProblem('01020')).toBe('format');
    expect(categoryCodeProblem('01-02-03')).toBe('format');
    expect(categoryCodeProblem('０１０２００')).toBe('format');
    expect(categoryCodeProblem('000000')).toBe('gap');
    expect(categoryCodeProblem('010003')).toBe('gap');
    expect(categoryCodeProblem('010203')).toBeNull();
  });

  it('matches a subtree by whole levels', () => {
    expect(categoryWithin('010203', '010000')).toBe(true);
    expect(categoryWithin('010203', '010200')).toBe(true);
    expect(categoryWithin('010203', '010203')).toBe(true);
    expect(categoryWithin('010303', '010200')).toBe(false);
    expect(categoryWithin('110203', '010000')).toBe(false);
  });
});
