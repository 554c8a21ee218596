/**
 * Callers of the demo city: names, phone numbers and home addresses. Nothing here belongs to a real
 * person; the shapes (surname frequencies, mobile prefixes, Panjin's 0427 area code) are the real ones.
 */
import type { Random } from '../random.ts';
import { createRandom } from '../random.ts';
import { placesOf, type DemoStreet } from './places.ts';

/** Common Chinese surnames, most frequent first (a northern city's order: 王, 李, 张, 刘 lead). */
export const SURNAMES: readonly string[] = [
  ...'王李张刘陈杨赵黄周吴徐孙马胡朱郭何罗高林郑梁谢宋唐韩冯于董曹程袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶闫余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹常武乔贺赖龚文庞樊兰殷施陶洪翟安颜倪严牛温季葛鲁',
  '欧阳',
  ...'关佟富那吉隋宫迟曲',
];

/** Characters of given names, old-fashioned (秀, 桂, 福) and recent (浩, 欣, 涵) alike. */
export const GIVEN_NAME_CHARS: readonly string[] = [
  ...'秀英兰桂芳淑珍玉凤华丽霞红梅萍娟敏静燕艳云玲杰伟刚勇军强明国建志海峰磊涛斌鹏辉平东文春立德福宝成林',
  ...'永庆生龙利忠有长喜金山新广宏亮波超飞浩宇晨博阳鑫佳欣婷雪琳倩颖悦思雨子涵晓丹娜莉琴慧晶洁荣彬振鸿凯',
  ...'健俊帅旭哲瑞泽璐月岩铁柱贵胜发富顺义仁学良兴秋冬惠翠',
];

/** How often callers give only a surname and 先生/女士, as 市民曹先生 in the reference bulletin. */
const SURNAME_ONLY_SHARE = 0.2;

// Zipf-like: the tenth surname is about a third as common as the first.
const SURNAME_WEIGHTS = new Map(SURNAMES.map((name, rank) => [name, 1 / (rank + 4)]));

export function makeCallerName(random: Random): string {
  const surname = random.weighted(SURNAMES, (name) => SURNAME_WEIGHTS.get(name) ?? 0);
  if (random.chance(SURNAME_ONLY_SHARE)) return `${surname}${random.chance(0.5) ? '先生' : '女士'}`;
  const first = random.pick(GIVEN_NAME_CHARS);
  if (random.chance(0.3)) return `${surname}${first}`;
  return `${surname}${first}${random.pick(GIVEN_NAME_CHARS)}`;
}

const MOBILE_PREFIXES = [
  ...['130', '131', '132', '133', '134', '135', '136', '137', '138', '139'],
  ...['150', '151', '152', '153', '155', '156', '157', '158', '159'],
  ...['180', '181', '182', '183', '184', '185', '186', '187', '188', '189'],
  ...['191', '193', '195', '196', '198', '199'],
];
const LANDLINE_SHARE = 0.12;

function digits(random: Random, count: number): string {
  return Array.from({ length: count }, () => String(random.int(0, 9))).join('');
}

/** An 11-digit mobile number, or a Panjin landline '0427-' + 7 digits (local numbers never start with 0 or 1). */
export function makePhone(random: Random): string {
  if (random.chance(LANDLINE_SHARE)) return `0427-${random.pick(['2', '3', '5', '6', '7', '8'])}${digits(random, 6)}`;
  return `${random.pick(MOBILE_PREFIXES)}${digits(random, 8)}`;
}

export interface DemoAddress {
  /** The full address as a ticket records it. */
  address: string;
  /** The 小区 or village: what {community} means in a template. */
  community: string;
  /** The 街道 or 镇 (or a development zone's area). */
  street: string;
  road: string;
  /** The 社区 or 村 committee, when the street has them. */
  neighbourhood: string | null;
  /** The 号楼 of a city address (null in a village): templates reuse it as {n}, so titles match the address. */
  building: number | null;
}

/** A city 街道 hears about three times as many callers as a rural 镇. */
const STREET_KIND_WEIGHT: Record<DemoStreet['kind'], number> = { street: 3, town: 1, park: 1 };

export function makeAddress(random: Random, districtName: string): DemoAddress {
  const places = placesOf(districtName);
  const street = random.weighted(places.streets, (s) => STREET_KIND_WEIGHT[s.kind]);
  const estateIndex = random.int(0, street.estates.length - 1);
  const community = street.estates[estateIndex] as string;
  const neighbourhood = street.neighbourhoods.length > 0 ? (street.neighbourhoods[estateIndex % street.neighbourhoods.length] as string) : null;
  // An estate stays on the same road at the same number whoever calls from it.
  const estatePlace = createRandom(`estate:${districtName}:${community}`);
  const road = estatePlace.pick(places.roads);
  const roadNumber = estatePlace.int(1, 280);
  if (street.kind === 'town') {
    return {
      address: `盘锦市${districtName}${street.name}${community}${random.int(1, 12)}组${random.int(1, 90)}号`,
      community,
      street: street.name,
      road,
      neighbourhood,
      building: null,
    };
  }
  const building = random.int(1, 30);
  const entrance = random.int(1, 6);
  const room = `${random.int(1, 18)}0${random.int(1, 4)}`;
  return {
    address: `盘锦市${districtName}${road}${roadNumber}号${community}${building}号楼${entrance}单元${room}室`,
    community,
    street: street.name,
    road,
    neighbourhood,
    building,
  };
}
