/**
 * The knowledge-base search-quality set: what agents type (or what speech-to-text hears) while a caller is
 * still talking, each with the one demo article (src/demo/data/kb/) that answers it. `npm run eval:kb` runs
 * them against the engine and a plain BM25 baseline and prints recall@1, recall@5 and MRR@10 by kind.
 *
 * Many expected answers have a close neighbour on purpose (供暖收费 / 供暖费减免 / 室温不达标 / 暖气漏水 /
 * 停暖报修 / 供暖开始时间, 公积金提取 / 贷款 / 缴存基数, 异地就医备案 / 报销比例 / 医保卡挂失, 人才 / 投靠 /
 * 新生儿落户, 物业费 / 服务质量 / 业委会, 首次登记 / 转移登记 / 抵押注销, 停水 / 水费 / 水质), and several
 * have an expired predecessor with nearly the same title that default filters must leave out.
 */
export const KB_QUERY_KINDS = [
  'colloquial',
  'keyword',
  'synonym',
  'homophone',
  'traditional',
  'long',
] as const;

/**
 * colloquial: what a caller says; keyword: 2–4 characters typed by an agent; synonym: another word for the
 * article's term (暖气 for 供暖, 上户口 for 落户, 房产证 for 不动产权证书); homophone: a speech-to-text error
 * (公基金, 采缓费); traditional: 繁體 input; long: a rambling description with irrelevant detail.
 */
export type KbQueryKind = (typeof KB_QUERY_KINDS)[number];

export interface KbQuery {
  query: string;
  kind: KbQueryKind;
  /** The number of the one right article. */
  expected: string;
  /** What the query tests, when it is not obvious (a near duplicate, an expired predecessor). */
  note?: string;
}

const colloquial: KbQuery[] = [
  { query: '我家暖气一点都不热咋整', expected: 'ZSK010003', note: '室温不达标, not 收费 or 停暖' },
  { query: '暖气费今年一平米多少钱啊', expected: 'ZSK010001', note: 'the 2019 standard is expired' },
  { query: '我家是低保户，暖气费能不能少交点', expected: 'ZSK010002', note: '减免, not 收费标准' },
  { query: '屋里暖气片呲水了，地上全是水，这可咋办', expected: 'ZSK010004' },
  { query: '今天早上起来暖气突然就凉了，也没看到停暖通知啊', expected: 'ZSK010005', note: '停暖, not 室温' },
  { query: '今年啥时候来暖气啊', expected: 'ZSK010006', note: 'last season’s notice is expired' },
  { query: '房子常年没人住，暖气费能不能不交全额', expected: 'ZSK010008' },
  { query: '想从公积金里取点钱交首付，得办啥手续', expected: 'ZSK010201', note: '提取, not 贷款' },
  { query: '用公积金贷款买房最多能贷多少钱', expected: 'ZSK010204', note: 'the 2022 limits are expired' },
  { query: '单位说今年公积金基数要调，这个是怎么算的', expected: 'ZSK010207' },
  { query: '我妈要去海南过冬，在那边看病医保能直接刷吗，用不用先办啥', expected: 'ZSK070001', note: '备案' },
  { query: '城乡居民医保住院能给报多少', expected: 'ZSK070003', note: 'the 2024 rates are expired' },
  { query: '我医保卡丢了，里面还有钱呢，咋办啊', expected: 'ZSK060011' },
  { query: '孩子刚生下来，户口咋上', expected: 'ZSK050004' },
  { query: '我是应届毕业生，想把户口落到盘锦来', expected: 'ZSK050001', note: 'the 2020 rules are expired' },
  { query: '我媳妇是外地户口，想迁到我家户口本上', expected: 'ZSK050003' },
  { query: '物业费说涨就涨，也没跟我们业主商量，这合理吗', expected: 'ZSK010101' },
  { query: '我们小区物业啥也不管，楼道一个月都没人扫一回', expected: 'ZSK010102' },
  { query: '我们小区业主想自己成立个业委会，该咋弄', expected: 'ZSK010103' },
  { query: '房贷都还完了，房本上那个抵押咋去掉', expected: 'ZSK150003' },
  { query: '刚收的新房，房本啥时候能下来，要准备点啥', expected: 'ZSK150001' },
  { query: '明天我们小区停不停水，在哪能查到', expected: 'ZSK020001' },
  { query: '水管里放出来的水黄了吧唧的，还能喝吗', expected: 'ZSK020005' },
  { query: '这俩月水费咋这么多，家里也没用多少水啊', expected: 'ZSK020021', note: '异常, not the tariff' },
  { query: '楼上漏水都漏到我家屋顶了，人家还不管', expected: 'ZSK010126' },
  { query: '家里停电了，整栋楼都黑了', expected: 'ZSK020102' },
].map((q) => ({ ...q, kind: 'colloquial' as const }));

const keyword: KbQuery[] = [
  { query: '报停', expected: 'ZSK010008' },
  { query: '采暖补贴', expected: 'ZSK010002' },
  { query: '热计量', expected: 'ZSK010016' },
  { query: '商转公', expected: 'ZSK010210' },
  { query: '缴存基数', expected: 'ZSK010207' },
  { query: '租房提取', expected: 'ZSK010202' },
  { query: '人才落户', expected: 'ZSK050001', note: 'the 2020 rules are expired' },
  { query: '投靠落户', expected: 'ZSK050003' },
  { query: '出生登记', expected: 'ZSK050004' },
  { query: '慢特病', expected: 'ZSK070007', note: 'the 2023 rules are expired' },
  { query: '家庭共济', expected: 'ZSK070012' },
  { query: '抵押注销', expected: 'ZSK150003' },
  { query: '带押过户', expected: 'ZSK150013' },
  { query: '高龄津贴', expected: 'ZSK100004' },
  { query: '个税汇算', expected: 'ZSK140001', note: 'last year’s is expired' },
  { query: '携号转网', expected: 'ZSK020112' },
  { query: '阶梯气价', expected: 'ZSK020014', note: 'the 2023 prices are expired' },
  { query: '老年卡', expected: 'ZSK040002', note: 'the 2021 policy is expired' },
  { query: '居住证', expected: 'ZSK050010' },
  { query: '预付卡', expected: 'ZSK110003' },
  { query: '育儿补贴', expected: 'ZSK080010' },
  { query: '加装电梯', expected: 'ZSK010215' },
  { query: '劳动仲裁', expected: 'ZSK060009' },
  { query: '宅基地', expected: 'ZSK160009' },
  { query: '阶梯水价', expected: 'ZSK020003' },
].map((q) => ({ ...q, kind: 'keyword' as const }));

const synonym: KbQuery[] = [
  { query: '采暖费收费标准', expected: 'ZSK010001', note: '采暖 for 供暖' },
  { query: '供热一般几号开始', expected: 'ZSK010006', note: '供热 for 供暖' },
  { query: '暖气费减免怎么申请', expected: 'ZSK010002', note: '暖气费 for 供暖费' },
  { query: '医疗保险去外地看病要先备案吗', expected: 'ZSK070001', note: '医疗保险 for 医保' },
  { query: '居民医疗保险住院报销多少', expected: 'ZSK070003', note: '医疗保险 for 医保' },
  { query: '孩子满月了，上户口需要什么材料', expected: 'ZSK050004', note: '上户口 for 落户' },
  { query: '房产证丢了怎么补', expected: 'ZSK150005', note: '房产证 for 不动产权证书' },
  { query: '买二手房怎么办房产证过户', expected: 'ZSK150002', note: '房产证 for 不动产权证书' },
  { query: '家里煤气费在哪交', expected: 'ZSK020013', note: '煤气 for 燃气' },
  { query: '电费一个字多少钱', expected: 'ZSK020103', note: '一个字 (one kWh) for 千瓦时' },
  { query: '自来水一方多少钱', expected: 'ZSK020003', note: '一方 for 立方米; 水费, not 停水 or 水质' },
  { query: '有人在人行道上摆地摊', expected: 'ZSK030001', note: '摆地摊 for 占道经营' },
  { query: '狗证怎么办', expected: 'ZSK160006', note: '狗证 for 养犬登记' },
  { query: '下岗了能领救济金吗', expected: 'ZSK060007', note: '救济金 for 失业保险金' },
  { query: '扯证需要带啥', expected: 'ZSK100006', note: '扯证 for 结婚登记' },
  { query: '房屋维修基金怎么用', expected: 'ZSK010109', note: '维修基金 for 住宅专项维修资金' },
  { query: '退休金今年涨了没有', expected: 'ZSK060004', note: '退休金 for 基本养老金' },
  { query: '驾照到期了换本', expected: 'ZSK050016', note: '驾照 for 驾驶证' },
  { query: '八十岁以上老人每月有补助吗', expected: 'ZSK100004', note: '补助 for 高龄津贴' },
  { query: '宽带上不去网了找谁修', expected: 'ZSK020110', note: '上不去网 for 断网' },
  { query: '一楼住户在院里盖小房', expected: 'ZSK030013', note: '盖小房 for 私搭乱建' },
].map((q) => ({ ...q, kind: 'synonym' as const }));

const homophone: KbQuery[] = [
  { query: '公基金提取买房', expected: 'ZSK010201', note: '公基金 = 公积金' },
  { query: '采缓费多少钱一平', expected: 'ZSK010001', note: '采缓费 = 采暖费' },
  { query: '医报异地就医备案咋办', expected: 'ZSK070001', note: '医报 = 医保' },
  { query: '大学生落护需要什么材料', expected: 'ZSK050001', note: '落护 = 落户' },
  { query: '公鸡金贷款额度', expected: 'ZSK010204', note: '公鸡金 = 公积金' },
  { query: '暖器不热怎么办', expected: 'ZSK010003', note: '暖器 = 暖气' },
  { query: '医宝卡挂失', expected: 'ZSK060011', note: '医宝卡 = 医保卡' },
  { query: '异地救医备案', expected: 'ZSK070001', note: '救医 = 就医' },
  { query: '出生医学证名怎么办', expected: 'ZSK080008', note: '证名 = 证明' },
  { query: '房贷还完了不动产抵押注消', expected: 'ZSK150003', note: '注消 = 注销' },
  { query: '养老金资格任证', expected: 'ZSK060005', note: '任证 = 认证' },
  { query: '失业保险金申令条件', expected: 'ZSK060007', note: '申令 = 申领' },
  { query: '高零津贴怎么领', expected: 'ZSK100004', note: '高零 = 高龄' },
  { query: '地保怎么申请', expected: 'ZSK100001', note: '地保 = 低保' },
  { query: '居民医保住院报消比例', expected: 'ZSK070003', note: '报消 = 报销' },
  { query: '公积金缴存鸡数', expected: 'ZSK010207', note: '鸡数 = 基数' },
  { query: '新生儿上护口', expected: 'ZSK050004', note: '护口 = 户口' },
  { query: '物叶费涨价', expected: 'ZSK010101', note: '物叶 = 物业' },
  { query: '业为会怎么成立', expected: 'ZSK010103', note: '业为会 = 业委会' },
  { query: '个税回算怎么弄', expected: 'ZSK140001', note: '回算 = 汇算' },
  { query: '驾驶正到期换证', expected: 'ZSK050016', note: '驾驶正 = 驾驶证' },
  { query: '挂号预越', expected: 'ZSK080001', note: '预越 = 预约' },
].map((q) => ({ ...q, kind: 'homophone' as const }));

const traditional: KbQuery[] = [
  { query: '城鄉居民醫保住院報銷比例', expected: 'ZSK070003' },
  { query: '買房公積金提取', expected: 'ZSK010201' },
  { query: '公積金貸款最高額度', expected: 'ZSK010204' },
  { query: '住房公積金繳存基數調整', expected: 'ZSK010207' },
  { query: '異地就醫備案', expected: 'ZSK070001' },
  { query: '醫保卡掛失', expected: 'ZSK060011' },
  { query: '低保家庭供暖費減免', expected: 'ZSK010002' },
  { query: '室溫不達標怎麼辦', expected: 'ZSK010003' },
  { query: '暖氣片漏水', expected: 'ZSK010004' },
  { query: '今年供暖開始時間', expected: 'ZSK010006' },
  { query: '新生兒落戶', expected: 'ZSK050004' },
  { query: '人才落戶條件', expected: 'ZSK050001' },
  { query: '父母投靠子女落戶', expected: 'ZSK050003' },
  { query: '物業費漲價', expected: 'ZSK010101' },
  { query: '業主委員會成立', expected: 'ZSK010103' },
  { query: '房貸還清抵押權註銷', expected: 'ZSK150003' },
  { query: '二手房過戶', expected: 'ZSK150002' },
  { query: '停水通知查詢', expected: 'ZSK020001' },
  { query: '自來水發黃渾濁', expected: 'ZSK020005' },
  { query: '個人所得稅年度匯算', expected: 'ZSK140001' },
  { query: '護照辦理', expected: 'ZSK050011' },
  { query: '結婚登記需要什麼材料', expected: 'ZSK100006' },
].map((q) => ({ ...q, kind: 'traditional' as const }));

const long: KbQuery[] = [
  {
    query:
      '你好，我想问一下啊，我家住兴隆台区锦绣华城三楼，从前天开始屋里就冷得不行，温度计才十五度，家里还有个八十多岁的老太太，想问问暖气国家规定得烧到多少度，我家这算不算不达标，找人来测温得多长时间能来',
    expected: 'ZSK010003',
  },
  {
    query:
      '是这样，我父亲今年刚退休，打算冬天去三亚我妹妹那住半年，他有高血压得经常去医院开药，听人说在外地看病不提前弄个手续的话报销就少了，这个手续在哪办，手机上能弄不',
    expected: 'ZSK070001',
    note: '备案, not the reimbursement rates',
  },
  {
    query:
      '我跟你说，我们小区物业今年突然贴了个通知，说物业费从一块二涨到一块六，根本没开过业主大会，也没人来征求过意见，好多邻居都不愿意，涨的那部分能不能不交，这事归谁管',
    expected: 'ZSK010101',
  },
  {
    query:
      '我今年大专毕业，在盘锦一个厂子上班，还在试用期，社保也还没交，户口还在学校。听人说现在毕业生落户没啥门槛了，是不是不看社保，能直接落到单位集体户上',
    expected: 'ZSK050001',
  },
  {
    query:
      '您好，我家孩子上个月在市中心医院出生的，出生证已经拿到了，我和孩子他爸户口不在一个地方，他在大洼我在兴隆台，孩子户口随谁都行吗，要准备哪些东西，还得去派出所跑一趟吗',
    expected: 'ZSK050004',
  },
  {
    query:
      '我家从昨天开始暖气片接头那儿一直往下滴水，现在越滴越多，地板都泡起来了，楼下邻居也上来敲门了，我现在该先干啥，然后找谁来修，修的钱是谁出',
    expected: 'ZSK010004',
  },
  {
    query:
      '我和我爱人前两年买的房子，一直用商业贷款还着，利息挺高的，我俩都有公积金，听同事说能把商贷转成公积金贷款，还不用先把商贷还上，真有这好事吗，最多能转多少',
    expected: 'ZSK010210',
  },
  {
    query:
      '我们单位会计跟我说今年七月份要调公积金，我这一年工资涨了不少，那每个月扣的公积金是不是按新工资算，最高能按多少算，单位要是不给调我上哪反映',
    expected: 'ZSK010207',
  },
  {
    query:
      '我们家那套老房子去年把贷款都还清了，银行给了张结清证明，现在想把房子卖了，中介说得先去把抵押解了，这个是不是得我和银行的人一块去登记中心，还要交钱吗',
    expected: 'ZSK150003',
  },
  {
    query:
      '我在网上看到今天我们那片要停水，说是管网维修，但没写几点来水，家里老人等着做饭呢，上回停完水再来的水都是黄的，想问问具体啥时候能恢复，上哪能查到这些通知',
    expected: 'ZSK020001',
    note: 'mentions yellow water, asks about the outage',
  },
  {
    query:
      '我在双台子住六楼，这阵子家里自来水一打开就是黄的，放半天也不清，烧开了底下还有一层沉淀，家里孩子小不敢喝，想让水务的人来看看到底咋回事，检测收不收钱',
    expected: 'ZSK020005',
  },
  {
    query:
      '我家那个医保卡，就是社保卡，前天在菜市场买菜连钱包一块丢了，医保账户里还有两千多块钱，怕被人拿去刷，想先挂失，这几天孩子还得去医院看病，没卡能看吗',
    expected: 'ZSK060011',
  },
  {
    query:
      '我前几年买的商品房，交房的时候开发商说房本得等两年，现在都快三年了，问他们就说还在办，我们一栋楼的都没拿到，是不是开发商那个大证还没办下来，这事谁能管',
    expected: 'ZSK150001',
    note: '首次登记 not done by the developer',
  },
  {
    query:
      '我今年六十五了，听说现在满六十五坐公交就不要钱了，我是外地户口，跟着儿子在这边住，也能办那个卡吗，办的时候得带啥，用不用交钱',
    expected: 'ZSK040002',
    note: 'the 2021 policy (70 years, 本市户籍 only) is expired',
  },
  {
    query:
      '我在一个饭店干了快半年了，老板一直说资金紧张，三个月工资都没给，我们好几个服务员都这样，去找他就说再等等，现在人都联系不上了，我想知道上哪告他，要准备啥材料',
    expected: 'ZSK060008',
  },
  {
    query:
      '我们楼下新开了一家烧烤店，每天晚上烟都往楼上飘，窗户都不敢开，阳台上晾的衣服全是烟味，跟老板说了好几次也不管，这个归哪个部门管，能不能让他装个净化的设备',
    expected: 'ZSK120002',
  },
  {
    query:
      '我妈今年八十二了，一直在农村住，最近刚把户口迁到我这边来，听说城里八十岁以上的老人每个月有补贴，想问问我妈能不能领，上哪办，是不是得本人去',
    expected: 'ZSK100004',
  },
  {
    query:
      '我家孩子今年九月份该上一年级了，我们是从外地过来打工的，在这边租的房子，办了居住证，孩子户口不在这，这种情况能上哪个学校，啥时候报名，在哪报',
    expected: 'ZSK090001',
  },
  {
    query:
      '我前几天在网上买了件羽绒服，收到货发现跟图片完全不一样，颜色差老多了，想退货，商家说吊牌拆了就不给退，我就试穿了一下，今天才第四天，这种情况到底能不能退',
    expected: 'ZSK110004',
  },
  {
    query:
      '昨天晚上我从高铁站打车回家，平时十来块钱的道，司机拉着我绕了一大圈，收了我三十多，问他要票还说打印机坏了，我记得车牌号，想投诉他',
    expected: 'ZSK040008',
  },
  {
    query:
      '喂，你好，我想问问，我们家天然气表是那种插卡的，卡里的气快用完了，以前都是去营业厅充，现在腿脚不好不方便出门，听说手机上也能充，是真的吗，充完那个卡咋整',
    expected: 'ZSK020013',
  },
  {
    query:
      '我今年五十了，以前在企业上班，厂子黄了以后就没再交过养老保险，听别人说可以自己接着交，像我这种没单位的一个月得交多少钱，在哪交，交够多少年能领',
    expected: 'ZSK060001',
  },
].map((q) => ({ ...q, kind: 'long' as const }));

export const KB_QUERIES: readonly KbQuery[] = [
  ...colloquial,
  ...keyword,
  ...synonym,
  ...homophone,
  ...traditional,
  ...long,
];
