/** 交通运输 and 公安管理: buses and taxis, roads, household registration, ID cards, public order. */
import { department, district, group, utility, type DemoCategory } from '../category-types.ts';

const bus = group('交通运输', '公交', { handler: utility('客运公交集团有限公司') }, [
  {
    name: '公交线路咨询',
    weight: 20,
    appealTypes: { consult: 0.9, suggestion: 0.1 },
    titles: ['咨询{n}路公交车运营时间', '咨询到{road}乘坐哪路公交', '咨询公交线路调整'],
    contents: ['我想问一下{n}路公交车早上几点发车，末班车是几点？', '我从{community}去市中心医院，请问坐哪路公交车最方便？'],
    answers: ['已告知市民：{n}路公交车首班6:00发车，发车间隔约10分钟，冬季末班车时间以客运公交集团公告为准。'],
  },
  {
    name: '公交服务态度',
    weight: 3,
    appealTypes: { complaint: 0.8, praise: 0.1, report: 0.1 },
    titles: ['投诉{n}路公交车司机态度差', '反映{n}路公交车不停站', '表扬{n}路公交车司机'],
    contents: [
      '我今天坐{n}路公交车，司机开车特别猛，急刹车好几次，老人差点摔倒，说他两句还骂人。',
      '我在{road}站等{n}路车，车明明看到有人招手也不停，直接开过去了。',
      '我把钱包落在{n}路车上了，司机师傅捡到后一直等我来取，钱一分没少，想表扬一下这位师傅。',
    ],
    answers: ['客运公交集团已调取车载监控核实，对涉事驾驶员进行批评教育并按规定处理，并向市民致歉。'],
  },
  {
    name: '线路站点调整建议',
    weight: 3,
    appealTypes: { suggestion: 0.8, consult: 0.2 },
    titles: ['建议{community}附近增设公交站点', '建议延长{n}路公交线路', '建议加密{n}路公交班次'],
    contents: [
      '{community}是新建的大小区，住了好几千人，附近一个公交站都没有，建议增设站点。',
      '{n}路公交车早高峰的时候太挤了，等一趟要二十多分钟，建议增加班次。',
    ],
    answers: ['客运公交集团已将该建议纳入线网优化方案进行研究，将结合客流调查情况统筹安排，感谢市民的建议。'],
  },
  {
    name: '公交车不按时发车',
    weight: 3,
    appealTypes: { complaint: 0.8, help: 0.2 },
    titles: ['{n}路公交车等车时间过长', '反映{n}路末班车提前收车', '{n}路公交车到站不准'],
    contents: [
      '我在{road}站等{n}路车等了四十多分钟一辆都没来，天这么冷，太耽误事了。',
      '{n}路末班车应该是晚上六点半，结果六点多就没车了，好几次都没赶上。',
    ],
    answers: ['经核实，当日因道路积雪车辆晚点，客运公交集团已要求该线路严格执行发车时刻表，并通过电子站牌及时发布车辆到站信息。'],
  },
]);

const taxi = group('交通运输', '出租车', { handler: department('市交通运输局') }, [
  {
    name: '出租车拒载绕路',
    weight: 3,
    appealTypes: { complaint: 0.7, report: 0.3 },
    titles: ['投诉出租车拒载', '反映出租车绕路多收费', '投诉出租车不打表'],
    contents: [
      '我在{road}打了一辆出租车，司机听说去{street}就不拉了，车牌号我记下来了。',
      '我从盘锦站打车到{community}，平时十几块钱，这次司机绕了一大圈收了三十多。',
    ],
    answers: ['交通运输部门已根据车牌号调查核实，对驾驶员拒载行为依法处罚，并责令其向乘客致歉。'],
  },
  {
    name: '乘车物品遗失',
    weight: 3,
    appealTypes: { help: 1 },
    titles: ['乘坐出租车遗失手机', '出租车上遗落物品', '乘坐{n}路公交遗失钱包'],
    contents: [
      '我刚才在{road}下的出租车，手机落在车上了，没要发票，不知道车牌号，请帮忙找一下。',
      '我坐{n}路公交车把包忘在座位上了，里面有身份证和银行卡，麻烦帮忙联系一下。',
    ],
    answers: ['交通运输部门通过出租车监控平台查找，已联系到驾驶员，物品已归还失主。'],
  },
]);

const roads = group('交通运输', '道路养护', { handler: department('市交通运输局') }, [
  {
    name: '道路破损',
    weight: 4,
    appealTypes: { help: 0.6, complaint: 0.3, suggestion: 0.1 },
    titles: ['{road}路面坑洼', '反映{road}道路破损', '{road}路面开裂'],
    contents: ['{road}路面好多大坑，晚上开车根本看不清，已经好几辆车爆胎了。', '{road}这条路修了不到两年就开裂了，到处都是坑。'],
    answers: ['道路养护单位已对该路段坑槽进行修补，冬季采用冷补料临时处理，待气温回升后进行彻底修复。'],
  },
  {
    name: '农村道路维修',
    weight: 2,
    appealTypes: { help: 0.5, suggestion: 0.5 },
    handler: district('交通运输局', '镇政府'),
    titles: ['{community}村路损坏严重', '建议硬化{community}村道', '{street}乡村道路需维修'],
    contents: [
      '我们{community}到镇上的水泥路都压坏了，拉粮车一过全是土，下雨根本没法走。',
      '{street}{community}里面还有一段土路没有硬化，希望能列入修路计划。',
    ],
    answers: ['经镇政府核实，该路段已列入本年度农村公路养护计划，待天气转暖后开工修复。'],
  },
]);

const coach = group('交通运输', '客运', { handler: department('市交通运输局') }, [
  {
    name: '长途客运班次',
    weight: 7.5,
    appealTypes: { consult: 0.9, help: 0.1 },
    titles: ['咨询盘锦到沈阳客车班次', '咨询客运站发车时间', '咨询客运班线恢复情况'],
    contents: [
      '我想问一下从盘锦客运站到沈阳的大客车现在几点有车，票价多少？',
      '以前{street}到市里有班车，最近好像停了，想问一下什么时候恢复。',
    ],
    answers: ['已告知市民：盘锦客运站至沈阳班车每日多班次发车，具体班次和票价可拨打客运站电话或通过购票平台查询。'],
  },
]);

const POLICE = department('市公安局');

const household = group('公安管理', '户籍', { handler: POLICE }, [
  {
    name: '户口迁移',
    weight: 20,
    appealTypes: { consult: 0.95, help: 0.05 },
    titles: ['咨询户口迁入盘锦的条件', '咨询户口迁移办理流程', '咨询投靠子女落户'],
    contents: [
      '我在盘锦买了房子，想把户口从外地迁过来，请问需要什么材料，到哪里办？',
      '我父母年纪大了想把户口迁到我这里，投靠子女落户有什么条件？',
    ],
    answers: [
      '已告知市民：在本市城镇有合法稳定住所的，可携带居民户口簿、居民身份证、房屋产权证明到住所地派出所户籍窗口申请落户，户口迁移已实行跨省“一站式”办理，无需再回迁出地开具准迁证。',
    ],
  },
  {
    name: '新生儿落户',
    weight: 10,
    appealTypes: { consult: 0.95, help: 0.05 },
    titles: ['咨询新生儿落户所需材料', '咨询新生儿随母落户', '咨询新生儿网上落户'],
    contents: ['我家孩子刚出生，想问一下上户口需要带什么材料，出生多长时间内要办？', '孩子爸爸户口在外地，孩子能不能落在妈妈这边，要去哪个派出所？'],
    answers: [
      '已告知市民：新生儿落户需携带《出生医学证明》、父母双方户口簿、身份证和结婚证，到父亲或母亲户口所在地派出所办理，也可通过“辽事通”APP申请网上办理。',
    ],
  },
  {
    name: '户籍证明开具',
    weight: 7.5,
    appealTypes: { consult: 0.8, help: 0.2 },
    titles: ['咨询开具无犯罪记录证明', '咨询户籍注销证明', '咨询亲属关系证明开具'],
    contents: ['我要出国工作，需要开无犯罪记录证明，请问在哪里开，要多长时间？', '单位让我开一个亲属关系证明，派出所说开不了，请问应该去哪里开？'],
    answers: ['已告知市民：无犯罪记录证明可到户籍地或居住地派出所申请，也可通过“辽事通”APP在线申请，符合条件的一般当场出具。'],
  },
]);

const identity = group('公安管理', '身份证件', { handler: POLICE }, [
  {
    name: '身份证办理',
    weight: 15,
    appealTypes: { consult: 0.95, help: 0.05 },
    titles: ['咨询身份证补办', '咨询身份证异地换领', '咨询身份证办理进度'],
    contents: ['我身份证丢了，明天还要坐火车，请问怎么补办，能不能先开临时身份证？', '我户口不在盘锦，身份证快到期了，能在盘锦换吗？'],
    answers: [
      '已告知市民：居民身份证可在全国范围内异地申领、换领、补领，携带户口簿到就近派出所户籍窗口办理；急需乘车的可到火车站公安制证窗口办理临时乘车身份证明。',
    ],
  },
  {
    name: '居住证办理',
    weight: 5,
    appealTypes: { consult: 1 },
    titles: ['咨询居住证办理条件', '咨询居住证签注', '咨询居住证能享受哪些服务'],
    contents: ['我是外地人在盘锦打工，想给孩子在这边上学，听说需要办居住证，请问怎么办？', '我居住证快到期了，签注需要本人去吗？'],
    answers: [
      '已告知市民：在本市居住半年以上，有合法稳定就业、住所或连续就读的，可携带身份证、居住证明到居住地派出所申领居住证，居住证每年签注一次。',
    ],
  },
  {
    name: '出入境证件',
    weight: 10,
    appealTypes: { consult: 1 },
    // 2023-01-08 出入境 resumed: passport and travel-permit questions peaked in the first quarter.
    season: { months: [1, 2, 3], factor: 2 },
    titles: ['咨询护照办理', '咨询港澳通行证签注', '咨询出入境证件办理时间'],
    contents: ['现在出境游恢复了，我想办个护照，请问在哪里办，要多长时间能拿到？', '我想去香港，港澳通行证过期了，请问需要带什么材料？'],
    answers: ['已告知市民：普通护照、往来港澳通行证可携带身份证到市公安局出入境接待大厅办理，全国通办，自受理之日起7个工作日内审批签发。'],
  },
]);

const publicOrder = group('公安管理', '治安', { handler: POLICE }, [
  {
    name: '治安纠纷',
    weight: 3,
    appealTypes: { help: 0.6, report: 0.3, complaint: 0.1 },
    titles: ['{community}邻里纠纷', '反映{community}有人寻衅滋事', '{road}有人醉酒闹事'],
    contents: [
      '我和楼上邻居因为漏水的事吵起来了，他们还动手推我，想请派出所来处理一下。',
      '{community}这几天晚上总有几个人喝完酒在楼下大声吵闹，还砸东西，居民都很害怕。',
    ],
    answers: ['属地派出所已出警处置，对双方进行调解，双方达成和解；对醉酒闹事人员进行批评教育。'],
  },
  {
    name: '电信诈骗',
    weight: 2,
    appealTypes: { help: 0.6, report: 0.3, consult: 0.1 },
    titles: ['反映接到诈骗电话', '咨询被网络诈骗如何处理', '举报冒充客服诈骗'],
    contents: [
      '我刚接到一个电话说是快递理赔，让我下载个软件操作，我觉得不对劲，想问一下是不是骗子。',
      '我在网上刷单被骗了两千多块钱，对方现在联系不上了，应该去哪里报案？',
    ],
    answers: [
      '已提示市民：凡是要求下载陌生软件、转账到“安全账户”的均为诈骗；如已被骗请立即拨打110报警或到就近派出所报案，并保存好转账记录和聊天记录。',
    ],
  },
]);

const traffic = group('公安管理', '交通管理', { handler: POLICE }, [
  {
    name: '违章停车',
    weight: 6,
    appealTypes: { report: 0.6, complaint: 0.3, help: 0.1 },
    titles: ['{road}车辆乱停乱放', '反映{community}门口车辆堵路', '{road}人行道被占用停车'],
    contents: [
      '{road}两边每天停满了车，把一条车道都占了，早晚高峰堵得特别厉害。',
      '{community}门口有辆车停在消防通道上好几天了，挡着大门，打电话也找不到车主。',
    ],
    answers: ['交警部门已安排警力到场，对违法停放车辆进行贴单处罚，并联系车主挪车，同时将该路段纳入日常巡查。'],
  },
  {
    name: '驾驶证业务',
    weight: 12.5,
    appealTypes: { consult: 0.95, help: 0.05 },
    titles: ['咨询驾驶证到期换证', '咨询驾驶证补领', '咨询驾驶证体检'],
    contents: ['我的驾驶证下个月就到期了，请问换证需要带什么，能在网上办吗？', '我驾驶证丢了，外地的驾驶证能在盘锦补吗？'],
    answers: [
      '已告知市民：驾驶证期满换证可通过“交管12123”APP在线办理，需先完成体检；也可携带身份证、驾驶证和体检证明到车管所或交警服务站办理，驾驶证补领全国通办。',
    ],
  },
  {
    name: '交通违法处理',
    weight: 10,
    appealTypes: { consult: 0.8, complaint: 0.2 },
    titles: ['咨询交通违法处理', '对电子警察抓拍有异议', '咨询异地违章处理'],
    contents: ['我的车在{road}被拍了违章，我觉得那里的标线不清楚，想申请复核。', '我在外地被拍了违章，能不能在盘锦处理，罚款在哪交？'],
    answers: [
      '已告知市民：交通违法可通过“交管12123”APP或到交警部门违法处理窗口办理，全国联网可异地处理；对电子监控记录有异议的，可在APP中提交复核申请。',
    ],
  },
]);

export const TRANSPORT_ORDER_CATEGORIES: readonly DemoCategory[] = [
  ...bus,
  ...taxi,
  ...roads,
  ...coach,
  ...household,
  ...identity,
  ...publicOrder,
  ...traffic,
];
