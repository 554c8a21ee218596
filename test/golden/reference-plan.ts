/**
 * How the golden files realise the reference bulletin: for every unit, how its tickets of the period end up.
 * The 15 units the bulletin names carry the counts its tables imply; the 112 other grassroots units are
 * invented, each scoring strictly between 表二 #5 (97.60) and 表一 #10 (99.56) so that both lists come out
 * exactly; the tickets a district handles itself (no 二级承办单位) make its totals exact. Every count here is
 * checked against the printed figures by reference-files.test.ts.
 */

/** How a unit's tickets of the period stand at the as-of time. Completed tickets without a revisit make up the rest. */
export interface Outcomes {
  /** 交办总量 */
  tickets: number;
  /** no 办结时间 yet (feedback was submitted on time but the ticket is not completed) */
  open: number;
  /** 回访结果 满意 */
  satisfied: number;
  /** 回访结果 基本满意 (weighs 0.75 in 满意率) */
  basic: number;
  /** 回访结果 不满意 */
  dissatisfied: number;
  /** 回访结果 联系上未评价: reached, no rating */
  reachedUnrated: number;
  /** 回访结果 未联系上: the only outcome that lowers 有效回访率 */
  unreached: number;
  /** 签收 more than 24 h after 派单 */
  lateAcknowledgements: number;
}

/** Outcomes in the order of the tables: tickets, open, 满意, 基本满意, 不满意, 联系上未评价, 未联系上, late 签收. */
export function o(
  tickets: number,
  open: number,
  satisfied: number,
  basic: number,
  dissatisfied: number,
  reachedUnrated: number,
  unreached: number,
  lateAcknowledgements = 0,
): Outcomes {
  return { tickets, open, satisfied, basic, dissatisfied, reachedUnrated, unreached, lateAcknowledgements };
}

export function completedWithoutRevisit(outcomes: Outcomes): number {
  const { tickets, open, satisfied, basic, dissatisfied, reachedUnrated, unreached } = outcomes;
  return tickets - open - satisfied - basic - dissatisfied - reachedUnrated - unreached;
}

export interface GrassrootsPlan {
  name: string;
  outcomes: Outcomes;
}

export interface DistrictPlan {
  name: string;
  kind: '县区' | '经济区';
  /** the district's own tickets: 承办单位 is the district, no 二级承办单位 */
  own: Outcomes;
  grassroots: GrassrootsPlan[];
}

export interface DepartmentPlan {
  name: string;
  kind: '市直部门' | '公共企事业单位';
  outcomes: Outcomes;
}

function unit(name: string, outcomes: Outcomes): GrassrootsPlan {
  return { name, outcomes };
}

function dept(name: string, kind: DepartmentPlan['kind'], outcomes: Outcomes): DepartmentPlan {
  return { name, kind, outcomes };
}

export const DISTRICT_PLANS: readonly DistrictPlan[] = [
  {
    name: '大洼区',
    kind: '县区',
    own: o(1960, 50, 1602, 12, 11, 57, 0),
    grassroots: [
      unit('大洼区水务集团有限公司', o(171, 1, 158, 0, 0, 4, 0)),
      unit('大洼区大洼街道办事处', o(390, 4, 384, 0, 1, 1, 0)),
      unit('大洼区住房和城乡建设局', o(324, 4, 161, 0, 1, 20, 0)),
      unit('大洼区王家街道办事处', o(173, 2, 142, 0, 1, 8, 0)),
      unit('大洼清河湾供暖', o(4, 1, 2, 1, 0, 0, 0)),
      unit('大洼区唐家镇政府', o(31, 2, 26, 0, 1, 1, 0)),
      unit('大洼区田家街道办事处', o(50, 2, 43, 0, 0, 0, 0)),
      unit('大洼区榆树街道办事处', o(30, 0, 19, 3, 0, 1, 0)),
      unit('大洼区二界沟街道办事处', o(40, 0, 27, 2, 0, 0, 0)),
      unit('大洼区荣兴街道办事处', o(23, 0, 14, 1, 0, 0, 0)),
      unit('大洼区田庄台镇政府', o(38, 0, 25, 0, 1, 0, 0)),
      unit('大洼区清水镇政府', o(51, 0, 32, 1, 1, 1, 0)),
      unit('大洼区新开镇政府', o(40, 0, 26, 0, 1, 1, 0)),
      unit('大洼区新立镇政府', o(23, 1, 15, 0, 0, 0, 0)),
      unit('大洼区西安镇政府', o(55, 0, 34, 3, 0, 0, 0)),
      unit('大洼区东风镇政府', o(49, 0, 43, 0, 1, 0, 0)),
      unit('大洼区赵圈河镇政府', o(37, 2, 31, 0, 0, 0, 0)),
      unit('大洼区平安镇政府', o(53, 0, 43, 3, 1, 0, 0)),
      unit('大洼区教育局', o(17, 0, 14, 1, 0, 0, 0)),
      unit('大洼区卫生健康局', o(67, 0, 53, 0, 1, 1, 0)),
      unit('大洼区民政局', o(22, 0, 13, 2, 0, 0, 0)),
      unit('大洼区人力资源和社会保障局', o(43, 0, 33, 3, 0, 0, 0)),
      unit('大洼区自然资源局', o(30, 1, 25, 0, 0, 0, 0)),
      unit('大洼区生态环境分局', o(23, 0, 14, 2, 0, 0, 0)),
      unit('大洼区交通运输局', o(22, 1, 17, 0, 0, 0, 0)),
      unit('大洼区农业农村局', o(21, 0, 12, 2, 0, 0, 0)),
      unit('大洼区市场监督管理局', o(29, 0, 24, 0, 1, 0, 0)),
      unit('大洼区城市管理综合行政执法局', o(25, 1, 16, 1, 0, 0, 0)),
      unit('大洼区应急管理局', o(63, 2, 53, 0, 0, 1, 0)),
      unit('大洼区公安分局', o(59, 2, 37, 0, 0, 1, 0)),
      unit('大洼区医疗保障局', o(45, 3, 29, 0, 0, 1, 0)),
      unit('大洼区退役军人事务局', o(63, 0, 40, 1, 1, 1, 0)),
      unit('大洼区文化旅游和广播电视局', o(32, 1, 27, 0, 0, 0, 0)),
      unit('大洼区商务局', o(23, 1, 13, 0, 0, 1, 0)),
      unit('大洼区供电分公司', o(36, 1, 30, 0, 0, 0, 0)),
      unit('大洼区燃气有限公司', o(64, 0, 49, 2, 1, 0, 0)),
    ],
  },
  {
    name: '盘山县',
    kind: '县区',
    own: o(912, 27, 732, 9, 7, 27, 0),
    grassroots: [
      unit('盘山县高升街道办事处', o(152, 0, 129, 0, 1, 4, 0)),
      unit('盘山县太平街道办事处', o(22, 0, 15, 2, 0, 0, 0)),
      unit('盘山县得胜街道办事处', o(21, 0, 11, 1, 0, 0, 0)),
      unit('盘山县沙岭镇政府', o(30, 0, 18, 2, 0, 0, 0)),
      unit('盘山县胡家镇政府', o(38, 2, 26, 0, 0, 0, 0)),
      unit('盘山县石新镇政府', o(40, 0, 22, 3, 0, 1, 0)),
      unit('盘山县东郭镇政府', o(24, 0, 12, 2, 0, 0, 0)),
      unit('盘山县羊圈子镇政府', o(19, 0, 12, 1, 0, 0, 0)),
      unit('盘山县坝墙子镇政府', o(46, 0, 36, 3, 0, 1, 0)),
      unit('盘山县陈家镇政府', o(12, 0, 7, 1, 0, 0, 0)),
      unit('盘山县吴家镇政府', o(35, 0, 19, 2, 0, 0, 0)),
      unit('盘山县甜水镇政府', o(54, 0, 28, 3, 0, 0, 0)),
      unit('盘山县古城子镇政府', o(39, 0, 27, 2, 0, 0, 0)),
      unit('盘山县教育局', o(12, 1, 7, 0, 0, 0, 0)),
      unit('盘山县卫生健康局', o(40, 0, 27, 3, 0, 1, 0)),
      unit('盘山县民政局', o(12, 0, 6, 1, 0, 0, 0)),
      unit('盘山县人力资源和社会保障局', o(35, 0, 19, 2, 0, 0, 0)),
      unit('盘山县自然资源局', o(42, 0, 27, 2, 0, 1, 0)),
      unit('盘山县生态环境分局', o(42, 0, 30, 3, 0, 0, 0)),
      unit('盘山县交通运输局', o(29, 0, 21, 2, 0, 0, 0)),
      unit('盘山县农业农村局', o(16, 0, 8, 1, 0, 0, 0)),
      unit('盘山县市场监督管理局', o(54, 0, 41, 1, 1, 1, 0)),
      unit('盘山县住房和城乡建设局', o(32, 0, 18, 2, 0, 0, 0)),
      unit('盘山县城市管理综合行政执法局', o(53, 0, 36, 3, 0, 1, 0)),
      unit('盘山县应急管理局', o(18, 0, 10, 1, 0, 0, 0)),
      unit('盘山县公安局', o(33, 0, 21, 3, 0, 0, 0)),
      unit('盘山县水利局', o(12, 0, 8, 1, 0, 0, 0)),
      unit('盘山县医疗保障局', o(19, 0, 12, 2, 0, 0, 0)),
      unit('盘山县供电分公司', o(29, 0, 21, 2, 0, 0, 0)),
    ],
  },
  {
    name: '兴隆台区',
    kind: '县区',
    // 2,500 revisits in the subtree, one of them unreached: 有效回访率 2,499/2,500 = 99.96%.
    own: o(3567, 32, 753, 35, 26, 20, 1),
    grassroots: [
      unit('兴隆台区创新街道办事处', o(270, 1, 256, 0, 1, 3, 0)),
      unit('兴隆台区卫生健康局', o(124, 1, 112, 0, 0, 2, 0, 1)),
      unit('兴隆台区教育局（辽河油田基础教育管理中心）', o(230, 1, 178, 0, 1, 5, 0)),
      unit('兴隆台区兴盛街道办事处', o(520, 6, 454, 0, 1, 9, 0)),
      unit('兴隆台区兴隆街道办事处', o(61, 4, 18, 0, 0, 0, 0)),
      unit('兴隆台区振兴街道办事处', o(102, 7, 33, 0, 0, 3, 0)),
      unit('兴隆台区渤海街道办事处', o(64, 4, 22, 0, 0, 2, 0)),
      unit('兴隆台区惠宾街道办事处', o(40, 3, 14, 0, 0, 0, 0)),
      unit('兴隆台区友谊街道办事处', o(55, 2, 22, 0, 0, 1, 0)),
      unit('兴隆台区曙光街道办事处', o(63, 2, 23, 0, 0, 2, 0)),
      unit('兴隆台区欢喜岭街道办事处', o(83, 4, 32, 0, 0, 4, 0)),
      unit('兴隆台区茨采街道办事处', o(79, 4, 28, 0, 0, 2, 0)),
      unit('兴隆台区新生街道办事处', o(103, 7, 28, 0, 0, 2, 0)),
      unit('兴隆台区新工街道办事处', o(49, 2, 16, 0, 0, 2, 0)),
      unit('兴隆台区兴海街道办事处', o(54, 4, 17, 0, 0, 0, 0)),
      unit('兴隆台区锦采街道办事处', o(74, 3, 29, 0, 0, 2, 0)),
      unit('兴隆台区民政局', o(71, 2, 23, 0, 0, 1, 0)),
      unit('兴隆台区人力资源和社会保障局', o(74, 4, 23, 0, 0, 2, 0)),
      unit('兴隆台区住房和城乡建设局', o(48, 2, 15, 0, 0, 1, 0)),
      unit('兴隆台区城市管理综合行政执法局', o(80, 2, 26, 0, 0, 1, 0)),
      unit('兴隆台区市场监督管理局', o(93, 3, 31, 0, 0, 0, 0)),
      unit('兴隆台区生态环境分局', o(41, 2, 16, 0, 0, 1, 0)),
      unit('兴隆台区自然资源分局', o(79, 4, 25, 0, 0, 0, 0)),
      unit('兴隆台区交通运输局', o(79, 4, 21, 0, 0, 1, 0)),
      unit('兴隆台区应急管理局', o(36, 3, 13, 0, 0, 1, 0)),
      unit('兴隆台区公安分局', o(94, 3, 30, 0, 0, 4, 0)),
      unit('兴隆台区医疗保障局', o(99, 6, 37, 0, 0, 3, 0)),
      unit('兴隆台区商务局', o(44, 2, 14, 0, 0, 1, 0)),
      unit('兴隆台区退役军人事务局', o(80, 5, 22, 0, 0, 4, 0)),
      unit('兴隆台区房产服务中心', o(74, 5, 24, 0, 0, 1, 0)),
    ],
  },
  {
    name: '双台子区',
    kind: '县区',
    // 94.01% needs low ratings somewhere the 较差 list does not see: the district's own tickets.
    own: o(1086, 49, 694, 108, 81, 31, 0),
    grassroots: [
      unit('双台子区市场监督管理局', o(326, 3, 301, 0, 0, 6, 0)),
      unit('双台子区消防救援大队', o(7, 0, 2, 0, 3, 1, 0)),
      unit('社会保险事业管理局双台子区分局', o(20, 2, 10, 0, 1, 2, 0)),
      unit('双台子区生态环境局', o(25, 3, 5, 1, 0, 3, 0)),
      unit('双台子区建设街道办事处', o(38, 0, 29, 0, 1, 0, 0)),
      unit('双台子区红旗街道办事处', o(73, 5, 41, 0, 0, 1, 0)),
      unit('双台子区胜利街道办事处', o(36, 2, 24, 0, 0, 0, 0)),
      unit('双台子区辽河街道办事处', o(37, 0, 29, 1, 1, 0, 0)),
      unit('双台子区双盛街道办事处', o(79, 2, 52, 0, 0, 1, 0)),
      unit('双台子区铁东街道办事处', o(40, 2, 29, 0, 0, 1, 0)),
      unit('双台子区陆家镇政府', o(64, 3, 39, 0, 0, 0, 0)),
      unit('双台子区统一镇政府', o(50, 2, 36, 0, 0, 0, 0)),
      unit('双台子区教育局', o(17, 1, 13, 0, 0, 0, 0)),
      unit('双台子区卫生健康局', o(40, 2, 28, 0, 0, 0, 0)),
      unit('双台子区民政局', o(57, 2, 42, 0, 0, 1, 0)),
      unit('双台子区人力资源和社会保障局', o(37, 0, 28, 2, 1, 0, 0)),
      unit('双台子区住房和城乡建设局', o(69, 3, 41, 0, 0, 2, 0)),
      unit('双台子区城市管理综合行政执法局', o(63, 2, 48, 0, 0, 1, 0)),
      unit('双台子区自然资源分局', o(65, 4, 44, 0, 0, 0, 0)),
      unit('双台子区交通运输局', o(30, 2, 16, 0, 0, 1, 0)),
      unit('双台子区应急管理局', o(28, 1, 20, 0, 0, 0, 0)),
      unit('双台子区公安分局', o(72, 0, 57, 1, 1, 1, 0)),
      unit('双台子区医疗保障局', o(55, 2, 42, 0, 0, 0, 0)),
      unit('双台子区商务局', o(60, 0, 39, 0, 1, 2, 0)),
      unit('双台子区农业农村局', o(72, 5, 39, 0, 0, 1, 0)),
      unit('双台子区文化旅游和广播电视局', o(38, 1, 23, 0, 0, 0, 0)),
    ],
  },
  {
    // 100.00 on every indicator: a grassroots unit here would score 100 and top 表一, so it has none.
    name: '高新技术开发区',
    kind: '经济区',
    own: o(22, 0, 20, 0, 0, 1, 0),
    grassroots: [],
  },
  {
    name: '辽滨沿海经济技术开发区',
    kind: '经济区',
    own: o(162, 2, 132, 3, 3, 5, 0),
    grassroots: [
      unit('辽滨沿海经济技术开发区辽滨街道办事处', o(18, 0, 10, 3, 0, 0, 0)),
      unit('辽滨沿海经济技术开发区建设管理局', o(17, 0, 10, 1, 0, 0, 0)),
      unit('辽滨沿海经济技术开发区社会事业局', o(25, 0, 20, 2, 0, 0, 0)),
      unit('辽滨沿海经济技术开发区市场监督管理局', o(13, 0, 8, 1, 0, 0, 0)),
      unit('辽滨沿海经济技术开发区综合行政执法局', o(16, 0, 10, 2, 0, 0, 0)),
      unit('辽滨沿海经济技术开发区公安分局', o(17, 0, 11, 2, 0, 0, 0)),
    ],
  },
];

/**
 * 市直部门 and utilities: 8,649 tickets. Volumes give the printed top 10; 满意率 among those with ≥ 100
 * tickets gives the printed top 10 (市交通运输局, 水务集团, 客运公交集团有限公司 and 市卫生健康委员会 below
 * 市公安局); their ratings bring the headline 满意率 to 96.75%. Three small departments rate
 * 100% and must stay out of the ranking by the 100-ticket threshold.
 */
export const DEPARTMENT_PLANS: readonly DepartmentPlan[] = [
  dept('市公安局', '市直部门', o(1500, 50, 1053, 26, 21, 29, 7)), // 97.500
  dept('市交通运输局', '市直部门', o(1100, 45, 706, 64, 50, 21, 5)), // 91.951
  dept('水务集团', '公共企事业单位', o(950, 35, 579, 68, 53, 18, 5)), // 90.000
  dept('客运公交集团有限公司', '公共企事业单位', o(800, 28, 469, 74, 57, 15, 4)), // 87.417
  dept('市邮政管理局', '市直部门', o(700, 18, 531, 4, 5, 14, 3)), // 98.889
  dept('国华燃气有限公司', '公共企事业单位', o(600, 12, 463, 4, 3, 12, 3)), // 99.149
  dept('国网盘锦供电公司', '公共企事业单位', o(520, 8, 396, 2, 2, 10, 3)), // 99.375
  dept('广田热力集团', '公共企事业单位', o(450, 14, 330, 6, 4, 9, 2)), // 98.382
  dept('市医疗保障局', '市直部门', o(380, 4, 299, 0, 1, 8, 2)), // 99.667
  dept('市卫生健康委员会', '市直部门', o(330, 10, 234, 8, 8, 6, 2)), // 96.000
  dept('市市场监督管理局', '市直部门', o(300, 6, 237, 0, 3, 6, 1)), // 98.750
  dept('市税务局', '市直部门', o(260, 5, 195, 2, 3, 5, 1)), // 98.250
  dept('市自然资源局', '市直部门', o(220, 4, 166, 1, 3, 4, 1)), // 98.088
  dept('市人力资源和社会保障局', '市直部门', o(200, 5, 146, 1, 3, 4, 1)), // 97.833
  dept('市教育局', '市直部门', o(60, 3, 41, 4, 3, 1, 0)), // 91.667
  dept('市住房和城乡建设局', '市直部门', o(48, 3, 29, 6, 3, 1, 0)), // 88.158
  dept('市生态环境局', '市直部门', o(40, 2, 32, 0, 0, 1, 0)), // 100.000
  dept('市民政局', '市直部门', o(32, 2, 23, 0, 2, 1, 0)), // 92.000
  dept('市农业农村局', '市直部门', o(28, 2, 19, 2, 1, 1, 0)), // 93.182
  dept('市应急管理局', '市直部门', o(25, 1, 19, 0, 1, 0, 0)), // 95.000
  dept('市文化旅游和广播电视局', '市直部门', o(22, 1, 16, 1, 1, 0, 0)), // 93.056
  dept('市商务局', '市直部门', o(20, 1, 14, 0, 2, 0, 0)), // 87.500
  dept('市退役军人事务局', '市直部门', o(18, 1, 12, 3, 0, 0, 0)), // 95.000
  dept('市司法局', '市直部门', o(15, 1, 11, 0, 1, 0, 0)), // 91.667
  dept('市财政局', '市直部门', o(12, 1, 9, 0, 1, 0, 0)), // 90.000
  dept('市统计局', '市直部门', o(9, 1, 7, 0, 0, 0, 0)), // 100.000
  dept('市营商环境建设局', '市直部门', o(6, 1, 4, 0, 1, 0, 0)), // 80.000
  dept('市气象局', '市直部门', o(4, 0, 4, 0, 0, 0, 0)), // 100.000
];
