import { demoCityWords } from './demo-city-words.ts';

/**
 * Hotline words jieba's general dictionary cuts apart or does not know (室温/不/达标, 上/户口, 网/约/车): each is
 * indexed whole, and also in its parts wherever search-mode cutting finds them. Words the general dictionary
 * already keeps whole (公积金, 医保, 落户, 不动产) are listed anyway: the list documents the vocabulary, and
 * loading skips what needs no help.
 */
export const HOTLINE_WORDS: readonly string[] = words(`
  12345 12345热线 政务服务便民热线 市长热线 热线中心 直接答复 工单 诉求 转办 派单 回访 督办 催办 办结
  公积金 住房公积金 公积金贷款 公积金提取 公积金中心 缴存 缴存基数 提取公积金 商转公 组合贷款
  医保 医疗保险 医保卡 医保报销 异地就医 异地备案 门诊统筹 大病保险 城乡居民医保 职工医保 参保 断保 续保
  社保 社保卡 社会保险 养老保险 养老金 退休金 失业保险 失业金 工伤保险 生育保险 灵活就业 社保缴费
  落户 上户口 报户口 迁户口 户口迁移 户籍 入户 集体户 身份证 居住证 补办身份证
  不动产 不动产登记 不动产证 不动产权证书 房产证 房本 过户 抵押登记 预告登记 网签 二手房 商品房 交房 延期交房
  供暖 供热 采暖 暖气 暖气片 室温 室温不达标 暖气不热 停暖 报停 供暖费 采暖费 取暖费 暖气费 热费 基本热费 供热企业 换热站 开栓 测温
  供水 自来水 停水 没水 断水 水压低 水费 水表 二次供水 排水 下水道 污水 窨井盖 井盖
  燃气 天然气 煤气 燃气费 燃气表 燃气泄漏 液化气 停气 点火
  停电 断电 没电 电费 电表 供电公司 跳闸 充电桩
  物业 物业费 物业公司 物业服务 业主委员会 业委会 维修基金 专项维修资金 电梯故障 小区停车
  拆迁 征收 征迁 棚户区改造 棚改 回迁 安置房 补偿款 老旧小区改造
  噪音 噪声 扰民 广场舞 装修噪音 施工噪音 夜间施工 油烟 异味
  违建 违章建筑 违法建设 私搭乱建 占道经营 乱停车 违停 僵尸车 共享单车
  出租车 网约车 拒载 绕路 宰客 黑车 非法营运 公交 公交车 公交线路 公交卡 末班车 站点
  学区 施教区 划片 入学 义务教育 幼儿园 学籍 转学 校外培训 课后服务
  低保 最低生活保障 特困供养 临时救助 高龄补贴 残疾证 困难补助 优抚
  工资 欠薪 讨薪 拖欠工资 农民工工资 劳动合同 劳动仲裁 劳动监察 经济补偿
  快递 快件 包裹 丢件 破损 派送 驿站
  退费 退款 预付卡 消费维权 价格欺诈 食品安全 过期食品 三无产品
  营业执照 个体工商户 发票 个税 契税
  12315 12345平台 110 119 120 122
`);

function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => word.length > 0);
}

/** The project dictionary: hotline words, the demo city's places and units, and whatever the caller adds. */
export function projectWords(extraWords: readonly string[] = []): string[] {
  return [...new Set([...HOTLINE_WORDS, ...demoCityWords(), ...extraWords])];
}
