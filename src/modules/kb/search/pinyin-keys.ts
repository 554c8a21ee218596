import { pinyin } from 'pinyin-pro';

// Speech-to-text and hurried typing give the right sound with the wrong characters (公基金 for 公积金, 洛户 for
// 落户). Every indexed Han word is also indexed by its toneless pinyin, and a query span that matches no word
// is looked up by its own. Tones are left out: recognisers get them wrong as often as the characters.

/**
 * Words of this many syllables or more are also indexed with each syllable in turn blanked out (采暖费 →
 * 0nuanfei, cai0fei, cainuan0), so a query one syllable away (采缓费 → cai0fei) still finds them. Two-syllable
 * words are left out: one syllable of two is half the word, and 供暖 would meet every 公X.
 */
export const MIN_FUZZY_SYLLABLES = 3;
/** Longer words are names (units, estates) nobody mishears whole; their parts are indexed on their own. */
const MAX_PINYIN_WORD_LENGTH = 8;
const BLANK = '0';
const MEMO_LIMIT = 200_000;

/** Toneless syllables of Han text, ü written v (ASCII keeps both databases' tokenizers out of it). */
export function syllablesOf(hanText: string): string[] {
  return pinyin(hanText, { toneType: 'none', type: 'array', v: true, nonZh: 'removed' }).filter(
    (s) => s !== '',
  );
}

export function pinyinKey(syllables: readonly string[]): string {
  return syllables.join('');
}

/** One key per syllable position, that syllable blanked; none for words shorter than MIN_FUZZY_SYLLABLES. */
export function fuzzyKeys(syllables: readonly string[]): string[] {
  if (syllables.length < MIN_FUZZY_SYLLABLES) return [];
  return syllables.map((_, blanked) => syllables.map((s, i) => (i === blanked ? BLANK : s)).join(''));
}

export interface WordPinyin {
  exact: string;
  fuzzy: string[];
}

const memo = new Map<string, WordPinyin | null>();

/**
 * The pinyin keys of one indexed word, or null when it has none (not all Han, or one character). Remembered:
 * a knowledge base repeats its vocabulary, and ranking asks again for every candidate.
 */
export function wordPinyin(word: string): WordPinyin | null {
  let keys = memo.get(word);
  if (keys !== undefined) return keys;
  keys = null;
  if (word.length >= 2 && word.length <= MAX_PINYIN_WORD_LENGTH && /^\p{Script=Han}+$/u.test(word)) {
    const syllables = syllablesOf(word);
    if (syllables.length === [...word].length)
      keys = { exact: pinyinKey(syllables), fuzzy: fuzzyKeys(syllables) };
  }
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, keys);
  return keys;
}

/** Known words by sound: which hotline words a misheard span may stand for. */
export interface SoundingVocabulary {
  /** Words whose exact or one-syllable-blanked key is `key` */
  wordsSounding(key: string): readonly string[];
}

export function createSoundingVocabulary(words: Iterable<string>): SoundingVocabulary {
  const byKey = new Map<string, string[]>();
  const add = (key: string, word: string) => {
    const list = byKey.get(key);
    if (!list) byKey.set(key, [word]);
    else if (!list.includes(word)) list.push(word);
  };
  for (const word of words) {
    const keys = wordPinyin(word);
    if (!keys) continue;
    add(keys.exact, word);
    for (const key of keys.fuzzy) add(key, word);
  }
  return { wordsSounding: (key) => byKey.get(key) ?? [] };
}
