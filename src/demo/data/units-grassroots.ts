/**
 * The district bureaus and enterprises among the demo city's 127 grassroots units (基层承办单位); the 街道
 * and 乡镇 come from ./places.ts. `base` is a relative handling volume within the district: ./units.ts
 * scales it so that each district's subtree handles what the reference bulletin reports.
 */
import type { UnitQuality } from './units-departments.ts';

export interface GrassrootsSpec {
  /** ASCII code, unique within the district. */
  code: string;
  name: string;
  base: number;
  quality?: UnitQuality;
}

/**
 * The 15 grassroots units the reference bulletin names (表一 十佳, 表二 较差), with their printed 交办总量.
 * Their volume is kept exactly; the rest of their district shares what is left.
 */
export const REFERENCE_GRASSROOTS: readonly {
  name: string;
  districtName: string;
  volume: number;
  quality: 'excellent' | 'poor';
}[] = [
  { name: '大洼区水务集团有限公司', districtName: '大洼区', volume: 171, quality: 'excellent' },
  { name: '双台子区市场监督管理局', districtName: '双台子区', volume: 326, quality: 'excellent' },
  { name: '兴隆台区创新街道办事处', districtName: '兴隆台区', volume: 270, quality: 'excellent' },
  { name: '盘山县高升街道办事处', districtName: '盘山县', volume: 152, quality: 'excellent' },
  { name: '兴隆台区卫生健康局', districtName: '兴隆台区', volume: 124, quality: 'excellent' },
  {
    name: '兴隆台区教育局（辽河油田基础教育管理中心）',
    districtName: '兴隆台区',
    volume: 230,
    quality: 'excellent',
  },
  { name: '大洼区大洼街道办事处', districtName: '大洼区', volume: 390, quality: 'excellent' },
  { name: '兴隆台区兴盛街道办事处', districtName: '兴隆台区', volume: 520, quality: 'excellent' },
  { name: '大洼区住房和城乡建设局', districtName: '大洼区', volume: 324, quality: 'excellent' },
  { name: '大洼区王家街道办事处', districtName: '大洼区', volume: 173, quality: 'excellent' },
  { name: '双台子区消防救援大队', districtName: '双台子区', volume: 7, quality: 'poor' },
  { name: '大洼清河湾供暖', districtName: '大洼区', volume: 4, quality: 'poor' },
  { name: '社会保险事业管理局双台子区分局', districtName: '双台子区', volume: 20, quality: 'poor' },
  { name: '双台子区生态环境局', districtName: '双台子区', volume: 25, quality: 'poor' },
  { name: '大洼区唐家镇政府', districtName: '大洼区', volume: 31, quality: 'poor' },
];

/** Relative volume of a 街道 and a 镇 next to the bureaus below (a city street hears most). */
export const STREET_BASE = 10;
export const TOWN_BASE = 4;
export const NEIGHBOURHOOD_BASE = 0.5;

function bureaus(prefix: string, list: readonly [code: string, suffix: string, base: number][]): GrassrootsSpec[] {
  return list.map(([code, suffix, base]) => ({ code, name: `${prefix}${suffix}`, base }));
}

function spec(code: string, name: string, base: number, quality?: UnitQuality): GrassrootsSpec {
  return quality ? { code, name, base, quality } : { code, name, base };
}

export const DISTRICT_BUREAUS: Readonly<Record<string, readonly GrassrootsSpec[]>> = {
  大洼区: [
    spec('SW', '大洼区水务集团有限公司', 5),
    spec('QHW', '大洼清河湾供暖', 1),
    spec('RL', '大洼区热力有限公司', 4),
    spec('RQ', '大洼区燃气有限公司', 2),
    ...bureaus('大洼区', [
      ['ZJ', '住房和城乡建设局', 8],
      ['SCJ', '市场监督管理局', 5],
      ['WSJK', '卫生健康局', 3],
      ['JY', '教育局', 3],
      ['STHJ', '生态环境局', 2],
      ['MZ', '民政局', 2],
      ['RS', '人力资源和社会保障局', 4],
      ['NY', '农业农村局', 3],
      ['CG', '城市管理综合行政执法局', 7],
      ['JT', '交通运输局', 2],
      ['YB', '医疗保障局', 2],
      ['XF', '消防救援大队', 0.3],
      ['SWJ', '税务局', 1.5],
    ]),
    spec('SB', '社会保险事业管理局大洼区分局', 2),
    spec('GA', '盘锦市公安局大洼分局', 3),
  ],
  盘山县: bureaus('盘山县', [
    ['ZJ', '住房和城乡建设局', 8],
    ['SCJ', '市场监督管理局', 5],
    ['WSJK', '卫生健康局', 3],
    ['JY', '教育局', 3],
    ['NY', '农业农村局', 4],
    ['RS', '人力资源和社会保障局', 3],
    ['SW', '水务集团有限公司', 4],
  ]),
  兴隆台区: [
    ...bureaus('兴隆台区', [
      ['ZJ', '住房和城乡建设局', 8],
      ['SCJ', '市场监督管理局', 5],
      ['WSJK', '卫生健康局', 3],
    ]),
    spec('JY', '兴隆台区教育局（辽河油田基础教育管理中心）', 4),
    ...bureaus('兴隆台区', [
      ['STHJ', '生态环境局', 2],
      ['MZ', '民政局', 2],
      ['RS', '人力资源和社会保障局', 4],
      ['NY', '农业农村局', 1],
      ['CG', '城市管理综合行政执法局', 7],
      ['YJ', '应急管理局', 1],
      ['JT', '交通运输局', 2],
      ['YB', '医疗保障局', 2],
      ['SF', '司法局', 1],
      ['TY', '退役军人事务局', 1],
      ['SWU', '商务局', 1],
      ['WL', '文化旅游和广播电视局', 1],
      ['XFJ', '信访局', 1],
      ['CZ', '财政局', 0.5],
      ['FG', '发展和改革局', 0.5],
      ['GX', '工业和信息化局', 0.5],
      ['FC', '房产服务中心', 3],
      ['WY', '物业管理服务中心', 5],
      ['GR', '供热管理办公室', 6],
      ['SZ', '市政设施管理处', 4],
      ['HW', '环境卫生管理处', 4],
      ['ZB', '住房保障服务中心', 1.5],
      ['CL', '残疾人联合会', 0.5],
      ['XF', '消防救援大队', 0.3],
      ['SWJ', '税务局', 1.5],
    ]),
    spec('SB', '社会保险事业管理局兴隆台区分局', 2),
    spec('GA', '盘锦市公安局兴隆台分局', 3),
    spec('ZR', '盘锦市自然资源局兴隆台分局', 1),
  ],
  双台子区: [
    spec('SCJ', '双台子区市场监督管理局', 5),
    spec('XF', '双台子区消防救援大队', 0.3),
    spec('SB', '社会保险事业管理局双台子区分局', 2),
    spec('STHJ', '双台子区生态环境局', 2),
    ...bureaus('双台子区', [
      ['ZJ', '住房和城乡建设局', 8],
      ['WSJK', '卫生健康局', 3],
      ['JY', '教育局', 3],
      ['MZ', '民政局', 2],
      ['RS', '人力资源和社会保障局', 4],
      ['CG', '城市管理综合行政执法局', 7],
      ['NY', '农业农村局', 2],
      ['YB', '医疗保障局', 2],
      ['RL', '供热管理办公室', 5],
    ]),
    spec('GA', '盘锦市公安局双台子分局', 3),
  ],
  高新技术开发区: bureaus('高新区', [
    ['JS', '建设局', 3],
    ['SH', '社会事务局', 3],
  ]),
  辽滨沿海经济技术开发区: bureaus('辽滨经济区', [
    ['JS', '建设局', 3],
    ['SH', '社会事务局', 2],
    ['SCJ', '市场监督管理局', 2],
    ['ZF', '综合行政执法局', 3],
  ]),
};

/**
 * Units whose handling the simulator should make middling rather than good: the reference's 双台子区
 * has the lowest district 满意率 (94.01%), so several of its units lag.
 */
export const AVERAGE_GRASSROOTS: readonly string[] = [
  '双台子区住房和城乡建设局',
  '双台子区城市管理综合行政执法局',
  '双台子区供热管理办公室',
  '双台子区铁东街道办事处',
  '双台子区胜利街道办事处',
  '兴隆台区供热管理办公室',
  '大洼区热力有限公司',
  '盘山县住房和城乡建设局',
];
