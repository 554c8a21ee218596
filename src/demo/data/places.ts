/**
 * The demo city's geography: for each of Panjin's six districts and zones, its 街道 and 乡镇, the 小区
 * (or villages) inside each, the 社区/村 committees, and the roads. Street and town names follow Panjin's
 * real divisions; estates and roads are Panjin-like. Every 街道/镇 here becomes a grassroots unit in
 * ./units.ts, so an address always points at a unit that can handle it.
 */
export type StreetKind = 'street' | 'town' | 'park';

export interface DemoStreet {
  /** ASCII code, unique within its district (becomes part of the unit code). */
  code: string;
  /** 兴盛街道, 唐家镇; a 'park' is a development zone's area with no government of its own. */
  name: string;
  kind: StreetKind;
  /** Residential 小区 of a street, villages of a town: what a caller gives as where they live. */
  estates: readonly string[];
  /** 社区 (residents' committees) of a street, 村 of a town. */
  neighbourhoods: readonly string[];
}

export interface DemoDistrictPlaces {
  /** As in DEMO_UNITS: 大洼区 … 辽滨沿海经济技术开发区. */
  districtName: string;
  /** How the district prefixes its grassroots units' names: 兴隆台区…, 高新区…, 辽滨经济区…. */
  unitPrefix: string;
  streets: readonly DemoStreet[];
  roads: readonly string[];
}

function place(code: string, name: string, estates: string, neighbourhoods: string): DemoStreet {
  const kind: StreetKind = name.endsWith('街道') ? 'street' : name.endsWith('镇') ? 'town' : 'park';
  return { code, name, kind, estates: words(estates), neighbourhoods: words(neighbourhoods) };
}

/** A town's villages are both where people live and the committees that serve them. */
function town(code: string, name: string, villages: string): DemoStreet {
  return place(code, name, villages, villages);
}

function words(list: string): string[] {
  return list.split(/\s+/).filter((word) => word.length > 0);
}

export const DEMO_PLACES: readonly DemoDistrictPlaces[] = [
  {
    districtName: '大洼区',
    unitPrefix: '大洼区',
    streets: [
      place('DW', '大洼街道', '向海花园 碧水小区 金色家园 育才小区', '向海社区 碧水社区 育才社区'),
      place('TJ', '田家街道', '田家小区 清河湾小区 田园家园', '田家社区 清河湾社区'),
      place('YS', '榆树街道', '榆树小区 文化花园 新城小区', '榆树社区 文化社区'),
      place('WJ', '王家街道', '王家小区 红海湾小区 苇海家园', '王家社区 红海社区'),
      place('EJG', '二界沟街道', '渔港小区 二界沟小区 蟹乡家园', '渔港社区 蟹乡社区'),
      town('TJZ', '唐家镇', '唐家村 坨子村 大堡村'),
      town('QS', '清水镇', '清水村 小亮沟村 河沿村'),
      town('DF', '东风镇', '东风村 叶家村 新发村'),
      town('XK', '新开镇', '新开村 大房子村 荣胜村'),
      town('XX', '新兴镇', '新兴村 东锦村 三义村'),
      town('XA', '西安镇', '西安村 上口子村 桃园村'),
      town('PA', '平安镇', '平安村 新华村 永红村'),
      town('XL', '新立镇', '新立村 大台子村 于家村'),
      town('TZT', '田庄台镇', '田庄台村 马家村 北窑村'),
      town('ZQH', '赵圈河镇', '赵圈河村 苇场村 红旗村'),
    ],
    roads: words('向海大道 育才路 新华路 清河湾路 田家大街 榆树街 红海滩大道 王家路 渔港大街 平安大街 建设路'),
  },
  {
    districtName: '盘山县',
    unitPrefix: '盘山县',
    streets: [
      place('TP', '太平街道', '太平小区 盘山新城 绕阳湾小区', '太平社区 新城社区'),
      place('GS', '高升街道', '高升小区 锦绣家园 北方花园', '高升社区 锦绣社区'),
      place('DS', '得胜街道', '得胜小区 顺城花园 兴业家园', '得胜社区 顺城社区'),
      town('SL', '沙岭镇', '沙岭村 大荒村 新安村'),
      town('HJ', '胡家镇', '胡家村 大堡子村 西荒村'),
      town('SX', '石新镇', '石新村 姜家村 民主村'),
      town('DG', '东郭镇', '东郭村 苇塘村 小道子村'),
      town('YQZ', '羊圈子镇', '羊圈子村 腰岗子村 孙家村'),
      town('BQZ', '坝墙子镇', '坝墙子村 三岔村 前坝村'),
      town('TS', '甜水镇', '甜水村 东三家村 前甜水村'),
      town('WJZ', '吴家镇', '吴家村 高家村 胜利村'),
      town('GCZ', '古城子镇', '古城子村 后岗村 兴家村'),
      town('CJ', '陈家镇', '陈家村 双岗村 大淀村'),
    ],
    roads: words('太平大街 高升大街 顺城路 绕阳河路 得胜路 公园路 北环路 沙岭路 新华路'),
  },
  {
    districtName: '兴隆台区',
    unitPrefix: '兴隆台区',
    streets: [
      place('XL', '兴隆街道', '兴隆小区 石油花园 锦绣华城 滨河湾', '兴隆社区 石油社区 锦绣社区'),
      place('ZX', '振兴街道', '振兴小区 华锦园 泰山花园', '振兴社区 华锦社区 泰山社区'),
      place('BH', '渤海街道', '渤海小区 海韵花园 昆仑小区', '渤海社区 昆仑社区'),
      place('XS', '兴盛街道', '兴盛小区 鼎翔华府 惠宾苑 宏运家园', '兴盛社区 鼎翔社区 宏运社区'),
      place('XG', '新工街道', '新工小区 工人村 锦苑小区', '新工社区 工人村社区'),
      place('YY', '友谊街道', '友谊小区 明珠花园 金港湾', '友谊社区 明珠社区'),
      place('HB', '惠宾街道', '惠宾小区 中兴花园 世纪家园', '惠宾社区 中兴社区'),
      place('CX', '创新街道', '创新小区 天河湾 盛世华庭', '创新社区 天河社区'),
      place('SG', '曙光街道', '曙光小区 钻井小区 采油小区', '曙光社区 采油社区'),
      place('HXL', '欢喜岭街道', '欢喜小区 岭南花园 油田一区', '欢喜岭社区 岭南社区'),
      place('XH', '兴海街道', '兴海小区 海湾名苑 辽河花园', '兴海社区 海湾社区'),
      place('XSH', '新生街道', '新生小区 阳光家园 金地花园', '新生社区 阳光社区'),
    ],
    roads: words('石油大街 泰山路 惠宾大街 兴隆大街 中兴路 市府大街 双兴北路 渤海路 友谊街 新工街 大众街 昆仑路 鼎翔路'),
  },
  {
    districtName: '双台子区',
    unitPrefix: '双台子区',
    streets: [
      place('HQ', '红旗街道', '红旗小区 吉祥小区 金城花园', '红旗社区 吉祥社区'),
      place('JS', '建设街道', '建设小区 锦江花园 双兴小区', '建设社区 锦江社区'),
      place('SL', '胜利街道', '胜利小区 中华园 和平小区', '胜利社区 和平社区'),
      place('LH', '辽河街道', '辽河小区 河畔花园 润泽园', '辽河社区 河畔社区'),
      place('TD', '铁东街道', '铁东小区 站前小区 东风花园', '铁东社区 站前社区'),
      place('SS', '双盛街道', '双盛小区 盛华园 新城家园', '双盛社区 新城社区'),
      town('LJ', '陆家镇', '陆家村 前进村 后高家村'),
      town('TY', '统一镇', '统一村 杨家村 孙家村'),
    ],
    roads: words('红旗大街 建设街 胜利街 辽河路 双兴南路 铁东街 站前街 和平街 双盛路'),
  },
  {
    districtName: '高新技术开发区',
    unitPrefix: '高新区',
    streets: [place('YQ', '高新技术产业园区', '高新人才公寓 科技园小区 创业家园', '')],
    roads: words('科技大道 创业路 高新一路 高新二路'),
  },
  {
    districtName: '辽滨沿海经济技术开发区',
    unitPrefix: '辽滨经济区',
    streets: [place('RX', '荣兴街道', '辽滨新城 滨海家园 荣兴小区 港城花园', '荣兴社区 滨海社区')],
    roads: words('滨海大道 辽滨路 荣兴街 港城路'),
  },
];

export function placesOf(districtName: string): DemoDistrictPlaces {
  const places = DEMO_PLACES.find((p) => p.districtName === districtName);
  if (!places) throw new RangeError(`no demo places for district ${districtName}`);
  return places;
}

/** The grassroots unit that governs a 街道 or 镇: 大洼区大洼街道办事处, 大洼区唐家镇政府 (the reference's style). */
export function streetUnitName(districtName: string, street: DemoStreet): string | null {
  const { unitPrefix } = placesOf(districtName);
  if (street.kind === 'street') return `${unitPrefix}${street.name}办事处`;
  if (street.kind === 'town') return `${unitPrefix}${street.name}政府`;
  return null;
}

/** A 社区 or 村 committee's unit name: 兴隆台区兴盛街道鼎翔社区. */
export function neighbourhoodUnitName(districtName: string, street: DemoStreet, neighbourhood: string): string {
  return `${placesOf(districtName).unitPrefix}${street.name}${neighbourhood}`;
}
