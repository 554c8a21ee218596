import { AppError } from '../../shared/errors.ts';

/**
 * What a citizen writes on the portal goes to an agent's screen and may end up in a bulletin: refuse what
 * people do not write and spammers do. Links (advertising, phishing), one character repeated many times
 * (keyboard mashing, padding past the minimum length), control characters (hidden text), and the city's list
 * of banned words. Text is stored as text either way; these checks keep the queue clean, not the screens safe.
 */
const LINK = /(https?:\/\/|www\.|\b[a-z0-9-]{2,}\.(com|cn|net|org|top|xyz|cc|io|vip|info)\b)/i;
const REPEATED = /(.)\1{9,}/u;
// eslint-disable-next-line no-control-regex -- control characters are what is refused (tab and newlines allowed)
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/;

export const DEFAULT_BANNED_WORDS: readonly string[] = ['代开发票', '办证刻章', '网络赌博', '博彩网站'];

export function createContentChecks(bannedWords: readonly string[] = DEFAULT_BANNED_WORDS) {
  const words = bannedWords.map((w) => w.trim().toLowerCase()).filter(Boolean);
  /** Throws PORTAL_CONTENT_REFUSED naming the field and the reason; `label` is the field's Chinese name. */
  return function check(field: string, label: string, text: string | undefined | null): void {
    if (!text) return;
    const refuse = (why: string) => {
      throw new AppError('PORTAL_CONTENT_REFUSED', `${label}${why}`, { field });
    };
    if (CONTROL.test(text)) refuse('含有不可见的控制字符，请删除后再提交');
    if (LINK.test(text)) refuse('不能包含网址链接');
    if (REPEATED.test(text)) refuse('含有大量重复字符，请如实描述');
    const lower = text.toLowerCase();
    const banned = words.find((word) => lower.includes(word));
    if (banned) refuse('含有不允许提交的内容，请修改后再提交');
  };
}
