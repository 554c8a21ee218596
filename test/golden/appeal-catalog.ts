import type { Random } from './golden-random.ts';

/** What a citizen asks and what the unit (or the agent) answers. `{地址}` stands for the appeal's address. */
export interface AppealTemplate {
  /** 诉求分类, three levels */
  category: string;
  /** 诉求类型 */
  appealType: string;
  title: string;
  content: string;
  answer: string;
}

function t(category: string, appealType: string, title: string, content: string, answer: string) {
  return { category, appealType, title, content, answer };
}

/** Appeals by the line of business a unit's name reveals; the first keyword found in the name wins. */
const TOPICS: readonly { keywords: readonly string[]; templates: readonly AppealTemplate[] }[] = [
  {
    keywords: ['公安'],
    templates: [
      t(
        '公共安全/治安管理/噪音扰民',
        '投诉',
        '夜间噪音扰民',
        '{地址}附近夜间有人聚集喧哗，影响休息。',
        '已出警劝离，加强夜间巡逻。',
      ),
      t(
        '公共安全/户籍管理/户口迁移',
        '咨询',
        '户口迁移办理',
        '想将户口迁入{地址}，咨询办理流程。',
        '已告知迁入所需材料及办理窗口。',
      ),
    ],
  },
  {
    keywords: ['交通运输'],
    templates: [
      t(
        '交通运输/出租汽车/拒载',
        '投诉',
        '出租车拒载',
        '在{地址}打车被出租车拒载。',
        '已约谈驾驶员并依规处理。',
      ),
      t(
        '交通运输/道路养护/路面破损',
        '求助',
        '道路坑洼',
        '{地址}路段路面坑洼，车辆通行困难。',
        '已安排养护单位修补路面。',
      ),
    ],
  },
  {
    keywords: ['供暖', '热力'],
    templates: [
      t(
        '城乡建设/供暖/室温不达标',
        '投诉',
        '室温不达标',
        '{地址}家中室温只有15度，供暖不达标。',
        '已排查管网并放风，室温已达标。',
      ),
      t(
        '城乡建设/供暖/暖气漏水',
        '求助',
        '暖气管道漏水',
        '{地址}楼道暖气管道漏水。',
        '已派维修人员更换阀门。',
      ),
    ],
  },
  {
    keywords: ['水务', '水利'],
    templates: [
      t(
        '城乡建设/供水/停水',
        '投诉',
        '停水未提前通知',
        '{地址}突然停水，未见停水通知。',
        '系管线抢修，已恢复供水并补发通知。',
      ),
      t(
        '城乡建设/供水/水压低',
        '求助',
        '水压低',
        '{地址}高层水压低，白天上不去水。',
        '已调整加压泵站运行时段。',
      ),
    ],
  },
  {
    keywords: ['公交'],
    templates: [
      t(
        '交通运输/公共交通/服务质量',
        '投诉',
        '公交车不进站停靠',
        '{地址}站点公交车经常不进站停靠。',
        '已对驾驶员批评教育并加强监控。',
      ),
      t(
        '交通运输/公共交通/线路调整',
        '建议',
        '建议增开公交线路',
        '建议增开途经{地址}的公交线路。',
        '已纳入线网优化方案研究。',
      ),
    ],
  },
  {
    keywords: ['邮政'],
    templates: [
      t(
        '交通运输/快递物流/快递延误',
        '投诉',
        '快递长时间未派送',
        '寄往{地址}的快递多日未派送。',
        '已督促快递企业完成派送。',
      ),
    ],
  },
  {
    keywords: ['燃气'],
    templates: [
      t('城乡建设/燃气/燃气表故障', '求助', '燃气表故障', '{地址}家中燃气表显示异常。', '已上门更换燃气表。'),
      t(
        '城乡建设/燃气/开户',
        '咨询',
        '燃气开户咨询',
        '{地址}新房如何办理燃气开户。',
        '已告知开户材料及营业厅地址。',
      ),
    ],
  },
  {
    keywords: ['供电'],
    templates: [
      t(
        '城乡建设/供电/频繁停电',
        '投诉',
        '频繁停电',
        '{地址}近期频繁停电。',
        '已更换老化线路，供电恢复正常。',
      ),
    ],
  },
  {
    keywords: ['医疗保障'],
    templates: [
      t(
        '卫生健康/医疗保障/报销',
        '求助',
        '医保报销进度',
        '在{地址}住院的医保报销迟迟未到账。',
        '已核实并完成报销拨付。',
      ),
      t(
        '卫生健康/医疗保障/异地就医',
        '咨询',
        '异地就医备案',
        '咨询异地就医备案如何办理。',
        '已告知线上备案流程。',
      ),
    ],
  },
  {
    keywords: ['卫生健康'],
    templates: [
      t(
        '卫生健康/医疗服务/服务态度',
        '投诉',
        '医院服务态度差',
        '{地址}附近医院挂号窗口服务态度差。',
        '已约谈相关人员并整改。',
      ),
    ],
  },
  {
    keywords: ['市场监督'],
    templates: [
      t(
        '市场监管/消费维权/预付卡',
        '投诉',
        '预付卡无法退费',
        '{地址}健身房关门，预付卡无法退费。',
        '已调解，商家同意退还余额。',
      ),
      t(
        '市场监管/食品安全/过期食品',
        '举报',
        '超市销售过期食品',
        '{地址}超市货架有过期食品。',
        '已现场检查并立案查处。',
      ),
    ],
  },
  {
    keywords: ['税务'],
    templates: [
      t('财政税务/个人所得税/退税', '咨询', '个税退税进度', '个税汇算退税多日未到账。', '已核实并办理退税。'),
    ],
  },
  {
    keywords: ['自然资源'],
    templates: [
      t(
        '城乡建设/不动产登记/办证难',
        '求助',
        '不动产证办理难',
        '{地址}房屋多年无法办理不动产证。',
        '已协调开发企业补齐手续。',
      ),
    ],
  },
  {
    keywords: ['人力资源', '社会保险'],
    templates: [
      t(
        '劳动保障/劳动关系/拖欠工资',
        '投诉',
        '拖欠工资',
        '{地址}某公司拖欠工资三个月。',
        '已督促企业足额支付工资。',
      ),
      t(
        '劳动保障/社会保险/缴费',
        '咨询',
        '社保缴费咨询',
        '咨询灵活就业人员社保缴费方式。',
        '已告知缴费渠道及标准。',
      ),
    ],
  },
  {
    keywords: ['教育'],
    templates: [
      t(
        '教育/校外培训/退费',
        '投诉',
        '培训机构退费难',
        '{地址}培训机构拒绝退还学费。',
        '已约谈机构，学费已退还。',
      ),
      t(
        '教育/招生入学/入学咨询',
        '咨询',
        '入学政策咨询',
        '咨询{地址}所属学区及入学材料。',
        '已告知学区划分和报名材料。',
      ),
    ],
  },
  {
    keywords: ['住房和城乡建设', '房产'],
    templates: [
      t(
        '城乡建设/物业管理/服务质量',
        '投诉',
        '物业服务差',
        '{地址}物业不清运垃圾、不维修设施。',
        '已约谈物业公司限期整改。',
      ),
    ],
  },
  {
    keywords: ['生态环境'],
    templates: [
      t(
        '生态环境/大气污染/餐饮油烟',
        '投诉',
        '餐饮油烟扰民',
        '{地址}楼下饭店油烟直排。',
        '已责令商户安装油烟净化设施。',
      ),
    ],
  },
  {
    keywords: ['消防'],
    templates: [
      t(
        '公共安全/消防安全/通道堵塞',
        '举报',
        '消防通道被占用',
        '{地址}消防通道长期停放车辆。',
        '已现场清理并设置警示标志。',
      ),
    ],
  },
  {
    keywords: ['城市管理', '综合行政执法', '综合执法', '建设管理'],
    templates: [
      t('城市管理/市容秩序/占道经营', '投诉', '占道经营', '{地址}路边摊点占道经营。', '已清理占道摊点。'),
      t(
        '城市管理/违法建设/私搭乱建',
        '举报',
        '私搭乱建',
        '{地址}一楼住户私建彩钢房。',
        '已下达限期拆除通知。',
      ),
    ],
  },
  {
    keywords: ['民政', '社会事业', '退役军人'],
    templates: [
      t(
        '民政/社会救助/低保',
        '求助',
        '低保申请',
        '家住{地址}，生活困难，咨询低保申请。',
        '已指导提交申请材料。',
      ),
    ],
  },
  {
    keywords: ['农业'],
    templates: [
      t(
        '农业农村/农资/质量',
        '投诉',
        '农资质量问题',
        '在{地址}购买的化肥质量有问题。',
        '已抽样送检并督促退换。',
      ),
    ],
  },
  {
    keywords: ['街道', '镇政府'],
    templates: [
      t('城乡建设/市政设施/路灯', '求助', '路灯不亮', '{地址}附近路灯不亮，夜间出行不便。', '已维修路灯。'),
      t(
        '城乡建设/环境卫生/垃圾清运',
        '投诉',
        '垃圾清运不及时',
        '{地址}垃圾箱满溢无人清运。',
        '已清运并增加清运频次。',
      ),
      t('城乡建设/市政设施/积水', '求助', '小区积水', '{地址}雨后积水严重。', '已疏通排水管道。'),
    ],
  },
];

/** What a district handles itself and what nothing else matches. */
const GENERAL_TEMPLATES: readonly AppealTemplate[] = [
  t(
    '城乡建设/环境卫生/垃圾清运',
    '投诉',
    '垃圾清运不及时',
    '{地址}垃圾箱满溢无人清运。',
    '已清运并增加清运频次。',
  ),
  t('城乡建设/物业管理/服务质量', '投诉', '物业服务差', '{地址}物业不维修单元门。', '已督促物业维修。'),
  t('城市管理/市容秩序/占道经营', '投诉', '占道经营', '{地址}路边摊点占道经营。', '已清理占道摊点。'),
  t('城乡建设/市政设施/路灯', '求助', '路灯不亮', '{地址}附近路灯不亮。', '已维修路灯。'),
];

/** Questions agents answer on the spot from the knowledge base (直接答复). */
export const DIRECT_ANSWER_TEMPLATES: readonly AppealTemplate[] = [
  t(
    '住房保障/住房公积金/提取',
    '咨询',
    '公积金提取咨询',
    '咨询租房提取公积金的条件。',
    '已告知提取条件、材料及线上办理渠道。',
  ),
  t(
    '劳动保障/社会保障卡/补办',
    '咨询',
    '社保卡补办',
    '社保卡丢失，咨询补办地点。',
    '已告知就近银行网点补办。',
  ),
  t('公共安全/户籍管理/居住证', '咨询', '居住证办理', '咨询居住证办理条件。', '已告知办理条件及所需材料。'),
  t(
    '城乡建设/不动产登记/材料',
    '咨询',
    '不动产登记材料',
    '咨询二手房过户需要哪些材料。',
    '已告知所需材料及预约方式。',
  ),
  t('卫生健康/医疗保障/异地就医', '咨询', '异地就医备案', '咨询异地就医备案流程。', '已告知线上备案流程。'),
  t('城乡建设/供暖/收费标准', '咨询', '供暖收费标准', '咨询今年供暖收费标准。', '已告知收费标准及缴费方式。'),
  t('交通运输/公共交通/线路查询', '咨询', '公交线路查询', '咨询到火车站的公交线路。', '已告知可乘坐的线路。'),
  t(
    '财政税务/个人所得税/汇算',
    '咨询',
    '个税汇算咨询',
    '咨询个税年度汇算办理时间。',
    '已告知办理时间及操作方法。',
  ),
  t(
    '公共安全/交通管理/驾驶证',
    '咨询',
    '驾驶证换证',
    '驾驶证到期，咨询换证流程。',
    '已告知可通过交管APP办理。',
  ),
  t('市场监管/登记注册/营业执照', '咨询', '营业执照办理', '咨询个体户营业执照办理。', '已告知网上办理入口。'),
  t('其他/表扬/表扬', '表扬', '表扬工作人员', '表扬社区工作人员热心服务。', '已记录并转达表扬。'),
  t(
    '其他/建议/城市建设',
    '建议',
    '建议增设公共厕所',
    '建议在公园附近增设公共厕所。',
    '已记录建议并告知反映渠道。',
  ),
];

export function templatesFor(unitName: string): readonly AppealTemplate[] {
  const topic = TOPICS.find((entry) => entry.keywords.some((keyword) => unitName.includes(keyword)));
  return topic?.templates ?? GENERAL_TEMPLATES;
}

export function fillTemplate(text: string, address: string): string {
  return text.replaceAll('{地址}', address);
}

const SURNAMES = [
  ...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎',
];
const COMMUNITIES = [
  '惠宾小区',
  '兴盛家园',
  '石油花园',
  '锦绣华城',
  '泰山小区',
  '湖滨小区',
  '双兴小区',
  '明珠小区',
  '阳光小区',
  '新兴小区',
  '辽河家园',
  '鼎翔小区',
  '银座小区',
  '金地小区',
  '红旗小区',
  '建设小区',
];

export function callerName(random: Random): string {
  return `${random.pick(SURNAMES)}${random.chance(0.55) ? '先生' : '女士'}`;
}

/** Mobile numbers mostly; some Panjin landlines (area code 0427). */
export function phoneNumber(random: Random): string {
  if (random.chance(0.08)) return `0427-${random.int(2000000, 8999999)}`;
  return `1${random.pick(['3', '5', '7', '8', '9'])}${String(random.int(0, 999_999_999)).padStart(9, '0')}`;
}

export function address(random: Random, district: string): string {
  return `${district}${random.pick(COMMUNITIES)}${random.int(1, 30)}号楼${random.int(1, 6)}单元`;
}

/** Every 诉求分类 path the catalogue writes, for the category file that extends the bundled code list. */
export function catalogCategoryPaths(): string[] {
  const templates = [...TOPICS.flatMap((topic) => topic.templates), ...DIRECT_ANSWER_TEMPLATES];
  return [...new Set(templates.map((template) => template.category))];
}
