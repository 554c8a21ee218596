import { describe, expect, it } from 'vitest';
import {
  APPEAL_TYPE_LABELS,
  DEMO_CATEGORIES,
  categoryWeightInMonth,
  demoCategoryByCode,
  type AppealType,
  type DemoCategory,
} from './categories.ts';
import { TEMPLATE_PLACEHOLDERS, placeholdersOf } from './templates.ts';
import { DEMO_UNITS, districtOf } from './units.ts';

const templatesOf = (c: DemoCategory): string[] => [...c.titles, ...c.contents, ...c.answers];

function shareBy(month: number, key: (c: DemoCategory) => string): Map<string, number> {
  const total = DEMO_CATEGORIES.reduce((sum, c) => sum + categoryWeightInMonth(c, month), 0);
  const shares = new Map<string, number>();
  for (const c of DEMO_CATEGORIES) {
    shares.set(key(c), (shares.get(key(c)) ?? 0) + categoryWeightInMonth(c, month) / total);
  }
  return shares;
}

function appealMix(months: number[]): Record<AppealType, number> {
  const mix: Record<AppealType, number> = { consult: 0, help: 0, complaint: 0, report: 0, suggestion: 0, praise: 0, thanks: 0, other: 0 };
  let total = 0;
  for (const month of months) {
    for (const c of DEMO_CATEGORIES) {
      const weight = categoryWeightInMonth(c, month);
      const mixTotal = Object.values(c.appealTypes).reduce((sum, v) => sum + (v ?? 0), 0);
      for (const [type, share] of Object.entries(c.appealTypes) as [AppealType, number][]) {
        mix[type] += (weight * share) / mixTotal;
      }
      total += weight;
    }
  }
  for (const type of Object.keys(mix) as AppealType[]) mix[type] /= total;
  return mix;
}

describe('DEMO_CATEGORIES shape', () => {
  it('has 12–16 first-level, about 50 second-level and about 120 third-level categories', () => {
    const first = new Set(DEMO_CATEGORIES.map((c) => c.levels[0]));
    const second = new Set(DEMO_CATEGORIES.map((c) => `${c.levels[0]}/${c.levels[1]}`));
    expect(first.size).toBeGreaterThanOrEqual(12);
    expect(first.size).toBeLessThanOrEqual(16);
    expect(second.size).toBeGreaterThanOrEqual(45);
    expect(second.size).toBeLessThanOrEqual(60);
    expect(DEMO_CATEGORIES.length).toBeGreaterThanOrEqual(110);
    expect(DEMO_CATEGORIES.length).toBeLessThanOrEqual(135);
  });

  it('codes every category as its three names joined by "/", uniquely', () => {
    for (const c of DEMO_CATEGORIES) {
      expect(c.levels).toHaveLength(3);
      for (const level of c.levels) expect(level).toMatch(/^[^/\s]+$/);
      expect(c.code).toBe(c.levels.join('/'));
    }
    expect(new Set(DEMO_CATEGORIES.map((c) => c.code)).size).toBe(DEMO_CATEGORIES.length);
    expect(demoCategoryByCode('城乡建设/供暖/室温不达标').levels[2]).toBe('室温不达标');
    expect(() => demoCategoryByCode('城乡建设/供暖')).toThrow(RangeError);
  });

  it('gives every category a positive weight, a valid appeal-type mix and a sensible season', () => {
    const types = Object.keys(APPEAL_TYPE_LABELS);
    for (const c of DEMO_CATEGORIES) {
      expect(c.weight).toBeGreaterThan(0);
      const entries = Object.entries(c.appealTypes);
      expect(entries.length).toBeGreaterThan(0);
      for (const [type, share] of entries) {
        expect(types).toContain(type);
        expect(share).toBeGreaterThan(0);
      }
      if (c.season) {
        expect(c.season.factor).toBeGreaterThan(1);
        for (const month of c.season.months) expect(month >= 1 && month <= 12 && Number.isInteger(month)).toBe(true);
      }
    }
  });

  it('labels the appeal types as the glossary does', () => {
    expect(APPEAL_TYPE_LABELS).toEqual({
      consult: '咨询',
      help: '求助',
      complaint: '投诉',
      report: '举报',
      suggestion: '建议',
      praise: '表扬',
      thanks: '感谢',
      other: '其他',
    });
  });
});

describe('handlers', () => {
  it('names existing first-level units of the right kind for department and utility handlers', () => {
    for (const c of DEMO_CATEGORIES.filter((cat) => cat.handler.kind !== 'district')) {
      expect(c.handler.unitNames?.length ?? 0).toBeGreaterThan(0);
      for (const name of c.handler.unitNames ?? []) {
        const unit = DEMO_UNITS.find((u) => u.name === name);
        expect(unit, `${c.code} → ${name}`).toBeDefined();
        expect(unit?.kind).toBe(c.handler.kind);
      }
    }
  });

  it('finds a grassroots unit in each of the four 县区 for every district handler', () => {
    const districts = ['大洼区', '盘山县', '兴隆台区', '双台子区'];
    for (const c of DEMO_CATEGORIES.filter((cat) => cat.handler.kind === 'district')) {
      const keywords = c.handler.grassrootsKeywords ?? [];
      expect(keywords.length).toBeGreaterThan(0);
      for (const districtName of districts) {
        const matches = DEMO_UNITS.filter(
          (u) => u.kind === 'grassroots' && districtOf(u)?.name === districtName && keywords.some((k) => u.name.includes(k)),
        );
        expect(matches.length, `${c.code} in ${districtName}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('texts', () => {
  it('has at least 3 titles, 2 contents and 1 answer per category, none empty', () => {
    for (const c of DEMO_CATEGORIES) {
      expect(c.titles.length).toBeGreaterThanOrEqual(3);
      expect(c.contents.length).toBeGreaterThanOrEqual(2);
      expect(c.answers.length).toBeGreaterThanOrEqual(1);
      for (const text of templatesOf(c)) expect(text.trim().length).toBeGreaterThan(3);
    }
  });

  it('uses only the documented placeholders, and {company} only where a company kind is set', () => {
    for (const c of DEMO_CATEGORIES) {
      for (const text of templatesOf(c)) {
        for (const name of placeholdersOf(text)) {
          expect(TEMPLATE_PLACEHOLDERS as readonly string[], `${c.code}: ${text}`).toContain(name);
          if (name === 'company') expect(c.companyKind, c.code).toBeDefined();
        }
        expect(text.replace(/\{[a-z]+\}/g, '')).not.toMatch(/[{}]/);
      }
    }
  });

  it('keeps titles short enough for a ticket list', () => {
    for (const c of DEMO_CATEGORIES) for (const title of c.titles) expect(title.length).toBeLessThanOrEqual(30);
  });
});

describe('coverage of what a northern city hears', () => {
  it('has the topics a Panjin hotline must answer', () => {
    const codes = DEMO_CATEGORIES.map((c) => c.code).join('\n');
    const topics = [
      '供暖/室温不达标',
      '供暖/停暖',
      '供暖/供暖收费',
      '供水/停水',
      '供水/水质',
      '/燃气/',
      '/供电/',
      '/物业管理/',
      '/住房保障/',
      '占道经营',
      '噪音',
      '垃圾',
      '/公交/',
      '/出租车/',
      '/道路养护/',
      '医保报销',
      '医保缴费',
      '户口',
      '身份证',
      '/治安/',
      '/消费纠纷/',
      '/食品安全/',
      '教育/',
      '/医院服务/',
      '疫苗',
      '生态环境/',
      '拖欠工资',
      '邮政快递/',
      '税务/',
      '不动产证',
    ];
    for (const topic of topics) expect(codes, topic).toContain(topic);
  });
});

describe('seasons and mix', () => {
  it('lets heating dominate January to March and fade after the heating period', () => {
    for (const month of [1, 2, 3]) {
      const bySecond = shareBy(month, (c) => c.levels[1]);
      const ranked = [...bySecond.entries()].sort((a, b) => b[1] - a[1]);
      expect(ranked[0]?.[0]).toBe('供暖');
      expect(bySecond.get('供暖')).toBeGreaterThan(0.2);
    }
    expect(shareBy(6, (c) => c.levels[1]).get('供暖')).toBeLessThan(0.05);
  });

  it('applies a season factor only inside its months', () => {
    const heating = demoCategoryByCode('城乡建设/供暖/室温不达标');
    expect(categoryWeightInMonth(heating, 1)).toBe(heating.weight * (heating.season?.factor ?? 0));
    expect(categoryWeightInMonth(heating, 7)).toBe(heating.weight);
  });

  it('mixes appeal types near the hotline norm over January–April: mostly 咨询, then 求助', () => {
    const mix = appealMix([1, 2, 3, 4]);
    expect(mix.consult).toBeGreaterThan(0.45);
    expect(mix.consult).toBeLessThan(0.7);
    expect(mix.help).toBeGreaterThan(0.2);
    expect(mix.help).toBeLessThan(0.4);
    expect(mix.complaint + mix.report + mix.suggestion).toBeLessThan(0.3);
    expect(mix.praise).toBeGreaterThan(0);
  });
});
