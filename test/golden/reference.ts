/**
 * The numbers of the reference bulletin (shared/reference/panjin-bulletin-2023-01-04.md, Panjin 12345,
 * January–April 2023, published 2023-06-09), as typed data. Percentages are the printed values (two
 * decimals, half up); "万" figures are the printed strings. Where the golden files cannot reproduce a
 * printed value because the bulletin contradicts itself, the value the files do give sits beside it and the
 * comment says why.
 */

/** Tickets are "of the period" by 受理时间 (local dates, both ends included); figures are as of `asOf`. */
export const REFERENCE_PERIOD = {
  from: '2023-01-01',
  to: '2023-04-30',
  asOf: '2023-05-31 23:59:59',
} as const;

/**
 * The headline paragraph: "共受理各类诉求9.67万件，话务接通率96.14%；平台直接答复7.25万件，直接答复率74.97%；
 * 转办2.42万件，办结率97.48%，满意率96.75%".
 */
export const REFERENCE_HEADLINE = {
  registeredWan: '9.67',
  callAnswerRate: 96.14,
  directAnswersWan: '7.25',
  directAnswerRate: 74.97,
  dispatchedWan: '2.42',
  /** over every 转办 ticket of the period */
  completionRate: 97.48,
  /** over every rated revisit of a 转办 ticket */
  satisfactionRate: 96.75,
} as const;

/**
 * The counts behind the headline in the golden files. 受理 = 直接答复 + 转办 (96,700 = 72,499 + 24,201);
 * 23,591 / 24,201 completed = 97.48%; 76,912 / 80,000 calls answered = 96.14%.
 */
export const GOLDEN_HEADLINE_COUNTS = {
  registered: 96_700,
  directAnswers: 72_499,
  dispatched: 24_201,
  completed: 23_591,
  callsOffered: 80_000,
  callsAnswered: 76_912,
} as const;

/**
 * "各县区、经济区共受理诉求1.56万件，占全市转办量的64.46%" and "市直部门共受理诉求0.86万件，占全市转办量的35.54%".
 * The district table sums to 15,552 and 转办 is printed as 2.42万 (at least 24,150), so 64.46% cannot hold
 * with every 转办 ticket in one of the two groups: in the golden files every 转办 ticket goes to exactly one
 * group (15,552 + 8,649 = 24,201) and the shares come out 64.26% / 35.74%.
 */
export const REFERENCE_GROUP_SHARES = {
  districts: { volumeWan: '1.56', printedShare: 64.46, goldenVolume: 15_552, goldenShare: 64.26 },
  departments: { volumeWan: '0.86', printedShare: 35.54, goldenVolume: 8_649, goldenShare: 35.74 },
} as const;

/** One row of the 县区/经济区 table. */
export interface DistrictRow {
  rank: number;
  name: string;
  kind: '县区' | '经济区';
  /** 交办总量: tickets of the period assigned to the district or any unit below it */
  assigned: number;
  /** completed tickets behind 办结率 (every printed 办结率 is an exact fraction of 交办总量) */
  completed: number;
  completionRate: number;
  satisfactionRate: number;
  onTimeFeedbackRate: number;
  effectiveRevisitRate: number;
  /** 知识库更新总数目 */
  kbUpdates: number;
  /** as printed: one decimal for 县区, two for 经济区 */
  printedScore: string;
  /** the reference preset's score on the golden files (within ±0.05 of the printed one) */
  score: number;
}

/**
 * 县区、经济区分布情况. The table lists 县区 before 经济区 and each by score, so 高新技术开发区 (100.00) is fifth.
 * Scores are 20·办结率 + 30·满意率 + 20·按时反馈率 + 20·有效回访率 + 10·按时签收率; the bulletin does not print
 * 按时签收率. 兴隆台区's 99.96% 有效回访率 is one unreached revisit among the 2,500 made in its subtree; its
 * subtree also holds the one late 签收 of 兴隆台区卫生健康局 (表一 #5), which costs it 0.0015 points.
 */
export const REFERENCE_DISTRICTS: readonly DistrictRow[] = [
  district(1, '大洼区', '县区', 4226, 4144, 98.06, 99.0, 100, 10330, '99.3', 99.31),
  district(2, '盘山县', '县区', 1922, 1892, 98.44, 98.37, 100, 10884, '99.2', 99.2),
  district(3, '兴隆台区', '县区', 6530, 6396, 97.95, 98.44, 99.96, 16809, '99.1', 99.11),
  district(4, '双台子区', '县区', 2584, 2486, 96.21, 94.01, 100, 12814, '97.4', 97.44),
  district(5, '高新技术开发区', '经济区', 22, 22, 100, 100, 100, 2967, '100.00', 100),
  district(6, '辽滨沿海经济技术开发区', '经济区', 268, 266, 99.25, 97.02, 100, 2026, '99.00', 98.96),
];

function district(
  rank: number,
  name: string,
  kind: DistrictRow['kind'],
  assigned: number,
  completed: number,
  completionRate: number,
  satisfactionRate: number,
  effectiveRevisitRate: number,
  kbUpdates: number,
  printedScore: string,
  score: number,
): DistrictRow {
  return {
    rank,
    name,
    kind,
    assigned,
    completed,
    completionRate,
    satisfactionRate,
    onTimeFeedbackRate: 100,
    effectiveRevisitRate,
    kbUpdates,
    printedScore,
    score,
  };
}

/** "受理量排名前十位" of the 市直部门 group (which includes the utilities), largest first. */
export const REFERENCE_DEPARTMENT_VOLUME_TOP10: readonly string[] = [
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

/** "诉求量100件以上": the satisfaction ranking only admits departments with at least this 交办总量. */
export const REFERENCE_SATISFACTION_MIN_VOLUME = 100;

/** "诉求量100件以上，办理满意率排名前十位的市直部门", best first. */
export const REFERENCE_DEPARTMENT_SATISFACTION_TOP10: readonly string[] = [
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

/** One row of 表一 or 表二 (基层承办单位). */
export interface GrassrootsRow {
  rank: number;
  name: string;
  /** the district the unit sits under */
  district: string;
  assigned: number;
  completed: number;
  completionRate: number;
  satisfactionRate: number;
  onTimeFeedbackRate: number;
  effectiveRevisitRate: number;
  printedScore: number;
  /** the reference preset's score on the golden files */
  score: number;
}

/** "涉及县区基层单位127家". */
export const REFERENCE_GRASSROOTS_UNIT_COUNT = 127;

/**
 * 表一 "十佳" 基层承办单位, best first. The formula reproduces every printed score; #5 ranks below #4 only
 * because one of its 124 签收 was late (10·123/124 points instead of 10).
 */
export const REFERENCE_TOP10: readonly GrassrootsRow[] = [
  grassroots(1, '大洼区水务集团有限公司', '大洼区', 171, 170, 99.42, 100, 99.88, 99.88),
  grassroots(2, '双台子区市场监督管理局', '双台子区', 326, 323, 99.08, 100, 99.82, 99.82),
  grassroots(3, '兴隆台区创新街道办事处', '兴隆台区', 270, 269, 99.63, 99.61, 99.81, 99.81),
  grassroots(4, '盘山县高升街道办事处', '盘山县', 152, 152, 100, 99.23, 99.77, 99.77),
  grassroots(5, '兴隆台区卫生健康局', '兴隆台区', 124, 123, 99.19, 100, 99.76, 99.76),
  grassroots(
    6,
    '兴隆台区教育局（辽河油田基础教育管理中心）',
    '兴隆台区',
    230,
    229,
    99.57,
    99.44,
    99.75,
    99.75,
  ),
  grassroots(7, '大洼区大洼街道办事处', '大洼区', 390, 386, 98.97, 99.74, 99.72, 99.72),
  grassroots(8, '兴隆台区兴盛街道办事处', '兴隆台区', 520, 514, 98.85, 99.78, 99.7, 99.7),
  grassroots(9, '大洼区住房和城乡建设局', '大洼区', 324, 320, 98.77, 99.38, 99.57, 99.57),
  grassroots(10, '大洼区王家街道办事处', '大洼区', 173, 171, 98.84, 99.3, 99.56, 99.56),
];

/**
 * 表二 "较差" 基层承办单位, worst first. The printed scores sit 13–19 points below the five-indicator formula
 * (the real scheme has deductions the bulletin does not show); the formula keeps the printed order.
 * 91.67% and 95.83% are only reachable with 基本满意 weighted 0.75 (2.75/3, 5.75/6).
 */
export const REFERENCE_BOTTOM5: readonly GrassrootsRow[] = [
  grassroots(1, '双台子区消防救援大队', '双台子区', 7, 7, 100, 40, 69.28, 82),
  grassroots(2, '大洼清河湾供暖', '大洼区', 4, 3, 75, 91.67, 73.62, 92.5),
  grassroots(3, '社会保险事业管理局双台子区分局', '双台子区', 20, 18, 90, 90.91, 76.99, 95.27),
  grassroots(4, '双台子区生态环境局', '双台子区', 25, 22, 88, 95.83, 78.23, 96.35),
  grassroots(5, '大洼区唐家镇政府', '大洼区', 31, 29, 93.55, 96.3, 79.76, 97.6),
];

function grassroots(
  rank: number,
  name: string,
  districtName: string,
  assigned: number,
  completed: number,
  completionRate: number,
  satisfactionRate: number,
  printedScore: number,
  score: number,
): GrassrootsRow {
  return {
    rank,
    name,
    district: districtName,
    assigned,
    completed,
    completionRate,
    satisfactionRate,
    onTimeFeedbackRate: 100,
    effectiveRevisitRate: 100,
    printedScore,
    score,
  };
}

/**
 * 群众好评典型件: 曹先生's garage in 双台子区吉祥小区 (bought 2003, no 不动产证), handled by 市自然资源局 in
 * March 2023 and rated 满意. `ticketNumber` is its 工单编号 in the golden tickets file.
 */
export const REFERENCE_HIGHLIGHT = {
  ticketNumber: 'PJ202303149001',
  unit: '市自然资源局',
  callerName: '曹先生',
  month: '2023-03',
  revisitResult: '满意',
} as const;

export const HIGHLIGHT_TICKET_NUMBER: string = REFERENCE_HIGHLIGHT.ticketNumber;
