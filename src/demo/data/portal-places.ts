/**
 * Named points of the demo city a citizen can pick on the portal instead of typing an address: squares, parks,
 * stations, schools, hospitals. Panjin-like names and coordinates (WGS-84); the initials are the names' pinyin
 * initials, for search from a phone keyboard.
 */
export interface DemoPortalPlace {
  name: string;
  initials: string;
  address: string;
  districtCode: string;
  lat: number;
  long: number;
}

export const DEMO_PORTAL_PLACES: readonly DemoPortalPlace[] = [
  { name: '盘锦站', initials: 'pjz', address: '双台子区站前街', districtCode: 'PJ-STZ', lat: 41.2005, long: 122.0501 },
  { name: '盘锦北站', initials: 'pjbz', address: '双台子区北环路', districtCode: 'PJ-STZ', lat: 41.2236, long: 122.0723 },
  { name: '双台子区人民广场', initials: 'stzqrmgc', address: '双台子区胜利街', districtCode: 'PJ-STZ', lat: 41.1938, long: 122.0618 },
  { name: '兴隆台区市民广场', initials: 'xltqsmgc', address: '兴隆台区市府大路', districtCode: 'PJ-XLT', lat: 41.1187, long: 122.0712 },
  { name: '中兴公园', initials: 'zxgy', address: '兴隆台区中兴路', districtCode: 'PJ-XLT', lat: 41.1253, long: 122.0589 },
  { name: '盘锦市中心医院', initials: 'pjszxyy', address: '兴隆台区泰山路', districtCode: 'PJ-XLT', lat: 41.1302, long: 122.0765 },
  { name: '兴隆台区实验小学', initials: 'xltqsyxx', address: '兴隆台区惠宾街', districtCode: 'PJ-XLT', lat: 41.1221, long: 122.0834 },
  { name: '盘锦市体育中心', initials: 'pjstyzx', address: '兴隆台区石油大街', districtCode: 'PJ-XLT', lat: 41.1109, long: 122.0921 },
  { name: '汽车客运站', initials: 'qckyz', address: '兴隆台区兴隆大街', districtCode: 'PJ-XLT', lat: 41.1276, long: 122.0672 },
  { name: '大洼区政府广场', initials: 'dwqzfgc', address: '大洼区大洼街道', districtCode: 'PJ-DW', lat: 40.9943, long: 122.0822 },
  { name: '红海滩景区游客中心', initials: 'hhtjqykzx', address: '大洼区赵圈河镇', districtCode: 'PJ-DW', lat: 40.8856, long: 121.8903 },
  { name: '大洼区第一高级中学', initials: 'dwqdygjzx', address: '大洼区田家街道', districtCode: 'PJ-DW', lat: 40.9988, long: 122.0691 },
  { name: '盘山县文化广场', initials: 'psxwhgc', address: '盘山县太平街道', districtCode: 'PJ-PS', lat: 41.2428, long: 121.9963 },
  { name: '盘山县人民医院', initials: 'psxrmyy', address: '盘山县太平街道', districtCode: 'PJ-PS', lat: 41.2391, long: 121.9907 },
  { name: '高新区创业大厦', initials: 'gxqcydx', address: '高新技术开发区创新路', districtCode: 'PJ-GX', lat: 41.0712, long: 122.0218 },
  { name: '辽滨港客运码头', initials: 'lbgkymt', address: '辽滨沿海经济技术开发区港城大街', districtCode: 'PJ-LB', lat: 40.7301, long: 122.0905 },
];
