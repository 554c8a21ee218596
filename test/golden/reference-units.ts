import { DEPARTMENT_PLANS, DISTRICT_PLANS } from './reference-plan.ts';

/** 单位类别 as written in the units file (DESIGN §7). */
export type GoldenUnitKind = '中心' | '县区' | '经济区' | '市直部门' | '公共企事业单位' | '基层单位';

export interface GoldenUnit {
  code: string;
  name: string;
  parentCode: string | null;
  kind: GoldenUnitKind;
}

export const CENTRE_NAME = '盘锦市12345政务服务便民热线中心';
export const CENTRE_CODE = 'PJ12345';

/**
 * 县区 carry their administrative division codes (GB/T 2260); the two zones have none, so they get
 * codes in the 7x range cities use for development zones. Grassroots units append three digits to
 * their district's code, in the plan's order.
 */
const DISTRICT_CODES: Record<string, string> = {
  大洼区: '211104',
  盘山县: '211122',
  兴隆台区: '211103',
  双台子区: '211102',
  高新技术开发区: '211171',
  辽滨沿海经济技术开发区: '211172',
};

function buildUnits(): GoldenUnit[] {
  const units: GoldenUnit[] = [{ code: CENTRE_CODE, name: CENTRE_NAME, parentCode: null, kind: '中心' }];
  for (const district of DISTRICT_PLANS) {
    const code = DISTRICT_CODES[district.name];
    if (!code) throw new Error(`no code for ${district.name}`);
    units.push({ code, name: district.name, parentCode: CENTRE_CODE, kind: district.kind });
    district.grassroots.forEach((unit, index) => {
      const suffix = String(index + 1).padStart(3, '0');
      units.push({ code: `${code}${suffix}`, name: unit.name, parentCode: code, kind: '基层单位' });
    });
  }
  let departments = 0;
  let utilities = 0;
  for (const department of DEPARTMENT_PLANS) {
    const code =
      department.kind === '市直部门'
        ? `PJSZ${String(++departments).padStart(2, '0')}`
        : `PJQY${String(++utilities).padStart(2, '0')}`;
    units.push({ code, name: department.name, parentCode: CENTRE_CODE, kind: department.kind });
  }
  return units;
}

/** Every unit of the golden organisation tree: the centre, 6 districts, 127 grassroots units, 28 departments. */
export const GOLDEN_UNITS: readonly GoldenUnit[] = buildUnits();

/** 单位编码 by 单位名称, so a test can find the unit the bulletin names. */
export const UNIT_CODES: Readonly<Record<string, string>> = Object.fromEntries(
  GOLDEN_UNITS.map((unit) => [unit.name, unit.code]),
);

export function unitCode(name: string): string {
  const code = UNIT_CODES[name];
  if (code === undefined) throw new Error(`unknown unit ${name}`);
  return code;
}
