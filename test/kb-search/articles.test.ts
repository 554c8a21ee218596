import { describe, expect, it } from 'vitest';
import { DEMO_KB_ARTICLES } from '../../src/demo/data/kb/index.ts';
import { DEMO_UNITS } from '../../src/demo/data/units.ts';
import { BUNDLED_CATEGORIES } from '../../src/modules/categories/bundled-categories.ts';

const categoryCodes = new Set(BUNDLED_CATEGORIES.map(([code]) => code));
const units = new Map(DEMO_UNITS.map((unit) => [unit.code, unit]));
const length = (text: string) => [...text].length;

describe('the demo knowledge base', () => {
  it('has at least 300 articles with unique, well-formed numbers', () => {
    expect(DEMO_KB_ARTICLES.length).toBeGreaterThanOrEqual(300);
    const numbers = DEMO_KB_ARTICLES.map((a) => a.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers.filter((n) => !/^ZSK\d{6}$/.test(n))).toEqual([]);
  });

  it('files every article under a bundled category and a demo unit, district rules under a district', () => {
    const wrong = DEMO_KB_ARTICLES.filter(
      (a) =>
        !categoryCodes.has(a.categoryCode) ||
        !units.has(a.unitCode) ||
        a.districtCodes.some((code) => !['district', 'zone'].includes(units.get(code)?.kind ?? '')),
    );
    expect(wrong.map((a) => a.number)).toEqual([]);
  });

  it('covers every first-level category', () => {
    const firstLevels = [...categoryCodes]
      .filter((code) => code.endsWith('0000'))
      .map((code) => code.slice(0, 2));
    const covered = new Set(DEMO_KB_ARTICLES.map((a) => a.categoryCode.slice(0, 2)));
    expect(firstLevels.filter((prefix) => !covered.has(prefix))).toEqual([]);
  });

  it('keeps bodies to 100–600 characters, 3–8 keywords, valid dates', () => {
    const date = /^\d{4}-\d{2}-\d{2}$/;
    const wrong = DEMO_KB_ARTICLES.filter(
      (a) =>
        length(a.body) < 100 ||
        length(a.body) > 600 ||
        a.keywords.length < 3 ||
        a.keywords.length > 8 ||
        !date.test(a.updatedAt) ||
        (a.expiresAt !== null && !date.test(a.expiresAt)),
    );
    expect(wrong.map((a) => a.number)).toEqual([]);
  });

  it('is mostly published, about 5% expired (each with its end date) and a few drafts', () => {
    const count = (status: string) => DEMO_KB_ARTICLES.filter((a) => a.status === status).length;
    expect(count('expired') / DEMO_KB_ARTICLES.length).toBeGreaterThanOrEqual(0.04);
    expect(count('expired') / DEMO_KB_ARTICLES.length).toBeLessThanOrEqual(0.07);
    expect(count('draft')).toBeGreaterThanOrEqual(2);
    expect(count('published') + count('expired') + count('draft')).toBe(DEMO_KB_ARTICLES.length);
    expect(DEMO_KB_ARTICLES.filter((a) => a.status === 'expired' && a.expiresAt === null)).toEqual([]);
  });

  it('uses placeholder telephone numbers only', () => {
    const local = DEMO_KB_ARTICLES.flatMap((a) => a.body.match(/0427-[\dx]+/g) ?? []);
    expect(local.filter((phone) => phone !== '0427-xxxxxxx')).toEqual([]);
  });
});
