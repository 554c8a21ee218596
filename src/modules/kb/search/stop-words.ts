// Words that carry no subject in a caller's sentence or an article: function words, pronouns and the
// question frames callers wrap around what they want (请问…怎么办理). Subject words that are merely frequent
// (问题, 咨询, 办理, 小区) stay: their weight falls with their document frequency instead.
const WORDS = `
的 了 是 在 和 与 及 或 也 都 就 还 又 而 但 把 被 让 给 对 向 从 到 为 以 于 之 其 该 此 这 那 哪
我 你 您 他 她 它 我们 你们 他们 她们 咱们 大家 自己 本人 我家 我们家 家里
吗 呢 吧 啊 呀 哦 嗯 哈 啦 么 嘛 哎 喂
这个 那个 这些 那些 这样 那样 这里 那里 哪里 哪儿 这边 那边 什么 怎么 怎样 怎么样 怎么办 如何 为什么 为何
是否 是不是 能否 能不能 可不可以 有没有 会不会 要不要 可以 能够 需要 应该 想 想要 想问 想问一下 请问 问一下
一下 一个 一些 有些 有点 一点 一直 已经 现在 目前 还是 就是 但是 可是 因为 所以 如果 然后 而且 并且 或者
还有 没有 不是 不能 不会 不要 多少 多久 几个 几天 什么时候 时候 以后 之后 以前 之前
谢谢 你好 您好 麻烦 帮忙 帮我 请 希望 反映 一下子 然后呢 那么 这么 非常 特别 比较 很 太 最 更
咋 咋办 咋整 咋弄 咋回事 啥 干啥 为啥 整 弄 上哪 哪个 谁 找谁 该 得 这种 那种 这事 这事儿 东西 情况
知道 觉得 听说 听人说 听别人说 说 告诉 看看 问问 问下 一块 好几 好几次 老是 总是 根本 到底 具体
今天 昨天 前天 明天 刚才 每天 这阵子 这几天 前几天 啥时候
`;

export const STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter((word) => word.length > 0));

/** Single characters that never start or end a homophone window: 的话 is not 电话. */
export const STOP_CHARACTERS: ReadonlySet<string> = new Set(
  '的了是在和与及或也都就还又把被让给对向从到为以于之其该此这那哪我你您他她它吗呢吧啊呀哦嗯么嘛请想要有没不很太最更'.split(
    '',
  ),
);
