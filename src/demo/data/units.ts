/**
 * The demo city's organisation tree (DESIGN §4), shaped like the reference bulletin's 盘锦市: the centre,
 * 6 districts and zones, 39 municipal departments and utilities, 127 grassroots units and a few dozen
 * 社区/村 below some streets.
 *
 * volumeWeight is the share of dispatched tickets a unit handles itself. Each district's subtree adds up
 * to its 交办总量 in the bulletin (大洼区 4,226 …), departments and utilities to ≈ 8,570 (35.54%), and
 * the 15 grassroots units the bulletin names keep their printed volumes.
 */
import { createRandom } from '../random.ts';
import { neighbourhoodUnitName, placesOf, streetUnitName } from './places.ts';
import { FIRST_LEVEL_UNITS, type UnitQuality } from './units-departments.ts';
import {
  AVERAGE_GRASSROOTS,
  DISTRICT_BUREAUS,
  NEIGHBOURHOOD_BASE,
  REFERENCE_GRASSROOTS,
  STREET_BASE,
  TOWN_BASE,
} from './units-grassroots.ts';

export type { UnitQuality } from './units-departments.ts';
export { REFERENCE_GRASSROOTS } from './units-grassroots.ts';

export { UNIT_KIND_LABELS, type UnitKind } from '../../domain/organisation/unit-kind.ts';
import type { UnitKind } from '../../domain/organisation/unit-kind.ts';

export interface DemoUnit {
  /** Stable ASCII code: 'PJ', 'PJ-DW' (大洼区), 'PJ-DW-SW' (大洼区水务集团有限公司) … */
  code: string;
  name: string;
  parentCode: string | null;
  kind: UnitKind;
  /** Relative share of dispatched tickets this unit itself handles (0 for the centre). */
  volumeWeight: number;
  /** Handling quality profile for the simulator. */
  quality?: UnitQuality;
}

export const ROOT_UNIT_CODE = 'PJ';

/** The bulletin's 县区、经济区分布情况 table: 交办总量 per district or zone. */
export const DEMO_DISTRICTS: readonly { code: string; name: string; kind: 'district' | 'zone'; volume: number }[] = [
  { code: 'PJ-DW', name: '大洼区', kind: 'district', volume: 4226 },
  { code: 'PJ-PS', name: '盘山县', kind: 'district', volume: 1922 },
  { code: 'PJ-XLT', name: '兴隆台区', kind: 'district', volume: 6530 },
  { code: 'PJ-STZ', name: '双台子区', kind: 'district', volume: 2584 },
  { code: 'PJ-GX', name: '高新技术开发区', kind: 'zone', volume: 22 },
  { code: 'PJ-LB', name: '辽滨沿海经济技术开发区', kind: 'zone', volume: 268 },
];

/** Streets and towns whose 社区/村 committees are units of their own (they receive sub-dispatches). */
const STREETS_WITH_COMMUNITY_UNITS: readonly (readonly [district: string, street: string])[] = [
  ['兴隆台区', '兴隆街道'],
  ['兴隆台区', '振兴街道'],
  ['兴隆台区', '兴盛街道'],
  ['兴隆台区', '渤海街道'],
  ['兴隆台区', '创新街道'],
  ['双台子区', '红旗街道'],
  ['双台子区', '建设街道'],
  ['大洼区', '大洼街道'],
  ['大洼区', '唐家镇'],
  ['盘山县', '高升街道'],
  ['盘山县', '胡家镇'],
];

/** The share of a district's volume it handles at district level rather than passing down. */
const DISTRICT_OWN_SHARE = 0.03;

/**
 * Streets and towns differ in population: a stable factor in [0.6, 1.4] drawn from the name keeps them
 * from all handling the same volume, and keeps each one's volume the same from run to run.
 */
function sizeFactor(name: string): number {
  return 0.6 + 0.8 * createRandom(`unit-size:${name}`).next();
}

interface PendingUnit {
  code: string;
  name: string;
  parentCode: string;
  kind: 'grassroots' | 'community';
  base: number;
  fixedVolume?: number;
  quality: UnitQuality;
}

function districtSubtree(district: (typeof DEMO_DISTRICTS)[number]): DemoUnit[] {
  const places = placesOf(district.name);
  const pending: PendingUnit[] = [];
  const add = (unit: Omit<PendingUnit, 'quality' | 'fixedVolume'>): void => {
    const reference = REFERENCE_GRASSROOTS.find((r) => r.name === unit.name);
    const quality = reference?.quality ?? (AVERAGE_GRASSROOTS.includes(unit.name) ? 'average' : 'good');
    pending.push(reference ? { ...unit, quality, fixedVolume: reference.volume } : { ...unit, quality });
  };

  for (const street of places.streets) {
    const name = streetUnitName(district.name, street);
    if (name === null) continue;
    const code = `${district.code}-${street.code}`;
    const base = (street.kind === 'town' ? TOWN_BASE : STREET_BASE) * sizeFactor(name);
    add({ code, name, parentCode: district.code, kind: 'grassroots', base });
    const hasCommunities = STREETS_WITH_COMMUNITY_UNITS.some(([d, s]) => d === district.name && s === street.name);
    if (!hasCommunities) continue;
    street.neighbourhoods.forEach((neighbourhood, index) => {
      add({
        code: `${code}-${String(index + 1).padStart(2, '0')}`,
        name: neighbourhoodUnitName(district.name, street, neighbourhood),
        parentCode: code,
        kind: 'community',
        base: NEIGHBOURHOOD_BASE * sizeFactor(neighbourhood),
      });
    });
  }
  for (const bureau of DISTRICT_BUREAUS[district.name] ?? []) {
    add({ code: `${district.code}-${bureau.code}`, name: bureau.name, parentCode: district.code, kind: 'grassroots', base: bureau.base });
  }

  const ownTarget = Math.max(1, Math.round(district.volume * DISTRICT_OWN_SHARE));
  const fixedTotal = pending.reduce((sum, u) => sum + (u.fixedVolume ?? 0), 0);
  const baseTotal = pending.reduce((sum, u) => sum + (u.fixedVolume === undefined ? u.base : 0), 0);
  const scale = (district.volume - ownTarget - fixedTotal) / baseTotal;
  const children: DemoUnit[] = pending.map((u) => ({
    code: u.code,
    name: u.name,
    parentCode: u.parentCode,
    kind: u.kind,
    volumeWeight: u.fixedVolume ?? Math.max(1, Math.floor(u.base * scale)),
    quality: u.quality,
  }));
  // Rounding down leaves the district at least its own share; it keeps whatever rounding left, so its subtree adds up to the bulletin's figure exactly.
  const own = district.volume - children.reduce((sum, u) => sum + u.volumeWeight, 0);
  if (own < 1) throw new Error(`demo units: ${district.name} has no volume left for itself (${own})`);
  const districtUnit: DemoUnit = {
    code: district.code,
    name: district.name,
    parentCode: ROOT_UNIT_CODE,
    kind: district.kind,
    volumeWeight: own,
    quality: district.name === '双台子区' ? 'average' : 'good',
  };
  return [districtUnit, ...children];
}

function buildUnits(): DemoUnit[] {
  const root: DemoUnit = {
    code: ROOT_UNIT_CODE,
    name: '盘锦市12345政务服务便民热线中心',
    parentCode: null,
    kind: 'center',
    volumeWeight: 0,
  };
  const firstLevel: DemoUnit[] = FIRST_LEVEL_UNITS.map((spec) => ({
    code: `${ROOT_UNIT_CODE}-${spec.code}`,
    name: spec.name,
    parentCode: ROOT_UNIT_CODE,
    kind: spec.kind,
    volumeWeight: spec.volume,
    quality: spec.quality,
  }));
  const subtrees = DEMO_DISTRICTS.map(districtSubtree);
  const districtUnits = subtrees.map(([districtUnit]) => districtUnit as DemoUnit);
  const below = subtrees.flatMap((units) => units.slice(1));
  return [root, ...districtUnits, ...firstLevel, ...below];
}

/** Parents always come before their children. */
export const DEMO_UNITS: readonly DemoUnit[] = buildUnits();

const byName = new Map(DEMO_UNITS.map((unit) => [unit.name, unit]));
const byCode = new Map(DEMO_UNITS.map((unit) => [unit.code, unit]));

export function demoUnitByName(name: string): DemoUnit {
  const unit = byName.get(name);
  if (!unit) throw new RangeError(`no demo unit named ${name}`);
  return unit;
}

export function demoUnitByCode(code: string): DemoUnit {
  const unit = byCode.get(code);
  if (!unit) throw new RangeError(`no demo unit with code ${code}`);
  return unit;
}

/** The district or zone a unit sits under (itself for a district), or null for the centre and first-level units. */
export function districtOf(unit: DemoUnit): DemoUnit | null {
  let current: DemoUnit | undefined = unit;
  while (current) {
    if (current.kind === 'district' || current.kind === 'zone') return current;
    current = current.parentCode === null ? undefined : byCode.get(current.parentCode);
  }
  return null;
}

/** The grassroots unit that governs a 街道/镇 of a district, if it has one (a development park has none). */
export function streetUnit(districtName: string, streetName: string): DemoUnit | null {
  const street = placesOf(districtName).streets.find((s) => s.name === streetName);
  if (!street) throw new RangeError(`${districtName} has no street ${streetName}`);
  const name = streetUnitName(districtName, street);
  return name === null ? null : demoUnitByName(name);
}
