import { describe, expect, it } from 'vitest';
import { DEMO_PLACES } from './places.ts';
import {
  DEMO_UNITS,
  UNIT_KIND_LABELS,
  demoUnitByCode,
  demoUnitByName,
  districtOf,
  streetUnit,
  type DemoUnit,
} from './units.ts';

const ofKind = (...kinds: DemoUnit['kind'][]): DemoUnit[] => DEMO_UNITS.filter((u) => kinds.includes(u.kind));

function subtreeVolume(root: DemoUnit): number {
  const children = DEMO_UNITS.filter((u) => u.parentCode === root.code);
  return root.volumeWeight + children.reduce((sum, child) => sum + subtreeVolume(child), 0);
}

// Names exactly as the reference bulletin prints them, with the district each one's name implies.
const BULLETIN_GRASSROOTS: [name: string, district: string][] = [
  ['大洼区水务集团有限公司', '大洼区'],
  ['双台子区市场监督管理局', '双台子区'],
  ['兴隆台区创新街道办事处', '兴隆台区'],
  ['盘山县高升街道办事处', '盘山县'],
  ['兴隆台区卫生健康局', '兴隆台区'],
  ['兴隆台区教育局（辽河油田基础教育管理中心）', '兴隆台区'],
  ['大洼区大洼街道办事处', '大洼区'],
  ['兴隆台区兴盛街道办事处', '兴隆台区'],
  ['大洼区住房和城乡建设局', '大洼区'],
  ['大洼区王家街道办事处', '大洼区'],
  ['双台子区消防救援大队', '双台子区'],
  ['大洼清河湾供暖', '大洼区'],
  ['社会保险事业管理局双台子区分局', '双台子区'],
  ['双台子区生态环境局', '双台子区'],
  ['大洼区唐家镇政府', '大洼区'],
];
const TOP_TEN_BY_VOLUME = [
  '市公安局',
  '市交通运输局',
  '水务集团',
  '客运公交集团有限公司',
  '市邮政管理局',
  '国华燃气有限公司',
  '国网盘锦供电公司',
  '广田热力集团',
  '市医疗保障局',
  '市卫生健康委员会',
];
const TOP_TEN_BY_SATISFACTION = [
  '市医疗保障局',
  '国网盘锦供电公司',
  '国华燃气有限公司',
  '市邮政管理局',
  '市市场监督管理局',
  '广田热力集团',
  '市税务局',
  '市自然资源局',
  '市人力资源和社会保障局',
  '市公安局',
];
const DISTRICT_VOLUMES: [string, DemoUnit['kind'], number][] = [
  ['大洼区', 'district', 4226],
  ['盘山县', 'district', 1922],
  ['兴隆台区', 'district', 6530],
  ['双台子区', 'district', 2584],
  ['高新技术开发区', 'zone', 22],
  ['辽滨沿海经济技术开发区', 'zone', 268],
];
const DISTRICT_STEMS: Record<string, string> = {
  大洼区: '大洼',
  盘山县: '盘山',
  兴隆台区: '兴隆台',
  双台子区: '双台子',
  高新技术开发区: '高新',
  辽滨沿海经济技术开发区: '辽滨',
};

describe('DEMO_UNITS counts', () => {
  it('has one centre, 4 districts, 2 zones and exactly 127 grassroots units', () => {
    expect(ofKind('center').map((u) => u.name)).toEqual(['盘锦市12345政务服务便民热线中心']);
    expect(ofKind('district')).toHaveLength(4);
    expect(ofKind('zone')).toHaveLength(2);
    expect(ofKind('grassroots')).toHaveLength(127);
  });

  it('has about 40 departments and utilities, and a few dozen communities', () => {
    expect(ofKind('department', 'utility').length).toBeGreaterThanOrEqual(36);
    expect(ofKind('department', 'utility').length).toBeLessThanOrEqual(44);
    expect(ofKind('utility').length).toBeGreaterThanOrEqual(5);
    expect(ofKind('community').length).toBeGreaterThanOrEqual(20);
    expect(ofKind('community').length).toBeLessThanOrEqual(60);
  });
});

describe('names from the reference bulletin', () => {
  it('has the six districts and zones by their real names and kinds', () => {
    for (const [name, kind] of DISTRICT_VOLUMES) expect(demoUnitByName(name).kind).toBe(kind);
  });

  it('has every grassroots unit of 表一 and 表二, spelled as printed, under the district its name implies', () => {
    for (const [name, district] of BULLETIN_GRASSROOTS) {
      const unit = demoUnitByName(name);
      expect(unit.kind).toBe('grassroots');
      expect(demoUnitByCode(unit.parentCode ?? '').name).toBe(district);
    }
  });

  it('has every department and utility the bulletin names, as first-level units', () => {
    const utilities = ['水务集团', '客运公交集团有限公司', '国华燃气有限公司', '国网盘锦供电公司', '广田热力集团'];
    for (const name of new Set([...TOP_TEN_BY_VOLUME, ...TOP_TEN_BY_SATISFACTION])) {
      const unit = demoUnitByName(name);
      expect(unit.parentCode).toBe('PJ');
      expect(unit.kind).toBe(utilities.includes(name) ? 'utility' : 'department');
    }
    for (const name of ['市住房和城乡建设局', '市教育局', '市生态环境局', '市城市管理综合行政执法局']) {
      expect(demoUnitByName(name).kind).toBe('department');
    }
  });
});

describe('tree validity', () => {
  it('has unique ASCII codes and unique names', () => {
    const codes = DEMO_UNITS.map((u) => u.code);
    const names = DEMO_UNITS.map((u) => u.name);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(names).size).toBe(names.length);
    for (const code of codes) expect(code).toMatch(/^PJ(-[A-Z0-9]+)*$/);
  });

  it('lists every parent before its children, and each code extends its parent code', () => {
    const seen = new Set<string>();
    for (const unit of DEMO_UNITS) {
      if (unit.parentCode === null) {
        expect(unit.kind).toBe('center');
      } else {
        expect(seen.has(unit.parentCode)).toBe(true);
        expect(unit.code.startsWith(`${unit.parentCode}-`)).toBe(true);
      }
      seen.add(unit.code);
    }
  });

  it('places each kind at its level of the organisation', () => {
    const parentKind = (u: DemoUnit): string => demoUnitByCode(u.parentCode ?? '').kind;
    for (const u of ofKind('district', 'zone', 'department', 'utility')) expect(parentKind(u)).toBe('center');
    for (const u of ofKind('grassroots')) expect(['district', 'zone']).toContain(parentKind(u));
    for (const u of ofKind('community')) expect(parentKind(u)).toBe('grassroots');
  });

  it('names every grassroots and community unit after its district', () => {
    for (const unit of ofKind('grassroots', 'community')) {
      const district = districtOf(unit);
      expect(district).not.toBeNull();
      expect(unit.name).toContain(DISTRICT_STEMS[district?.name ?? '']);
    }
  });

  it('labels every kind as the units interchange format does', () => {
    expect(Object.values(UNIT_KIND_LABELS)).toEqual(['中心', '县区', '经济区', '市直部门', '公共企事业单位', '基层单位', '社区']);
  });
});

describe('volume weights', () => {
  it('gives each district subtree exactly its 交办总量 from the bulletin', () => {
    for (const [name, , volume] of DISTRICT_VOLUMES) expect(subtreeVolume(demoUnitByName(name))).toBe(volume);
  });

  it('keeps a small own weight for each district and positive integer weights below the centre', () => {
    for (const [name, , volume] of DISTRICT_VOLUMES) {
      const own = demoUnitByName(name).volumeWeight;
      expect(own).toBeGreaterThan(0);
      expect(own / volume).toBeLessThan(0.1);
    }
    for (const unit of DEMO_UNITS.filter((u) => u.kind !== 'center')) {
      expect(Number.isInteger(unit.volumeWeight) && unit.volumeWeight > 0).toBe(true);
    }
  });

  it('gives departments and utilities about 35.54% of all dispatches', () => {
    const total = DEMO_UNITS.reduce((sum, u) => sum + u.volumeWeight, 0);
    const firstLevel = ofKind('department', 'utility').reduce((sum, u) => sum + u.volumeWeight, 0);
    expect(Math.abs(firstLevel / total - 0.3554)).toBeLessThan(0.005);
  });

  it("keeps the bulletin's volume top ten in order, above every other department or utility", () => {
    const ranked = [...ofKind('department', 'utility')].sort((a, b) => b.volumeWeight - a.volumeWeight);
    expect(ranked.slice(0, 10).map((u) => u.name)).toEqual(TOP_TEN_BY_VOLUME);
    expect(ranked[9]?.volumeWeight).toBeGreaterThan(ranked[10]?.volumeWeight ?? Infinity);
  });

  it('keeps the units of the satisfaction ranking above its 100-ticket threshold', () => {
    for (const name of TOP_TEN_BY_SATISFACTION) expect(demoUnitByName(name).volumeWeight).toBeGreaterThanOrEqual(100);
  });

  it('keeps the printed volumes of the grassroots units the bulletin names', () => {
    expect(demoUnitByName('兴隆台区兴盛街道办事处').volumeWeight).toBe(520);
    expect(demoUnitByName('大洼区大洼街道办事处').volumeWeight).toBe(390);
    expect(demoUnitByName('双台子区消防救援大队').volumeWeight).toBe(7);
    expect(demoUnitByName('大洼清河湾供暖').volumeWeight).toBe(4);
  });
});

describe('quality profiles', () => {
  it('marks 十佳 units excellent, 较差 units poor, and most grassroots units good', () => {
    for (const [name] of BULLETIN_GRASSROOTS.slice(0, 10)) expect(demoUnitByName(name).quality).toBe('excellent');
    for (const [name] of BULLETIN_GRASSROOTS.slice(10)) expect(demoUnitByName(name).quality).toBe('poor');
    const grassroots = ofKind('grassroots');
    const good = grassroots.filter((u) => u.quality === 'good').length;
    expect(good / grassroots.length).toBeGreaterThan(0.7);
  });
});

describe('places and units agree', () => {
  it('has a grassroots unit for every 街道 and 镇, and none for a development park', () => {
    for (const district of DEMO_PLACES) {
      for (const street of district.streets) {
        const unit = streetUnit(district.districtName, street.name);
        if (street.kind === 'park') {
          expect(unit).toBeNull();
        } else {
          expect(unit?.kind).toBe('grassroots');
          expect(districtOf(unit as DemoUnit)?.name).toBe(district.districtName);
        }
      }
    }
    expect(streetUnit('大洼区', '唐家镇')?.name).toBe('大洼区唐家镇政府');
    expect(() => streetUnit('大洼区', '兴盛街道')).toThrow(RangeError);
  });

  it('finds a first-level unit no district above it', () => {
    expect(districtOf(demoUnitByName('市公安局'))).toBeNull();
    expect(districtOf(demoUnitByName('兴隆台区'))?.name).toBe('兴隆台区');
    expect(() => demoUnitByName('不存在的单位')).toThrow(RangeError);
  });
});
