import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { projectWords } from './project-words.ts';
import { STOP_WORDS } from './stop-words.ts';
import { isHan, normalizeText } from './text.ts';

/** A word of a cut sentence and where it starts (UTF-16 offset in the normalised text). */
export interface PlacedWord {
  word: string;
  start: number;
}

export interface Segmenter {
  /**
   * Search-mode tokens of normalised text, for the index: every word and the dictionary words inside it
   * (住房公积金 → 住房 公积 公积金 住房公积金), without stop words, punctuation or single Han characters.
   */
  indexTokens(normalized: string): string[];
  /**
   * The words themselves, without the search-mode parts (住房公积金, not 公积 or 积金): pinyin is indexed for
   * these only, since a part's sound (积金 = jijin) would answer for unrelated words (基金, 济金).
   */
  indexWords(normalized: string): string[];
  /** The words of a normalised sentence as jieba cuts it (HMM on), every character kept, with offsets. */
  words(normalized: string): PlacedWord[];
  /** The dictionary words search-mode cutting finds inside one word, the word itself excluded. */
  subWords(word: string): string[];
  /** Whether a word (already cut) can be a search term: letters or digits only, not a stop word, not one Han character. */
  isTerm(word: string): boolean;
  /** Teaches the dictionary more words (synonyms added at run time, place names); idempotent. */
  addWords(words: readonly string[]): void;
}

const MAX_TERM_LENGTH = 32;
const TERM_CHARACTERS = /^[\p{L}\p{N}]+$/u;
// Han text and Latin/digit text in one jieba word (hmm-joined 18度) are split: PostgreSQL's parser and FTS5's
// unicode61 would each keep such a token whole, but a caller types 18 度 as often as 18度.
const SCRIPT_RUNS = /\p{Script=Han}+|[^\p{Script=Han}]+/gu;
// Frequencies tried, lowest first, until jieba keeps a project word whole. Too high a frequency makes a short
// word swallow longer ones (医保 at 50000 splits 医保卡 into 医保/卡), so each word gets the least that works.
const WORD_FREQUENCIES = [5, 50, 500, 5000, 50000];

let jieba: Jieba | undefined;
const taught = new Set<string>();

/**
 * One jieba instance per process, created on first use (loading the 350,000-word dictionary takes ≈ 150 ms) and
 * taught the project dictionary; every engine shares it, so index and queries are always cut alike.
 */
export function getSegmenter(extraWords: readonly string[] = []): Segmenter {
  if (!jieba) {
    jieba = Jieba.withDict(dict);
    teach(jieba, projectWords());
  }
  if (extraWords.length > 0) teach(jieba, extraWords);
  return segmenter(jieba);
}

function segmenter(instance: Jieba): Segmenter {
  const isTerm = (word: string): boolean =>
    word.length <= MAX_TERM_LENGTH &&
    TERM_CHARACTERS.test(word) &&
    !STOP_WORDS.has(word) &&
    !(word.length === 1 && isHan(word)) &&
    // A lone Latin letter or digit says nothing either.
    !(word.length === 1 && /^[a-z0-9]$/.test(word));

  return {
    indexTokens(normalized) {
      if (normalized.trim() === '') return [];
      return instance.cutForSearch(normalized, true).flatMap((word) => scriptRuns(word).filter(isTerm));
    },
    indexWords(normalized) {
      if (normalized.trim() === '') return [];
      return instance.cut(normalized, true).flatMap((word) => scriptRuns(word).filter(isTerm));
    },
    words(normalized) {
      const placed: PlacedWord[] = [];
      let start = 0;
      for (const cut of instance.cut(normalized, true)) {
        for (const word of scriptRuns(cut)) {
          placed.push({ word, start });
          start += word.length;
        }
      }
      return placed;
    },
    subWords(word) {
      return [...new Set(instance.cutForSearch(word, true))].filter((sub) => sub !== word && isTerm(sub));
    },
    isTerm,
    addWords(words) {
      teach(instance, words);
    },
  };
}

function scriptRuns(word: string): string[] {
  return word.match(SCRIPT_RUNS) ?? [];
}

function teach(instance: Jieba, words: readonly string[]): void {
  let pending = words.map(normalizeText).filter((word) => {
    if (taught.has(word) || word.length < 2 || !TERM_CHARACTERS.test(word)) return false;
    taught.add(word);
    return true;
  });
  const isWhole = (word: string) => {
    const cut = instance.cut(word, false);
    return cut.length === 1 && cut[0] === word;
  };
  for (const frequency of WORD_FREQUENCIES) {
    pending = pending.filter((word) => !isWhole(word));
    if (pending.length === 0) return;
    instance.loadDict(Buffer.from(pending.map((word) => `${word} ${frequency}`).join('\n'), 'utf8'));
  }
}
