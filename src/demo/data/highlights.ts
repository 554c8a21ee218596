/**
 * Ticket scripts for the reference bulletin's 群众好评典型件: 市自然资源局 ends a 20-year wait for the
 * 不动产证 of the garages in 双台子区吉祥小区. The simulator plays them as written, so the demo bulletin
 * can quote the same case.
 */
import type { AppealType } from './category-types.ts';

export interface DemoHighlight {
  unitName: string;
  categoryCode: string;
  /** 'YYYY-MM-DD HH:mm:ss', Asia/Shanghai (DESIGN §7). */
  receivedAt: string;
  title: string;
  content: string;
  answer: string;
  callerName: string;
  appealType: AppealType;
  districtName: string;
  address: string;
}

export const DEMO_HIGHLIGHTS: readonly DemoHighlight[] = [
  {
    unitName: '市自然资源局',
    categoryCode: '自然资源/不动产登记/历史遗留办证难',
    receivedAt: '2023-03-07 09:42:16',
    title: '反映双台子区吉祥小区车库20多年未能办理不动产证',
    content:
      '我2003年在双台子区吉祥小区买了一个车库，到现在20多年了一直办不下来不动产证，想卖也卖不了。小区里30多户的车库都是这个情况，找了好多次都没解决，希望政府帮我们解决。',
    answer:
      '市自然资源局接到诉求后，经核实，曹先生所购买车库因房地产开发公司在银行办理了抵押登记，无法办理产权证。经积极协调督促，房地产开发公司清偿了贷款，办理了抵押权注销登记，吉祥小区30余户车库已可办理不动产证，困扰业主20多年的办证难问题得到解决。',
    callerName: '曹先生',
    appealType: 'help',
    districtName: '双台子区',
    address: '盘锦市双台子区红旗街道吉祥小区',
  },
  {
    unitName: '市自然资源局',
    categoryCode: '自然资源/不动产登记/历史遗留办证难',
    receivedAt: '2023-04-18 15:06:51',
    title: '表扬市自然资源局解决吉祥小区车库办证难问题',
    content:
      '我是双台子区吉祥小区的业主，我家车库的不动产证这周终于拿到了。二十多年没办成的事，自然资源局几个星期就给协调好了，我们30多户都特别感谢，想通过热线表扬一下他们。',
    answer: '已将市民的表扬转达市自然资源局，感谢市民对我们工作的支持。',
    callerName: '曹先生',
    appealType: 'praise',
    districtName: '双台子区',
    address: '盘锦市双台子区红旗街道吉祥小区',
  },
];
