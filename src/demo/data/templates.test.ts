import { describe, expect, it } from 'vitest';
import { createRandom } from '../random.ts';
import { DEMO_CATEGORIES } from './categories.ts';
import { makeAddress } from './people.ts';
import { fillTemplate, makeCompanyName, makeTemplateSlots, placeholdersOf, type TemplateSlots } from './templates.ts';

const SLOTS: TemplateSlots = { community: '兴盛小区', street: '兴盛街道', road: '泰山路', company: '鑫源超市', n: '5' };

describe('placeholdersOf and fillTemplate', () => {
  it('lists and fills the placeholders of a template', () => {
    const template = '{street}{community}{n}号楼室温不达标';
    expect(placeholdersOf(template)).toEqual(['street', 'community', 'n']);
    expect(fillTemplate(template, SLOTS)).toBe('兴盛街道兴盛小区5号楼室温不达标');
    expect(fillTemplate('反映{road}路灯不亮，{road}很黑', SLOTS)).toBe('反映泰山路路灯不亮，泰山路很黑');
    expect(fillTemplate('咨询供暖费缴费标准', SLOTS)).toBe('咨询供暖费缴费标准');
  });

  it('refuses a placeholder outside the documented set', () => {
    expect(() => fillTemplate('{district}停水', SLOTS)).toThrow(RangeError);
  });
});

describe('makeCompanyName', () => {
  it('names registered firms after the city and shops after their sign', () => {
    const random = createRandom('companies');
    for (let i = 0; i < 50; i++) {
      expect(makeCompanyName(random, 'property')).toMatch(/^盘锦.+物业(服务|管理)有限公司$/);
      expect(makeCompanyName(random, 'developer')).toMatch(/^盘锦.+(房地产开发|置业)有限公司$/);
      expect(makeCompanyName(random, 'shop')).not.toMatch(/^盘锦/);
    }
  });
});

describe('makeTemplateSlots', () => {
  it("fills every category's templates completely from a caller's address", () => {
    const random = createRandom('fill-all');
    for (const category of DEMO_CATEGORIES) {
      const place = makeAddress(random, '双台子区');
      const slots = makeTemplateSlots(random, place, category.companyKind);
      expect(Number(slots.n)).toBeGreaterThanOrEqual(1);
      expect(Number(slots.n)).toBeLessThanOrEqual(30);
      expect(slots.community).toBe(place.community);
      if (place.building !== null) expect(slots.n).toBe(String(place.building));
      for (const text of [...category.titles, ...category.contents, ...category.answers]) {
        const filled = fillTemplate(text, slots);
        expect(filled).not.toMatch(/[{}]/);
      }
    }
  });
});
