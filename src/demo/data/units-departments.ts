/**
 * The demo city's first-level 市直部门 and 公共企事业单位. Names the reference bulletin prints are kept
 * exactly as printed (市公安局, 水务集团, 客运公交集团有限公司 …).
 *
 * `volume` is each unit's share of dispatched tickets. They add up to ≈ 8,570: with the districts'
 * 15,552 that is the bulletin's 35.54% / 64.46% split. The first ten keep the bulletin's volume ranking
 * (市公安局 > 市交通运输局 > 水务集团 > … > 市卫生健康委员会), every other unit stays below them, and the
 * ten units of the bulletin's 满意率 ranking all keep ≥ 100 tickets, its threshold.
 */
export type UnitQuality = 'excellent' | 'good' | 'average' | 'poor';

export interface FirstLevelSpec {
  code: string;
  name: string;
  kind: 'department' | 'utility';
  volume: number;
  quality: UnitQuality;
}

function department(code: string, name: string, volume: number, quality: UnitQuality): FirstLevelSpec {
  return { code, name, kind: 'department', volume, quality };
}

function utility(code: string, name: string, volume: number, quality: UnitQuality): FirstLevelSpec {
  return { code, name, kind: 'utility', volume, quality };
}

/**
 * Quality follows the bulletin: the ten of its 满意率 ranking are 'excellent' or 'good'; the busy units
 * missing from that ranking (市交通运输局, 水务集团, 客运公交集团有限公司, 市卫生健康委员会) are 'average'.
 */
export const FIRST_LEVEL_UNITS: readonly FirstLevelSpec[] = [
  // The bulletin's volume top ten, in its order.
  department('GA', '市公安局', 1380, 'good'),
  department('JT', '市交通运输局', 1040, 'average'),
  utility('SWJT', '水务集团', 860, 'average'),
  utility('GJ', '客运公交集团有限公司', 700, 'average'),
  department('YZ', '市邮政管理局', 570, 'excellent'),
  utility('GHRQ', '国华燃气有限公司', 500, 'excellent'),
  utility('GD', '国网盘锦供电公司', 440, 'excellent'),
  utility('GTRL', '广田热力集团', 395, 'excellent'),
  department('YB', '市医疗保障局', 345, 'excellent'),
  department('WJW', '市卫生健康委员会', 305, 'average'),
  // The rest, in falling volume.
  department('SCJ', '市市场监督管理局', 280, 'excellent'),
  department('RS', '市人力资源和社会保障局', 240, 'good'),
  department('ZJ', '市住房和城乡建设局', 220, 'average'),
  department('ZRZY', '市自然资源局', 160, 'excellent'),
  department('SWJ', '市税务局', 150, 'excellent'),
  department('CG', '市城市管理综合行政执法局', 130, 'average'),
  department('JY', '市教育局', 120, 'good'),
  department('GJJ', '市住房公积金管理中心', 85, 'good'),
  department('STHJ', '市生态环境局', 80, 'good'),
  department('MZ', '市民政局', 70, 'good'),
  utility('LYGY', '辽河油田公用事业处', 60, 'good'),
  utility('YD', '中国移动盘锦分公司', 55, 'average'),
  department('NY', '市农业农村局', 50, 'good'),
  utility('HTRL', '盘锦宏泰热力有限公司', 40, 'average'),
  utility('LT', '中国联通盘锦分公司', 40, 'good'),
  utility('DX', '中国电信盘锦分公司', 40, 'good'),
  department('WL', '市文化旅游和广播电视局', 25, 'good'),
  department('YJ', '市应急管理局', 20, 'good'),
  department('SL', '市水利局', 20, 'good'),
  department('SWU', '市商务局', 20, 'good'),
  department('TY', '市退役军人事务局', 20, 'good'),
  department('YSHJ', '市营商环境建设局', 20, 'good'),
  utility('GDWL', '北方广电网络盘锦分公司', 20, 'average'),
  department('SF', '市司法局', 15, 'good'),
  department('XF', '市消防救援支队', 15, 'good'),
  department('FG', '市发展和改革委员会', 15, 'good'),
  department('CL', '市残疾人联合会', 10, 'good'),
  department('GXJ', '市工业和信息化局', 10, 'good'),
  department('CZ', '市财政局', 10, 'good'),
];
