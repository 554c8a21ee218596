import type { SearchDocument } from './search-document.ts';

// Twenty-odd small articles for the engine's database tests: near neighbours (收费 / 室温 / 供暖期), an expired
// predecessor and a draft of the fee article, district-specific water notices, and two identical electricity
// articles that only usage tells apart.

export const TEST_NOW = new Date('2026-12-01T00:00:00+08:00');

const day = (date: string) => new Date(`${date}T00:00:00+08:00`);

function article(
  articleId: number,
  title: string,
  body: string,
  rest: Partial<SearchDocument> & Pick<SearchDocument, 'categoryCode' | 'unitCode'>,
): SearchDocument {
  return {
    articleId,
    title,
    body,
    keywords: [],
    status: 'published',
    districtCodes: [],
    updatedAt: day('2026-06-01'),
    expiresAt: null,
    ...rest,
  };
}

export const TEST_ARTICLES: readonly SearchDocument[] = [
  article(
    1,
    '居民供暖收费标准及计费面积',
    '居民住宅供暖费按建筑面积计收，每供暖期每平方米24元，报停用户缴纳基本热费。',
    {
      categoryCode: '010103',
      unitCode: 'PJ-GTRL',
      keywords: ['供暖费', '收费标准'],
    },
  ),
  article(
    2,
    '室温不达标的认定标准和处理流程',
    '<p>供暖期内卧室室温应不低于18℃。</p><p>家中暖气不热、室温偏低的，供热企业24小时内上门测温 &amp; 处理。</p>',
    { categoryCode: '010101', unitCode: 'PJ-GTRL', keywords: ['室温不达标', '测温'] },
  ),
  article(3, '2026—2027年供暖期起止时间', '本供暖期为2026年11月1日至2027年3月31日，10月25日起试运行。', {
    categoryCode: '010100',
    unitCode: 'PJ-ZJ',
    keywords: ['供暖开始时间'],
  }),
  article(
    4,
    '购买自住住房提取住房公积金',
    '职工购买自住住房的，可以申请提取本人及配偶的住房公积金账户余额。',
    {
      categoryCode: '010201',
      unitCode: 'PJ-GJJ',
      keywords: ['公积金提取', '购房提取'],
    },
  ),
  article(5, '住房公积金贷款最高额度', '双缴存职工家庭住房公积金贷款最高额度为80万元，单缴存职工为60万元。', {
    categoryCode: '010202',
    unitCode: 'PJ-GJJ',
    keywords: ['公积金贷款'],
  }),
  article(
    6,
    '异地就医备案办理',
    '参保人员到外省长期居住的，可通过国家医保服务平台办理异地就医备案，备案后直接结算。',
    {
      categoryCode: '070101',
      unitCode: 'PJ-YB',
      keywords: ['异地就医', '备案'],
    },
  ),
  article(
    7,
    '医保卡（社保卡）挂失和补办',
    '医保卡遗失的，可拨打服务电话或到银行网点挂失，挂失后携带身份证补办。',
    {
      categoryCode: '070102',
      unitCode: 'PJ-YB',
      keywords: ['医保卡', '挂失'],
    },
  ),
  article(
    8,
    '新生儿出生登记（落户）',
    '新生儿出生一个月内，由监护人持出生医学证明、户口簿到派出所办理落户。',
    {
      categoryCode: '050101',
      unitCode: 'PJ-GA',
      keywords: ['新生儿落户', '出生登记'],
    },
  ),
  article(9, '高校毕业生和人才落户', '全日制高校毕业生凭毕业证书即可申请落户，不设社保年限要求。', {
    categoryCode: '050102',
    unitCode: 'PJ-GA',
    keywords: ['人才落户'],
  }),
  article(
    10,
    '不动产权证书遗失补办',
    '不动产权证书遗失的，权利人应登报声明作废，再到不动产登记中心申请补发。',
    {
      categoryCode: '150101',
      unitCode: 'PJ-ZRZY',
      keywords: ['补办'],
    },
  ),
  article(11, '住宅小区物业费收费标准', '物业费实行政府指导价的，调整须经业主大会讨论并公示。', {
    categoryCode: '010301',
    unitCode: 'PJ-ZJ',
    keywords: ['物业费'],
  }),
  article(12, '计划停水通知的查询', '计划停水由水务集团提前24小时在官方网站和小区公告栏发布。', {
    categoryCode: '020101',
    unitCode: 'PJ-SWJT',
  }),
  article(13, '大洼区停水通知和来水时间', '大洼区供水管网维修期间的停水通知由大洼区水务集团发布。', {
    categoryCode: '020101',
    unitCode: 'PJ-DW-SW',
    districtCodes: ['PJ-DW'],
  }),
  article(14, '盘山县停水通知', '盘山县城区停水通知在县水务公司营业厅张贴。', {
    categoryCode: '020101',
    unitCode: 'PJ-PS-SW',
    districtCodes: ['PJ-PS'],
  }),
  article(15, '居民供暖收费标准（2019年）', '居民住宅供暖费每平方米22元。', {
    categoryCode: '010103',
    unitCode: 'PJ-GTRL',
    status: 'expired',
    updatedAt: day('2019-09-01'),
  }),
  article(16, '居民供暖收费标准（征求意见稿）', '拟调整居民供暖费标准。', {
    categoryCode: '010103',
    unitCode: 'PJ-GTRL',
    status: 'draft',
  }),
  article(17, '失业保险金申领条件', '失业人员非因本人意愿中断就业的，可申领失业保险金。', {
    categoryCode: '060101',
    unitCode: 'PJ-RS',
  }),
  article(18, '装修噪音扰民的投诉', '居民住宅装修应在工作日8时至12时、14时至18时进行。', {
    categoryCode: '030201',
    unitCode: 'PJ-CG',
  }),
  article(19, '违章建筑的举报和查处', '私搭乱建、违法建设由城管执法部门查处。', {
    categoryCode: '030202',
    unitCode: 'PJ-CG',
  }),
  article(20, '出租车绕路的投诉', '乘客遇出租汽车绕路、拒载的，可记下车牌号向交通运输局投诉。', {
    categoryCode: '040101',
    unitCode: 'PJ-JT',
  }),
  article(21, '2025年困难家庭供暖补贴', '2025年困难家庭供暖补贴已发放完毕。', {
    categoryCode: '010103',
    unitCode: 'PJ-MZ',
    expiresAt: day('2026-04-01'),
  }),
  article(22, '养犬登记和犬只免疫', '养犬人应到公安机关办理养犬登记，并为犬只注射狂犬疫苗。', {
    categoryCode: '160101',
    unitCode: 'PJ-GA',
  }),
  article(23, '电费缴纳方式', '居民电费可通过网上国网APP、银行代扣或供电营业厅缴纳。', {
    categoryCode: '020201',
    unitCode: 'PJ-GD',
  }),
  article(24, '电费缴纳方式', '居民电费可通过网上国网APP、银行代扣或供电营业厅缴纳。', {
    categoryCode: '020201',
    unitCode: 'PJ-GD',
  }),
];
