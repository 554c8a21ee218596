/** 市场监管, 生态环境, 邮政快递, 税务, 自然资源 and 农业农村. */
import { department, district, group, type DemoCategory } from '../category-types.ts';

const MARKET = department('市市场监督管理局');

const consumer = group('市场监管', '消费纠纷', { handler: MARKET, companyKind: 'shop' }, [
  {
    name: '商品质量',
    weight: 4,
    appealTypes: { complaint: 0.8, help: 0.2 },
    titles: ['投诉{company}销售质量问题商品', '反映{company}不给退换货', '反映购买的家电存在质量问题'],
    contents: ['我在{company}买了一台冰箱，用了不到一个月就不制冷了，商家说只能修不能换。', '我在{company}买的羽绒服穿了两次就跑绒，要求退货，商家不同意。'],
    answers: ['市场监管部门已组织调解，商家同意为消费者更换同型号商品，消费者表示满意。'],
  },
  {
    name: '预付卡退费',
    weight: 3,
    appealTypes: { complaint: 0.7, help: 0.3 },
    titles: ['反映{company}办卡后关门', '{company}预付卡无法退费', '投诉{company}会员卡退费难'],
    contents: ['我在{company}办了一张两千块钱的会员卡，才用了几次店就关了，老板电话也不接。', '我在{company}办的年卡，因为搬家想退卡，店家只同意退一小部分。'],
    answers: ['市场监管部门已联系经营者进行调解，经营者同意按剩余金额退还消费者，已退款。'],
  },
  {
    name: '网购纠纷',
    weight: 2,
    appealTypes: { complaint: 0.6, help: 0.4 },
    titles: ['网购商品与描述不符', '反映网店拒绝七天无理由退货', '网购商品迟迟不发货'],
    contents: ['我在网上买了一件衣服，收到的跟图片上完全不一样，商家不给退，说是特价商品。', '网店是盘锦本地的，付了款十几天不发货，客服也不回复。'],
    answers: [
      '已告知市民：网购商品享有七天无理由退货权利（特殊商品除外），可通过全国12315平台在线投诉；经营者在本市的，市场监管部门已联系其协商处理。',
    ],
  },
]);

const food = group('市场监管', '食品安全', { handler: MARKET }, [
  {
    name: '食品过期变质',
    weight: 3,
    appealTypes: { report: 0.6, complaint: 0.4 },
    companyKind: 'shop',
    titles: ['举报{company}销售过期食品', '反映买到变质食品', '举报{road}小超市出售过期商品'],
    contents: ['我在{company}买了一袋牛奶，回家一看已经过期五天了，喝了一口才发现。', '{road}有个小超市货架上好多过期的零食，小孩子常去买，希望管一管。'],
    answers: ['市场监管执法人员已到该超市现场检查，查扣过期食品若干，已依法立案查处，并责令商家向消费者退赔。'],
  },
  {
    name: '餐饮卫生',
    weight: 2,
    appealTypes: { report: 0.5, complaint: 0.5 },
    companyKind: 'restaurant',
    titles: ['反映{company}卫生条件差', '举报{road}饭店后厨脏乱', '反映在{company}就餐后腹泻'],
    contents: ['我在{company}吃完饭，一家三口晚上都拉肚子，怀疑是饭菜不干净。', '{road}那家饭店的后厨直接对着街，地上全是油污，苍蝇乱飞。'],
    answers: ['市场监管部门已对该餐饮单位进行检查，发现后厨环境卫生不符合要求，已责令停业整改并依法处理。'],
  },
]);

const prices = group('市场监管', '价格监管', { handler: MARKET, companyKind: 'shop' }, [
  {
    name: '乱收费',
    weight: 2,
    appealTypes: { report: 0.5, complaint: 0.5 },
    titles: ['反映{company}价格欺诈', '举报{road}停车场乱收费', '反映商家不明码标价'],
    contents: ['我在{company}买东西，标签上写的价格和结账时不一样，多收了我好几十。', '{road}路边停车场收费没有公示，停了一个小时就收二十块钱。'],
    answers: ['市场监管部门已对经营者进行检查，责令其规范明码标价并退还多收款项，已依法予以处理。'],
  },
  {
    name: '药品价格',
    weight: 2,
    appealTypes: { complaint: 0.6, consult: 0.4 },
    // Fever medicine prices spiked with the winter 2022–23 wave.
    season: { months: [1], factor: 2 },
    titles: ['反映{company}退烧药价格过高', '反映药店抗原哄抬价格', '咨询药品价格监管'],
    contents: ['{company}一盒布洛芬卖到五十多块，平时才十几块，这不是哄抬物价吗？', '药店的抗原检测试剂一天一个价，请问有没有部门管？'],
    answers: ['市场监管部门已对该药店开展价格检查，责令其按规定明码标价、不得哄抬价格，并依法立案调查。'],
  },
]);

const licences = group('市场监管', '证照办理', { handler: MARKET }, [
  {
    name: '营业执照办理',
    weight: 7.5,
    appealTypes: { consult: 0.95, help: 0.05 },
    titles: ['咨询个体户营业执照办理', '咨询营业执照变更', '咨询公司注销流程'],
    contents: ['我想在{road}开个小饭店，请问办营业执照需要什么材料，能在网上办吗？', '我的公司不想干了，想注销，请问流程是什么样的？'],
    answers: [
      '已告知市民：营业执照可通过辽宁省企业开办“一网通办”平台网上申请，或到市政务服务中心市场监管窗口办理；个体工商户需提供经营者身份证明和经营场所证明。',
    ],
  },
]);

const ENVIRONMENT = department('市生态环境局');

const air = group('生态环境', '大气污染', { handler: ENVIRONMENT }, [
  {
    name: '企业废气排放',
    weight: 2,
    appealTypes: { report: 0.8, complaint: 0.2 },
    companyKind: 'employer',
    titles: ['举报{company}夜间偷排废气', '反映{street}有工厂冒黑烟', '{road}附近有刺鼻气味'],
    contents: ['{street}那边有个工厂每天晚上都往外冒黑烟，味道很呛，窗户都不敢开。', '最近{road}附近总有一股刺鼻的化工味，怀疑是哪个企业在偷排。'],
    answers: ['生态环境执法人员已对该企业进行突击检查，发现其废气治理设施未正常运行，已责令立即整改并依法立案处罚。'],
  },
  {
    name: '餐饮油烟',
    weight: 2,
    appealTypes: { complaint: 0.7, report: 0.3 },
    companyKind: 'restaurant',
    titles: ['{company}油烟扰民', '反映{community}楼下烧烤店油烟大', '{road}餐馆排烟口对着居民楼'],
    contents: ['我家楼下开了个烧烤店{company}，油烟直接排到楼上，家里窗户都是油。', '{community}楼下饭店的排烟管道直接对着我家窗户，根本不敢开窗。'],
    answers: ['执法人员已现场检查，该餐饮单位未安装油烟净化设施，已责令限期安装并规范排放，复查时已整改完毕。'],
  },
  {
    name: '露天焚烧',
    weight: 1,
    appealTypes: { report: 0.8, complaint: 0.2 },
    handler: district('镇政府', '城市管理综合行政执法局', '生态环境局'),
    // Straw is burnt after the harvest and before spring ploughing.
    season: { months: [3, 4, 10, 11], factor: 3 },
    titles: ['{community}附近有人焚烧秸秆', '反映{road}边焚烧垃圾', '举报露天焚烧'],
    contents: ['{community}外面的地里有人烧秸秆，烟特别大，整个村子都被熏着了。', '{road}边上有人在烧垃圾，黑烟滚滚，味道很难闻。'],
    answers: ['属地镇政府已派人赶赴现场扑灭火点，对焚烧人员进行批评教育，并加强秸秆禁烧巡查。'],
  },
]);

const water = group('生态环境', '水污染', { handler: ENVIRONMENT }, [
  {
    name: '污水排放',
    weight: 1,
    appealTypes: { report: 0.8, complaint: 0.2 },
    titles: ['举报企业向河道排污', '反映{road}附近排水沟有黑水', '{community}附近河水发臭'],
    contents: ['{road}边上的排水沟最近一直流黑水，还有泡沫，味道很臭，怀疑是附近企业排的。', '我们{community}旁边的小河这一段时间颜色发黑，鱼都死了不少。'],
    answers: ['生态环境部门已对该排水口取样监测，并对周边企业进行排查，已查明排污企业并责令停止排放、依法处罚。'],
  },
]);

const industrialNoise = group('生态环境', '工业噪声', { handler: ENVIRONMENT, companyKind: 'employer' }, [
  {
    name: '企业噪声',
    weight: 1,
    appealTypes: { complaint: 0.7, report: 0.3 },
    titles: ['反映{company}生产噪音大', '{street}工厂夜间噪音扰民', '反映{road}附近企业机器轰鸣'],
    contents: ['{company}的厂房离我们小区很近，机器整夜都在响，嗡嗡的根本睡不着觉。', '{road}附近的厂子晚上开工，噪音特别大，已经持续一个多月了。'],
    answers: ['生态环境部门已对该企业厂界噪声进行监测，夜间噪声超标，已责令其采取隔音降噪措施并调整生产时间。'],
  },
]);

const POSTAL = department('市邮政管理局');

const express = group('邮政快递', '快递服务', { handler: POSTAL }, [
  {
    name: '快递延误',
    weight: 5,
    appealTypes: { complaint: 0.5, consult: 0.3, help: 0.2 },
    titles: ['反映快递长时间未送达', '快递物流信息多日未更新', '反映快递网点积压'],
    contents: ['我网购的东西一个星期前就到盘锦了，到现在还没送来，物流信息一直不动。', '{street}那边的快递网点积压了好多件，打电话一直没人接。'],
    answers: ['邮政管理部门已督促快递企业核查，因网点人员不足造成积压，企业已增派人员派送，该快件已于次日送达。'],
  },
  {
    name: '快递丢失损坏',
    weight: 3,
    appealTypes: { complaint: 0.7, help: 0.3 },
    titles: ['反映快递丢失', '快递外包装破损物品损坏', '快递被他人冒领'],
    contents: ['我寄的快递物流显示已签收，但收件人说根本没收到，快递公司也查不清楚。', '我收到的快递箱子都压扁了，里面的东西摔坏了，快递员说要找商家。'],
    answers: ['经邮政管理部门协调，快递企业已按保价规定对市民进行赔偿，市民表示接受。'],
  },
  {
    name: '快递不送货上门',
    weight: 3,
    appealTypes: { complaint: 0.8, suggestion: 0.2 },
    titles: ['快递员不送货上门', '快递未经同意放驿站', '反映快递员私自签收'],
    contents: ['快递员从来不送上门，也不打电话，直接放到{community}门口的驿站，家里老人取件很不方便。', '我明明在家，快递显示已签收，其实是放快递柜了，我都没同意。'],
    answers: ['邮政管理部门已约谈相关快递企业，要求其按约定地址投递，未经用户同意不得擅自使用智能快件箱或驿站投递。'],
  },
]);

const postal = group('邮政快递', '邮政业务', { handler: POSTAL }, [
  {
    name: '邮件查询',
    weight: 5,
    appealTypes: { consult: 0.8, help: 0.2 },
    titles: ['咨询EMS邮件查询', '咨询挂号信查询', '咨询邮政网点营业时间'],
    contents: ['我有一封EMS一直查不到物流，单号是对的，请问怎么回事？', '我想问一下{street}的邮政网点周末营业吗？'],
    answers: ['已告知市民：可通过中国邮政官网、微信公众号或拨打11183查询邮件信息；邮政网点营业时间以网点公示为准。'],
  },
]);

const TAX = department('市税务局');

const incomeTax = group('税务', '个人所得税', { handler: TAX }, [
  {
    name: '个税年度汇算',
    weight: 7.5,
    appealTypes: { consult: 1 },
    // 2022 年度汇算 ran from 2023-03-01 to 2023-06-30 (国家税务总局公告2023年第3号).
    season: { months: [3, 4, 5, 6], factor: 3 },
    titles: ['咨询个税年度汇算办理', '咨询个税退税到账时间', '咨询汇算补税'],
    contents: ['我想问一下去年的个税汇算什么时候开始，在手机上怎么操作？', '我申请了个税退税，显示已提交，想问一下多长时间能到账？'],
    answers: [
      '已告知市民：2022年度个人所得税综合所得汇算清缴办理时间为2023年3月1日至6月30日，可通过“个人所得税”APP办理，退税审核通过后一般数日内到账。',
    ],
  },
  {
    name: '专项附加扣除',
    weight: 5,
    appealTypes: { consult: 1 },
    season: { months: [12, 1], factor: 2 },
    titles: ['咨询专项附加扣除确认', '咨询赡养老人扣除标准', '咨询子女教育扣除'],
    contents: ['单位让我们在个税APP上确认今年的专项附加扣除，请问怎么弄？', '我们兄妹三个赡养老人的扣除怎么分，每人能扣多少？'],
    answers: [
      '已告知市民：可在“个人所得税”APP中确认或填报专项附加扣除信息；赡养老人专项附加扣除按规定标准扣除，非独生子女与兄弟姐妹分摊，每人分摊额度不超过规定上限。',
    ],
  },
]);

const invoices = group('税务', '发票', { handler: TAX, companyKind: 'shop' }, [
  {
    name: '发票开具',
    weight: 2,
    appealTypes: { consult: 0.7, complaint: 0.3 },
    titles: ['反映{company}拒开发票', '咨询电子发票开具', '咨询个人代开发票'],
    contents: ['我在{company}消费了好几百，要发票的时候老板说开不了，要加税点。', '我是个人，给公司干了点活，对方要发票，请问我怎么代开？'],
    answers: ['已告知市民：经营者不得拒绝开具发票，税务部门已对该商户进行核查处理；个人可通过电子税务局或到办税服务厅申请代开发票。'],
  },
]);

const taxes = group('税务', '税费缴纳', { handler: TAX }, [
  {
    name: '房产交易税费',
    weight: 5,
    appealTypes: { consult: 1 },
    titles: ['咨询二手房交易税费', '咨询房屋继承过户税费', '咨询契税缴纳标准'],
    contents: ['我想卖一套住了五年的房子，请问过户需要交哪些税？', '父母的房子要过户到我名下，赠与和继承哪个交的税少？'],
    answers: [
      '已告知市民：二手房交易涉及契税、增值税、个人所得税等，是否征收及税率与房屋面积、持有年限、是否家庭唯一住房有关；可携带相关材料到不动产登记中心税务窗口咨询办理。',
    ],
  },
]);

const NATURAL_RESOURCES = department('市自然资源局');

const registration = group('自然资源', '不动产登记', { handler: NATURAL_RESOURCES, companyKind: 'developer' }, [
  {
    name: '不动产证办理',
    weight: 5,
    appealTypes: { consult: 0.7, help: 0.25, complaint: 0.05 },
    titles: ['咨询不动产证办理流程', '咨询{community}办理不动产证', '咨询不动产登记所需材料'],
    contents: [
      '我在{community}买的二手房，过户以后多长时间能拿到不动产证，需要带什么？',
      '我们{community}交房好几年了，一直办不下来房本，听说是开发商的问题，请问什么时候能办？',
    ],
    answers: [
      '已告知市民：办理不动产登记可携带身份证、购房合同、完税凭证等材料到市不动产登记中心办理，材料齐全的一般在5个工作日内办结。',
      '经核实，{community}因开发企业尚未完成竣工验收备案，暂不具备办证条件，自然资源部门已督促开发企业加快办理，具备条件后将通知业主办证。',
    ],
  },
  {
    name: '抵押权注销',
    weight: 2,
    appealTypes: { consult: 0.7, help: 0.3 },
    titles: ['咨询抵押权注销登记', '房贷还清后如何解押', '反映开发商抵押未注销影响办证'],
    contents: ['我房贷已经还完了，银行给了结清证明，请问去哪里办抵押注销？', '开发商把我们小区的土地抵押给银行了，我们业主办不了证，这个怎么办？'],
    answers: ['已告知市民：贷款结清后，由抵押权人与抵押人共同申请，或由银行通过线上方式申请抵押权注销登记，办理完毕后即可正常交易。'],
  },
  {
    name: '历史遗留办证难',
    weight: 2,
    appealTypes: { help: 0.7, complaint: 0.3 },
    titles: ['{community}车库多年未办理不动产证', '反映{community}回迁房办证难', '{community}历史遗留问题办证'],
    contents: ['我很多年前在{community}买的车库，到现在还办不了不动产证，想卖也卖不了。', '我们{community}是回迁楼，住了十几年了一直没有房本，找了好多部门都说解决不了。'],
    answers: [
      '自然资源部门经核实，因{company}在银行办理了抵押登记导致无法办证，经协调督促，开发企业已清偿贷款并办理抵押权注销登记，该小区业主已可申请办理不动产证。',
    ],
  },
]);

const land = group('自然资源', '土地管理', { handler: NATURAL_RESOURCES }, [
  {
    name: '违法占地',
    weight: 1,
    appealTypes: { report: 1 },
    titles: ['举报{community}占用耕地建房', '举报{road}附近违法占地', '反映有人在基本农田上挖塘'],
    contents: ['{community}有人在承包的耕地上盖房子，说是建养殖场，其实就是住人的。', '{road}边上有人把一片农田推平了，堆了很多建筑材料，不知道有没有手续。'],
    answers: ['自然资源部门执法人员已到现场核查，该处未办理用地审批手续，已下达责令停止违法行为通知书，依法立案查处。'],
  },
  {
    name: '征地补偿',
    weight: 1,
    appealTypes: { consult: 0.5, help: 0.3, complaint: 0.2 },
    titles: ['咨询征地补偿标准', '反映{community}征地补偿款未到位', '咨询房屋征收安置'],
    contents: ['我们村的地被征了，补偿标准是多少，我们怎么感觉比别的村少？', '{community}去年就签了征收协议，补偿款到现在还有一部分没给。'],
    answers: ['已告知市民：征收土地按照省政府公布的区片综合地价给予补偿，补偿安置方案已在村内公示；补偿款发放进度已转属地政府核实并督促落实。'],
  },
]);

const RURAL = district('农业农村局', '镇政府');

const farming = group('农业农村', '农业生产', { handler: RURAL }, [
  {
    name: '种粮补贴',
    weight: 5,
    appealTypes: { consult: 0.95, help: 0.05 },
    season: { months: [3, 4, 5], factor: 2 },
    titles: ['咨询耕地地力保护补贴发放', '咨询种粮补贴标准', '反映{community}种粮补贴未到账'],
    contents: ['我想问一下今年的耕地地力保护补贴什么时候发，每亩多少钱？', '我们{community}别人家的补贴都到了，我家的一直没到，是怎么回事？'],
    answers: [
      '已告知市民：耕地地力保护补贴按确权面积发放，通过惠民惠农财政补贴资金“一卡通”直接打到农户账户，发放标准和时间以当年公示为准；未到账的情况已转镇政府核查。',
    ],
  },
]);

const villages = group('农业农村', '农村管理', { handler: RURAL }, [
  {
    name: '村务公开',
    weight: 1,
    appealTypes: { complaint: 0.5, report: 0.3, consult: 0.2 },
    titles: ['反映{community}村务不公开', '举报{community}村干部优亲厚友', '咨询村集体土地承包费去向'],
    contents: ['我们{community}的集体土地承包出去好几年了，承包费收了多少、花到哪了，从来没公开过。', '村里评低保、分补助都是村干部说了算，亲戚朋友都有，真正困难的反倒没有。'],
    answers: ['镇政府已组织工作人员到村核查，督促村委会按规定公开集体资产收支情况，对反映的低保评定问题将重新入户核实。'],
  },
  {
    name: '农村人居环境',
    weight: 1,
    appealTypes: { help: 0.5, suggestion: 0.3, complaint: 0.2 },
    titles: ['{community}村内垃圾成堆', '反映{community}厕所改造问题', '建议{community}安装路灯'],
    contents: ['{community}村口的垃圾都堆成小山了，好长时间没人拉走，天暖了味道很大。', '我们{community}晚上村里一片漆黑，希望能装几盏路灯。'],
    answers: ['镇政府已组织人员对村内垃圾进行清运，并建立定期清运机制；安装路灯的建议已纳入村级公益事业建设计划。'],
  },
]);

const animals = group('农业农村', '动物管理', { handler: department('市农业农村局') }, [
  {
    name: '流浪犬只',
    weight: 2,
    appealTypes: { complaint: 0.6, report: 0.3, help: 0.1 },
    handler: district('城市管理综合行政执法局', '街道办事处'),
    titles: ['{community}流浪狗伤人', '反映{community}养狗不拴绳', '{road}附近流浪犬较多'],
    contents: ['{community}里有好几条流浪狗，晚上成群结队，前几天还追着咬孩子。', '{community}有人遛狗不拴绳，大狗冲着人乱叫，老人孩子都很害怕。'],
    answers: ['属地街道已联系相关部门对流浪犬进行收容，社区对不文明养犬行为进行劝导，并张贴文明养犬宣传。'],
  },
  {
    name: '动物疫病',
    weight: 1,
    appealTypes: { consult: 0.6, report: 0.4 },
    titles: ['咨询家禽免疫', '举报{community}病死猪乱扔', '咨询动物检疫证明'],
    contents: ['我们{community}有人把病死的猪扔到沟里了，怕传染病，希望有人管管。', '我想从外地买一批鸡苗，需要办什么检疫手续？'],
    answers: ['农业农村部门已对病死畜禽进行无害化处理，并对周边养殖户开展排查；已告知市民跨区域调运动物需申报检疫并取得动物检疫证明。'],
  },
]);

export const ECONOMY_CATEGORIES: readonly DemoCategory[] = [
  ...consumer,
  ...food,
  ...prices,
  ...licences,
  ...air,
  ...water,
  ...industrialNoise,
  ...express,
  ...postal,
  ...incomeTax,
  ...invoices,
  ...taxes,
  ...registration,
  ...land,
  ...farming,
  ...villages,
  ...animals,
];
