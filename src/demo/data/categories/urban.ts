/** 城乡建设, 公用事业 and 城市管理: what a northern city's hotline hears most, heating first in winter. */
import { HEATING_SEASON, district, group, utility, department, type DemoCategory } from '../category-types.ts';

const HEATING_UTILITIES = utility('广田热力集团', '辽河油田公用事业处', '盘锦宏泰热力有限公司');

const heating = group('城乡建设', '供暖', { handler: HEATING_UTILITIES, season: HEATING_SEASON }, [
  {
    name: '室温不达标',
    weight: 10,
    appealTypes: { help: 0.7, complaint: 0.25, consult: 0.05 },
    handler: district('供热', '热力', '供暖', '街道办事处', '住房和城乡建设局'),
    titles: ['{community}{n}号楼室温不达标', '反映{community}供暖温度低', '{street}{community}家中暖气不热'],
    contents: [
      '我家住在{community}{n}号楼，入冬以来屋里温度一直只有十五六度，家里有老人孩子，冻得受不了，找过供热公司也没解决，希望尽快派人来看看。',
      '我是{community}的住户，这几天暖气片上热下凉，屋里穿着棉袄还冷，温度计显示才14度，暖气费早就交了，要求供热单位给个说法。',
      '{community}这栋楼好几户都不热，楼上楼下一样，怀疑是管网有问题，请相关部门督促供热企业尽快处理。',
    ],
    answers: [
      '经供热单位工作人员上门入户测温，室温为16.5℃，低于18℃的供热标准。已对该户暖气进行放风排气并清洗入户过滤网，次日复测室温达到19℃，市民表示认可。',
      '经核实，该楼栋因单元立管阀门故障导致供热不足，供热单位已更换阀门，复测室温在18℃以上，已向市民反馈处理结果。',
    ],
  },
  {
    name: '停暖报修',
    weight: 4,
    appealTypes: { help: 0.85, consult: 0.1, complaint: 0.05 },
    titles: ['{community}突然停暖', '反映{road}附近小区暖气停了', '{community}{n}号楼暖气不热急需维修'],
    contents: [
      '我们{community}今天早上开始暖气就凉了，也没看到停暖通知，外面零下十几度，请问什么时候能恢复供热？',
      '{road}附近{community}整片都停暖了，打供热公司电话一直占线，家里有刚出生的孩子，请尽快帮忙协调抢修。',
    ],
    answers: [
      '经与供热企业核实，因{road}一次管网突发漏水，抢修期间该区域临时停暖，预计今日22时前恢复供热，已告知市民。',
      '供热企业已组织抢修人员到场，更换破损管道后于当日恢复供热，回访室温正常。',
    ],
  },
  {
    name: '供暖收费',
    weight: 4,
    appealTypes: { consult: 0.85, complaint: 0.1, help: 0.05 },
    titles: ['咨询供暖费缴费标准', '{community}供暖费收费有异议', '咨询供暖报停和供暖费减免'],
    contents: [
      '我想问一下今年的供暖费怎么收，按建筑面积还是使用面积，在哪里能交？',
      '我家房子常年没人住，想办报停，请问需要带什么材料，报停以后是不是只交基本热费？',
      '供热公司说我家要先补交往年的欠费才给开栓，可那几年房子根本没人住，我觉得不合理。',
    ],
    answers: [
      '已告知市民：居民供暖费按建筑面积计收，收费标准以价格主管部门核定、供热企业公示的价格为准，可通过供热企业营业厅、手机银行或微信公众号缴纳。',
      '已告知市民：房屋无人居住的可于供暖期开始前到所属供热企业营业厅申请报停，携带房屋产权证明和身份证，报停期间按规定缴纳基本热费。',
    ],
  },
  {
    name: '供暖设施漏水',
    weight: 2.5,
    appealTypes: { help: 0.85, complaint: 0.15 },
    titles: ['{community}{n}号楼暖气管道漏水', '反映家中暖气片漏水', '{community}楼道供热管道跑水'],
    contents: [
      '我家暖气片接口一直在滴水，地板都泡了，楼下邻居也来找，请供热公司赶紧派人来修。',
      '{community}{n}号楼单元门口的供热管道漏水，地上都冻成冰了，老人走路容易摔倒，请尽快处理。',
    ],
    answers: ['供热企业维修人员已于当日上门，关闭入户阀门并更换了损坏的暖气片接口，漏水问题已处理完毕。'],
  },
]);

const property = group(
  '城乡建设',
  '物业管理',
  { handler: district('物业', '住房和城乡建设局', '街道办事处'), companyKind: 'property' },
  [
    {
      name: '物业服务质量',
      weight: 10,
      appealTypes: { help: 0.45, complaint: 0.35, consult: 0.2 },
      titles: ['反映{community}物业不作为', '{community}物业服务差', '投诉{company}服务质量'],
      contents: [
        '我们{community}的物业公司{company}收了物业费却什么都不管，楼道卫生没人打扫，单元门坏了好几个月也不修，希望有关部门管一管。',
        '{community}物业人员态度很差，找他们报修总是推脱，小区里垃圾堆了好几天没人清，请督促物业整改。',
      ],
      answers: [
        '经街道办事处与社区工作人员现场核查，已约谈{company}负责人，要求其限期清理楼道杂物、维修单元门。物业公司已于{n}日内整改完毕，社区将持续跟进监督。',
      ],
    },
    {
      name: '物业收费',
      weight: 6,
      appealTypes: { consult: 0.6, complaint: 0.35, help: 0.05 },
      titles: ['咨询物业费收费标准', '{community}物业费上涨有异议', '反映{company}乱收费'],
      contents: [
        '我们小区物业费一直是每平方米几毛钱，今年{company}突然通知要涨价，也没开业主大会，请问这样合规吗？',
        '物业说不交物业费就不给办装修手续，还要收停车管理费，我想问一下物业费的收费标准是谁定的？',
      ],
      answers: [
        '已告知市民：普通住宅前期物业服务收费实行政府指导价，调整收费须经业主共同决定，物业企业不得以不交物业费为由限制业主正常办理相关手续。如有违规可向所在区住房和城乡建设局物业管理部门反映。',
      ],
    },
    {
      name: '电梯故障',
      weight: 5,
      appealTypes: { help: 0.8, complaint: 0.2 },
      titles: ['{community}{n}号楼电梯故障', '反映小区电梯经常停运', '{community}电梯困人'],
      contents: [
        '{community}{n}号楼的电梯已经坏了一个星期了，我们住在高层，老人上下楼特别困难，物业一直说等配件，请帮忙催一下。',
        '我们楼的电梯三天两头出故障，前几天还困了人，担心安全问题，希望有关部门检查一下。',
      ],
      answers: [
        '经协调，物业公司已联系电梯维保单位更换故障部件，电梯已恢复运行，区市场监督管理局已督促维保单位加强日常检查。',
      ],
    },
    {
      name: '小区公共设施损坏',
      weight: 5,
      appealTypes: { help: 0.7, complaint: 0.2, suggestion: 0.1 },
      titles: ['{community}路面破损', '反映{community}单元门禁损坏', '{community}健身器材损坏'],
      contents: [
        '{community}里面的路坑坑洼洼好多年了，下雨就积水，老人孩子走路不方便，希望能给修一修。',
        '我们{community}{n}号楼的单元门禁坏了，谁都能进，感觉不安全，找物业说没钱修。',
      ],
      answers: ['社区已协调物业公司对损坏的单元门禁进行维修，目前已恢复正常使用；小区路面维修已列入老旧小区改造计划。'],
    },
  ],
);

const housing = group('城乡建设', '住房保障', { handler: department('市住房和城乡建设局') }, [
  {
    name: '公租房申请',
    weight: 10,
    appealTypes: { consult: 0.9, help: 0.1 },
    titles: ['咨询公租房申请条件', '咨询公租房申请进度', '咨询公租房租赁补贴'],
    contents: [
      '我家是低收入家庭，一直租房住，想问一下申请公租房需要什么条件、准备哪些材料、到哪里去办？',
      '我去年就交了公租房申请材料，到现在也没消息，想问一下现在审核到哪一步了。',
    ],
    answers: [
      '已告知市民：具有本市城镇户籍、家庭收入和住房面积符合标准的家庭可申请公共租赁住房，需携带户口簿、身份证、收入证明等材料向户籍所在街道（乡镇）提出申请，经街道、区住建部门两级审核并公示后轮候配租。',
    ],
  },
  {
    name: '老旧小区改造',
    weight: 5,
    appealTypes: { consult: 0.6, suggestion: 0.25, complaint: 0.15 },
    handler: district('住房和城乡建设局', '街道办事处'),
    titles: ['咨询{community}是否列入老旧小区改造', '{community}改造施工进度慢', '对{community}改造提出建议'],
    contents: [
      '我们{community}是上世纪九十年代的老楼，外墙没保温，下水管道也老化了，想问一下今年有没有改造计划？',
      '{community}改造已经开工好几个月了，路面挖开一直没恢复，出行很不方便，希望加快进度。',
    ],
    answers: [
      '经核实，{community}已列入本年度老旧小区改造计划，改造内容包括外墙保温、管网更新和路面修复，预计年内完工，具体安排以属地街道公示为准。',
    ],
  },
  {
    name: '住房公积金提取',
    weight: 15,
    appealTypes: { consult: 0.95, help: 0.05 },
    handler: department('市住房公积金管理中心'),
    titles: ['咨询住房公积金提取条件', '咨询公积金贷款额度', '咨询异地购房提取公积金'],
    contents: [
      '我想用公积金还房贷，请问需要什么手续，可以每个月自动划转吗？',
      '我在外地买了房子，想问一下盘锦缴存的公积金能不能提取出来，要准备哪些材料？',
    ],
    answers: [
      '已告知市民：购买、建造自住住房，偿还住房贷款本息，支付房租等情形可申请提取住房公积金，可通过住房公积金网上服务大厅、手机APP办理，或携带身份证和相关证明到管理中心服务大厅办理。',
    ],
  },
]);

const construction = group(
  '城乡建设',
  '建筑施工',
  { handler: district('住房和城乡建设局', '城市管理综合行政执法局'), companyKind: 'builder' },
  [
    {
      name: '夜间施工扰民',
      weight: 5,
      appealTypes: { complaint: 0.7, report: 0.2, help: 0.1 },
      titles: ['{road}工地夜间施工扰民', '反映{community}附近工地夜里施工', '{company}夜间施工噪音大'],
      contents: [
        '{community}旁边的工地天天晚上十一二点还在干活，搅拌机声音特别大，根本没法睡觉，请有关部门管一管。',
        '{road}那边的工地凌晨还在打桩，我们住在附近的居民都被吵醒了，不知道有没有夜间施工许可。',
      ],
      answers: ['执法人员已于夜间到场核查，该工地未办理夜间施工许可，已责令立即停止夜间作业并依法处理，后续将加强巡查。'],
    },
    {
      name: '工地扬尘',
      weight: 3,
      appealTypes: { complaint: 0.5, report: 0.4, suggestion: 0.1 },
      titles: ['{road}工地扬尘严重', '反映工地渣土车遗撒', '{community}附近工地未苫盖'],
      contents: [
        '{road}边上的工地土堆都没盖，一刮风满天都是灰，窗户都不敢开，请督促施工单位整改。',
        '每天晚上渣土车从{road}经过，一路撒土，路面全是泥，希望有关部门查一查。',
      ],
      answers: ['经现场检查，该工地裸露土方未完全苫盖，已责令施工单位立即覆盖并对出入车辆进行冲洗，渣土运输车辆已纳入重点检查。'],
    },
  ],
);

const realEstate = group(
  '城乡建设',
  '房地产',
  { handler: department('市住房和城乡建设局'), companyKind: 'developer' },
  [
    {
      name: '商品房延期交付',
      weight: 3,
      appealTypes: { complaint: 0.6, help: 0.3, consult: 0.1 },
      titles: ['反映{company}延期交房', '{community}楼盘逾期未交付', '咨询期房交付时间'],
      contents: [
        '我在{company}开发的{community}买了房子，合同约定去年年底交房，到现在还没交，开发商也不给个准话。',
        '我买的期房一直延期，首付交了，贷款也在还，想问一下有没有部门能管，延期违约金怎么算。',
      ],
      answers: [
        '经住建部门核实，该项目因配套工程未完成验收导致延期交付，已约谈{company}，要求其制定交付计划并按合同约定承担违约责任。',
      ],
    },
    {
      name: '房屋质量问题',
      weight: 3,
      appealTypes: { help: 0.6, complaint: 0.4 },
      titles: ['{community}新房墙体开裂', '反映{community}房屋漏水', '{community}{n}号楼屋顶渗漏'],
      contents: [
        '我家刚交房不到两年，墙面就出现好几道裂缝，找开发商说过了保修期不管，请帮忙协调。',
        '我家在顶楼，一下雨屋顶就漏水，天棚都发霉了，找物业和开发商互相推诿。',
      ],
      answers: ['经协调，开发企业已安排维修人员对屋面防水层进行修补，已完成维修，后续将跟踪雨季使用情况。'],
    },
  ],
);

const water = group('公用事业', '供水', { handler: utility('水务集团') }, [
  {
    name: '停水',
    weight: 10,
    appealTypes: { consult: 0.6, help: 0.35, complaint: 0.05 },
    titles: ['{community}突然停水', '咨询{road}停水原因', '{community}{n}号楼停水未恢复'],
    contents: [
      '我家{community}从早上开始就没水了，也没看到停水通知，请问什么时候能来水？',
      '{road}这一片停水一天了，家里做饭洗漱都没法弄，水务公司电话打不通，请帮忙问一下。',
    ],
    answers: [
      '经与水务集团核实，因{road}供水管线维修，该区域计划停水，预计今日18时前恢复供水，已告知市民。',
      '水务集团已完成管道抢修，该小区已于当日恢复供水。',
    ],
  },
  {
    name: '水质异常',
    weight: 4,
    appealTypes: { help: 0.6, complaint: 0.35, consult: 0.05 },
    titles: ['{community}自来水发黄', '反映自来水有异味', '{community}水质浑浊'],
    contents: [
      '这两天我家自来水放出来是黄的，还有一股铁锈味，不敢喝，请水务部门来检测一下。',
      '{community}好几户反映水里有白色沉淀物，烧开以后更明显，担心水质有问题。',
    ],
    answers: [
      '水务集团工作人员已上门取样检测，各项指标符合《生活饮用水卫生标准》，水色发黄系管网维修后短暂浑浊所致，已对该区域管网进行冲洗，水质恢复正常。',
    ],
  },
  {
    name: '水压不足',
    weight: 4,
    appealTypes: { help: 0.7, complaint: 0.3 },
    titles: ['{community}高层水压低', '反映{community}{n}号楼水流小', '{community}用水高峰期没水'],
    contents: [
      '我家住在{community}{n}号楼六楼，每天早晚用水高峰的时候水流特别小，热水器都打不着火。',
      '我们小区高楼层水压一直不够，二次供水设备好像坏了，物业也不给修。',
    ],
    answers: ['经现场检查，该小区二次供水加压泵故障，水务集团已协调物业维修更换，目前高层水压恢复正常。'],
  },
  {
    name: '水费缴纳',
    weight: 12.5,
    appealTypes: { consult: 0.85, complaint: 0.1, help: 0.05 },
    titles: ['咨询水费缴纳方式', '咨询阶梯水价标准', '反映水费异常偏高'],
    contents: [
      '我想问一下现在水费在哪能交，手机上能不能交，需要户号吗？',
      '我家这个月水费比平时多了一倍多，家里也没漏水，怀疑水表有问题。',
    ],
    answers: [
      '已告知市民：水费可通过水务集团营业厅、微信公众号、支付宝生活缴费等渠道缴纳，需提供用户编号（见缴费单据）；对水量有异议的可申请水表校验。',
    ],
  },
]);

const gas = group('公用事业', '燃气', { handler: utility('国华燃气有限公司') }, [
  {
    name: '燃气泄漏报修',
    weight: 4,
    appealTypes: { help: 0.95, report: 0.05 },
    titles: ['{community}楼道有燃气味', '反映家中燃气泄漏', '{community}{n}号楼疑似燃气泄漏'],
    contents: [
      '我刚进单元门就闻到很大一股煤气味，不知道是谁家漏气，请赶紧派人来查一下。',
      '我家厨房燃气表附近有味道，已经关了阀门开了窗，请燃气公司尽快来人检查。',
    ],
    answers: ['已第一时间转燃气公司抢修热线，抢修人员到场后检测发现燃气表前接头松动漏气，已紧固处理，复检无泄漏。'],
  },
  {
    name: '燃气缴费',
    weight: 15,
    appealTypes: { consult: 0.9, help: 0.1 },
    titles: ['咨询燃气费缴纳方式', '咨询燃气卡充值', '反映燃气费扣费异常'],
    contents: [
      '我家燃气卡里没钱了，想问一下除了营业厅还能在哪里充值？',
      '我交了燃气费，可是表里一直没有显示，已经停气了，请帮忙查一下。',
    ],
    answers: ['已告知市民：燃气费可通过燃气公司营业厅、微信公众号或指定银行网点缴纳；IC卡表充值后需插卡写入表内方可使用。'],
  },
  {
    name: '燃气开通与改装',
    weight: 10,
    appealTypes: { consult: 0.8, help: 0.2 },
    titles: ['咨询新房燃气开通', '咨询燃气管道改装', '{community}燃气入户安装进度'],
    contents: [
      '我家新房子刚交房，想开通燃气，请问需要带什么材料，多长时间能通气？',
      '我家装修想把燃气管道挪个位置，可以自己找人改吗，燃气公司收费标准是多少？',
    ],
    answers: [
      '已告知市民：新房开通燃气需携带房屋产权证明和户主身份证到燃气公司营业厅办理，燃气管道改装须由燃气公司专业人员施工，严禁私自改装。',
    ],
  },
]);

const power = group('公用事业', '供电', { handler: utility('国网盘锦供电公司') }, [
  {
    name: '停电',
    weight: 8,
    appealTypes: { consult: 0.55, help: 0.4, complaint: 0.05 },
    titles: ['{community}突然停电', '咨询{road}停电原因', '{community}频繁停电'],
    contents: [
      '{community}这一片突然停电了，也没通知，冰箱里的东西都要坏了，请问什么时候能来电？',
      '我们这几天已经停了好几次电了，电器都不敢用，希望供电公司查查原因。',
    ],
    answers: [
      '经与国网盘锦供电公司核实，因{road}线路故障造成停电，抢修人员已到场处理，已于当日恢复供电。',
      '已告知市民：该区域为计划检修停电，停电时间已提前公告，预计当日17时恢复供电。',
    ],
  },
  {
    name: '电费电价',
    weight: 10,
    appealTypes: { consult: 0.85, complaint: 0.15 },
    titles: ['咨询阶梯电价标准', '反映电费突然增多', '咨询电费缴纳方式'],
    contents: [
      '我家这个月电费比平时多了好几十，家里用电也没变化，想问问是怎么计算的。',
      '我想问一下居民阶梯电价是怎么分档的，冬天用电暖气会不会特别贵？',
    ],
    answers: ['已告知市民：居民生活用电实行阶梯电价，按年度累计用电量分档计费；可通过“网上国网”APP查询用电明细和缴纳电费。'],
  },
  {
    name: '电力设施隐患',
    weight: 3,
    appealTypes: { help: 0.6, report: 0.3, suggestion: 0.1 },
    titles: ['{road}电线杆倾斜', '反映{community}电线老化', '{road}变压器有异响'],
    contents: [
      '{road}边上有根电线杆歪得厉害，电线都耷拉下来了，行人从下面过很危险。',
      '{community}楼外的电线又乱又旧，有的地方皮都破了，担心下雨漏电。',
    ],
    answers: ['供电公司已派人现场勘查，对倾斜电杆进行了扶正加固，并整理了下垂导线，隐患已消除。'],
  },
]);

const telecom = group(
  '公用事业',
  '通信',
  { handler: utility('中国移动盘锦分公司', '中国联通盘锦分公司', '中国电信盘锦分公司') },
  [
    {
      name: '网络信号差',
      weight: 3,
      appealTypes: { help: 0.5, complaint: 0.5 },
      titles: ['{community}手机信号差', '反映{street}附近没有信号', '{community}网络信号弱'],
      contents: [
        '我家住在{community}，在屋里手机信号只有一格，打电话经常断，希望运营商能加个基站。',
        '{street}这边的手机网络特别慢，刷个网页都打不开，已经好长时间了。',
      ],
      answers: ['运营商已安排工程师现场测试，确认该区域信号覆盖较弱，已将该点位纳入基站优化计划，近期先通过调整天线角度改善覆盖。'],
    },
    {
      name: '宽带故障',
      weight: 3,
      appealTypes: { help: 0.7, complaint: 0.3 },
      titles: ['家中宽带无法上网', '{community}宽带报修没人来', '反映宽带网速慢'],
      contents: [
        '我家宽带从前天就上不去网了，报修了两次也没人来修，孩子还要上网课。',
        '办的是一百兆的宽带，实际测速才十几兆，打客服也解决不了。',
      ],
      answers: ['运营商维修人员已上门检修，更换了损坏的光猫，网络恢复正常，市民表示满意。'],
    },
    {
      name: '话费争议',
      weight: 2,
      appealTypes: { complaint: 0.6, consult: 0.4 },
      titles: ['反映话费被乱扣', '手机套餐被变更', '咨询销户退费'],
      contents: [
        '我手机每个月都被扣了一笔增值业务费，我根本没订过，想要退回来。',
        '营业厅的人给我改了套餐，没跟我说清楚，现在每个月多扣三十多块钱。',
      ],
      answers: ['经运营商核实，该增值业务为误订，已为市民办理退订并退还相关费用。'],
    },
  ],
);

const CITY_ENFORCEMENT = district('城市管理综合行政执法局', '街道办事处');

const cityscape = group('城市管理', '市容环境', { handler: CITY_ENFORCEMENT }, [
  {
    name: '占道经营',
    weight: 4,
    appealTypes: { report: 0.5, complaint: 0.4, suggestion: 0.1 },
    titles: ['{road}占道经营', '反映{community}门口早市占道', '{road}商户占用人行道'],
    contents: [
      '{road}两边好多摊贩把摊子摆到路上，早晚高峰车都过不去，还特别脏乱。',
      '{community}门口的早市占了整条路，小区车辆进出不了，消防通道也被堵了。',
    ],
    answers: ['城市管理综合行政执法人员已到现场进行劝导，对占道摊点予以清理，引导商贩进入规定市场经营，并将该路段列入重点巡查范围。'],
  },
  {
    name: '垃圾清运不及时',
    weight: 6,
    appealTypes: { help: 0.65, complaint: 0.3, suggestion: 0.05 },
    handler: district('环境卫生', '城市管理综合行政执法局', '街道办事处'),
    titles: ['{community}垃圾无人清运', '反映{road}垃圾箱满溢', '{community}建筑垃圾堆放'],
    contents: [
      '{community}里面的垃圾箱已经满了好几天了，没人来拉，味道特别大。',
      '{road}路边堆了一大堆装修垃圾，一直没人清理，晚上走路都看不清。',
    ],
    answers: ['环卫部门已安排车辆对该处垃圾进行清运，并调整清运频次为每日两次，属地社区将加强日常巡查。'],
  },
  {
    name: '道路积雪清理',
    weight: 3,
    appealTypes: { help: 0.6, complaint: 0.3, suggestion: 0.1 },
    // Snow and ice on the roads from December to early March.
    season: { months: [12, 1, 2, 3], factor: 4 },
    titles: ['{road}积雪未清理', '反映{community}门前积雪结冰', '{road}人行道结冰路滑'],
    contents: [
      '前两天下的雪到现在{road}上还没清，路面结了一层冰，好几个人都摔倒了。',
      '{community}门口的坡道全是冰，老人出门特别危险，希望能撒点融雪剂。',
    ],
    answers: ['环卫部门已组织人员和机械对该路段积雪进行清理，并在坡道处撒布防滑料。'],
  },
]);

const noise = group('城市管理', '噪音扰民', { handler: CITY_ENFORCEMENT }, [
  {
    name: '商业噪音',
    weight: 4,
    appealTypes: { complaint: 0.7, report: 0.3 },
    companyKind: 'restaurant',
    titles: ['{road}商铺大声放音乐', '反映{community}楼下饭店噪音', '{company}营业噪音扰民'],
    contents: [
      '{road}的几家店门口天天用大喇叭搞促销，从早到晚吵个不停，附近居民都受不了。',
      '我家楼下的{company}晚上营业到后半夜，风机和客人吵闹声特别大，严重影响休息。',
    ],
    answers: ['执法人员已到现场对商户进行教育，要求其停止使用高音喇叭招揽顾客、控制营业噪声，商户已整改。'],
  },
  {
    name: '广场舞噪音',
    weight: 3,
    appealTypes: { complaint: 0.7, suggestion: 0.2, help: 0.1 },
    titles: ['{community}广场舞音响声音大', '反映{road}广场晚上噪音', '建议规范广场舞时间'],
    contents: [
      '{community}旁边的小广场每天晚上跳广场舞，音响开得特别大，一直跳到九点多，家里孩子没法学习。',
      '希望有关部门规定一下广场舞的时间和音量，早上六点就开始放音乐实在太吵了。',
    ],
    answers: ['社区工作人员已与广场舞组织者沟通，约定活动时间为晚上19时至20时30分，并控制音响音量，双方均表示认可。'],
  },
  {
    name: '装修噪音',
    weight: 3,
    appealTypes: { complaint: 0.6, help: 0.3, consult: 0.1 },
    titles: ['{community}邻居装修噪音', '反映{community}{n}号楼周末装修', '咨询装修施工时间规定'],
    contents: [
      '我家楼上在装修，中午和周末都在砸墙打钻，物业说管不了，请问装修有时间规定吗？',
      '{community}{n}号楼有户人家装修，天天早上七点不到就开始施工，家里老人身体不好受不了。',
    ],
    answers: ['已告知市民：住宅装修应避开午休和夜间时段，具体时间以小区管理规约为准；物业已上门对装修户进行提醒，要求其按规定时间施工。'],
  },
]);

const municipal = group(
  '城市管理',
  '市政设施',
  { handler: district('市政设施', '城市管理综合行政执法局', '住房和城乡建设局') },
  [
    {
      name: '路灯不亮',
      weight: 4,
      appealTypes: { help: 0.9, suggestion: 0.1 },
      titles: ['{road}路灯不亮', '反映{road}一段路灯损坏', '{community}门前路灯不亮'],
      contents: ['{road}有好几盏路灯都不亮了，晚上黑乎乎的，骑车走路都不安全。', '{community}门口那段路的路灯坏了一个多月了，一直没人修。'],
      answers: ['路灯维护单位已对该路段进行检修，更换损坏灯具{n}套，路灯恢复正常照明。'],
    },
    {
      name: '井盖缺失破损',
      weight: 3,
      appealTypes: { help: 0.8, report: 0.2 },
      titles: ['{road}井盖缺失', '反映{community}门口井盖破损', '{road}井盖松动有响声'],
      contents: ['{road}人行道上有个井盖没了，就用一个破筐挡着，晚上很容易掉下去。', '{community}门口的井盖碎了一半，车一压就响，很危险。'],
      answers: ['经核实该井盖属市政排水设施，维护单位已于当日更换新井盖，安全隐患已消除。'],
    },
    {
      name: '下水道堵塞',
      weight: 5,
      appealTypes: { help: 0.85, complaint: 0.15 },
      titles: ['{community}下水道堵塞', '反映{road}雨水井堵塞', '{community}{n}号楼污水外溢'],
      contents: ['{community}{n}号楼的下水道堵了，污水都从井口冒出来了，满院子臭味。', '一下雨{road}就积水，雨水井好像都堵死了，希望能来清掏一下。'],
      answers: ['维护单位已安排疏通车对该处管道进行清掏，排水恢复通畅。'],
    },
  ],
);

const greenery = group('城市管理', '园林绿化', { handler: CITY_ENFORCEMENT }, [
  {
    name: '树木修剪',
    weight: 3,
    appealTypes: { help: 0.6, suggestion: 0.4 },
    titles: ['{community}树木遮挡采光', '建议修剪{road}行道树', '反映{community}树木枝干折断'],
    contents: [
      '{community}{n}号楼前的树长得比楼还高，挡住了阳光，屋里一整天都见不到太阳，希望修剪一下。',
      '{road}边的一棵大树树枝断了挂在上面，随时可能掉下来砸到人。',
    ],
    answers: ['园林部门已安排人员对该处树木进行修剪，并清除了断枝，隐患已消除。'],
  },
]);

const illegalBuilding = group('城市管理', '违法建设', { handler: CITY_ENFORCEMENT }, [
  {
    name: '私搭乱建',
    weight: 3,
    appealTypes: { report: 0.8, complaint: 0.2 },
    titles: ['{community}有人私搭乱建', '举报{community}一楼违建', '{community}楼顶违章建筑'],
    contents: [
      '{community}{n}号楼一楼住户把院子扩出去盖了个小房，占了公共绿地，请执法部门查处。',
      '我们楼顶有人搭了个彩钢房，担心楼顶承重有问题，也影响顶楼住户。',
    ],
    answers: ['执法人员已现场核实，该建筑未取得规划许可，属违法建设，已下达限期拆除通知书，当事人已自行拆除。'],
  },
  {
    name: '占用公共空间',
    weight: 2,
    appealTypes: { report: 0.6, complaint: 0.4 },
    titles: ['{community}楼道堆放杂物', '反映{community}地锁占用车位', '{community}私占公共绿地种菜'],
    contents: [
      '{community}有户人家在楼道里堆满了纸箱杂物，还停了电动车，一旦着火后果不堪设想。',
      '小区公共区域被人装了好多地锁，别人都停不了车，物业也不管。',
    ],
    answers: ['社区联合物业已对楼道杂物进行清理，并对私装地锁进行拆除，同时开展消防安全宣传。'],
  },
]);

export const URBAN_CATEGORIES: readonly DemoCategory[] = [
  ...heating,
  ...property,
  ...housing,
  ...construction,
  ...realEstate,
  ...water,
  ...gas,
  ...power,
  ...telecom,
  ...cityscape,
  ...noise,
  ...municipal,
  ...greenery,
  ...illegalBuilding,
];
