import type { DictionaryCodes, DictionaryKey } from './dictionaries.ts';

type AliasesOf<D extends DictionaryKey> = Readonly<Record<string, DictionaryCodes[D]>>;

/**
 * Spellings of the fixed codes that legacy 12345 systems commonly export, seeded into an empty alias table
 * (`hotline migrate`, like the bundled calendar). After that they are data: an admin deletes or re-points any of
 * them, and adds the city's own. A code's own code and label are always accepted and are not listed here.
 *
 * Left out on purpose: 满意度 “一般”. On five-level scales (非常满意/满意/一般/不满意/非常不满意) cities disagree
 * on whether the middle answer counts as 基本满意 or as 不满意, and 满意率 — on which units are scored and ranked
 * (DESIGN §6) — depends on it. Without a default, a file that says 一般 is refused naming its row and column, and
 * the city decides once, by adding the alias to the code it means.
 */
export const DEFAULT_ALIASES: { readonly [D in DictionaryKey]: AliasesOf<D> } = {
  channel: {
    '12345热线': 'phone',
    热线电话: 'phone',
    来电: 'phone',
    电话来电: 'phone',
    政务网: 'web',
    网上信箱: 'web',
    门户网站: 'web',
    手机客户端: 'app',
    小程序: 'wechat',
    微信公众号: 'wechat',
    电子邮件: 'email',
    来信: 'letter',
    市长信箱: 'mailbox',
    书记信箱: 'mailbox',
    省平台: 'upper',
    国家平台: 'upper',
    国务院客户端: 'upper',
    上级转办: 'upper',
    上级平台: 'upper',
    '110': 'line110',
    '110联动': 'line110',
    短信: 'other',
    其它: 'other',
  },
  appealType: {
    咨询类: 'consult',
    求助类: 'help',
    投诉类: 'complaint',
    举报类: 'report',
    建议类: 'suggestion',
    意见建议: 'suggestion',
    表扬类: 'praise',
    致谢: 'thanks',
    感谢信: 'thanks',
    其它: 'other',
  },
  urgency: {
    普通: 'normal',
    一般件: 'normal',
    加急: 'urgent',
    急件: 'urgent',
    紧急件: 'urgent',
    特急件: 'critical',
    特别紧急: 'critical',
    非常紧急: 'critical',
  },
  satisfaction: {
    非常满意: 'satisfied',
    很满意: 'satisfied',
    比较满意: 'basic',
    很不满意: 'dissatisfied',
    非常不满意: 'dissatisfied',
  },
};

/** The defaults as rows of the alias table. */
export function defaultAliasList(): { dictionary: DictionaryKey; alias: string; code: string }[] {
  return (Object.entries(DEFAULT_ALIASES) as [DictionaryKey, Record<string, string>][]).flatMap(
    ([dictionary, aliases]) => Object.entries(aliases).map(([alias, code]) => ({ dictionary, alias, code })),
  );
}
