import type { SynonymRuleInput } from './synonyms.ts';

// The synonym table a new installation starts with: how callers and articles of a northern city's 12345 line
// name the same subject. `a=b=c` is an equivalent group, `a>b c` a one-way rule (a query for a also finds b
// and c). Units edit the table afterwards; this list is only the seed.
const EQUIVALENT = `
暖气=供暖=采暖=供热=取暖
供暖费=采暖费=取暖费=暖气费=热费
暖气不热=室温不达标=室温低=温度不达标
停暖=停止供暖=不供暖
自来水=供水
停水=断水=没水=停止供水
水费=自来水费
燃气=天然气=煤气
燃气费=天然气费=煤气费
停电=断电=没电=停止供电
电费=用电费用
公积金=住房公积金
公积金贷款=住房公积金贷款
公积金提取=提取公积金=取公积金
医保=医疗保险=基本医疗保险
医保报销=医疗费报销=报销医药费
异地就医=外地就医=跨省就医=异地看病
社保=社会保险
养老金=退休金=养老保险金=退休工资
落户=入户=户口迁入
户口=户籍
不动产证=房产证=房本=不动产权证书=产权证
不动产登记=房产登记=产权登记
物业=物业公司=物业服务企业
物业费=物业服务费=物业管理费
拆迁=征收=征迁=房屋征收
噪音=噪声=扰民
违建=违章建筑=违法建设=私搭乱建
出租车=出租汽车=的士=巡游出租车
网约车=网络预约出租汽车=网约出租车
公交=公交车=公共汽车
学区=施教区=划片
入学=上学=报名入学
低保=最低生活保障=低保金
欠薪=拖欠工资=讨薪=欠工资=工资拖欠
快递=快件=包裹
退费=退款=退钱
违停=违章停车=乱停车=乱停乱放
路灯=街灯
井盖=窨井盖=下水井盖
下水道=排水管道=下水管道
驾驶证=驾照=驾驶执照
身份证=居民身份证
高龄补贴=高龄津贴
残疾证=残疾人证
补贴=补助=津贴
失业金=失业保险金
维修基金=维修资金=专项维修资金=住宅专项维修资金
摆摊=摆地摊=流动摊贩=占道经营
断网=上不去网=没网=网络中断
户口本=户口簿
结婚登记=领结婚证
养犬登记=狗证=犬证
`;

const ONE_WAY = `
上户口>落户 户口迁入
报户口>落户
迁户口>户口迁移
医保卡>社保卡
滴滴>网约车
打车>出租车 网约车
黑车>非法营运
不热>室温不达标
没暖气>停暖 室温不达标
漏水>跑水
交房>房屋交付
扯证>结婚登记
救济金>失业保险金 临时救助
盖小房>私搭乱建 违建
一个字>千瓦时
一方>立方米
来暖气>供暖期 开始供暖
`;

function rules(): SynonymRuleInput[] {
  const lines = (text: string) =>
    text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0);
  const equivalent = lines(EQUIVALENT).map((line): SynonymRuleInput => ({
    kind: 'equivalent',
    terms: line.split('='),
  }));
  const oneWay = lines(ONE_WAY).map((line): SynonymRuleInput => {
    const [from = '', targets = ''] = line.split('>');
    return { kind: 'oneWay', from, terms: targets.split(' ') };
  });
  return [...equivalent, ...oneWay];
}

export const DEFAULT_SYNONYMS: readonly SynonymRuleInput[] = rules();
