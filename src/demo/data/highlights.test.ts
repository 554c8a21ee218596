import { describe, expect, it } from 'vitest';
import { APPEAL_TYPE_LABELS, demoCategoryByCode } from './categories.ts';
import { DEMO_HIGHLIGHTS } from './highlights.ts';
import { placesOf } from './places.ts';
import { placeholdersOf } from './templates.ts';
import { demoUnitByName } from './units.ts';

describe('DEMO_HIGHLIGHTS', () => {
  it("scripts the bulletin's praise case: 曹先生, 吉祥小区's garages, 市自然资源局, in March 2023", () => {
    const [caseTicket] = DEMO_HIGHLIGHTS;
    expect(caseTicket?.unitName).toBe('市自然资源局');
    expect(caseTicket?.callerName).toBe('曹先生');
    expect(caseTicket?.receivedAt.startsWith('2023-03-')).toBe(true);
    expect(caseTicket?.content).toContain('2003年');
    expect(caseTicket?.content).toContain('吉祥小区');
    expect(caseTicket?.content).toContain('车库');
    expect(caseTicket?.answer).toContain('抵押权注销登记');
    expect(caseTicket?.answer).toContain('30余户');
  });

  it('refers only to units, categories and places that exist', () => {
    for (const highlight of DEMO_HIGHLIGHTS) {
      expect(demoUnitByName(highlight.unitName).kind).toBe('department');
      expect(demoCategoryByCode(highlight.categoryCode).handler.unitNames).toContain(highlight.unitName);
      expect(Object.keys(APPEAL_TYPE_LABELS)).toContain(highlight.appealType);
      const estates = placesOf(highlight.districtName).streets.flatMap((s) => s.estates);
      expect(estates.some((estate) => highlight.address.includes(estate))).toBe(true);
    }
  });

  it('uses the interchange time format, in order, with finished texts', () => {
    const times = DEMO_HIGHLIGHTS.map((h) => h.receivedAt);
    for (const time of times) expect(time).toMatch(/^2023-0[1-4]-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect([...times].sort()).toEqual(times);
    for (const h of DEMO_HIGHLIGHTS) {
      for (const text of [h.title, h.content, h.answer]) expect(placeholdersOf(text)).toEqual([]);
    }
  });
});
