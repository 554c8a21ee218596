import { fuzzyKeys, pinyinKey, syllablesOf, type SoundingVocabulary } from './pinyin-keys.ts';
import {
  ALTERNATIVE_WEIGHTS,
  idf,
  type Alternative,
  type Field,
  type QueryGroup,
  type TermCounter,
} from './query-types.ts';
import { STOP_CHARACTERS } from './stop-words.ts';
import type { SynonymSet } from './synonyms.ts';
import { isHan } from './text.ts';

// Spans of the query that no indexed word explains are looked up by sound. jieba cuts a misheard word
// unpredictably (公基金 → 公/基金, 采缓费 → one unknown word), so a span is any run of whole words, two to five
// Han characters long, holding an unexplained character. A span matches the pinyin keys of indexed words, and
// also the hotline vocabulary (synonym and dictionary words) by sound, with that word's synonyms: 采缓费 sounds
// one syllable from 采暖费, which the articles call 供暖费.

export interface HomophoneGroup extends QueryGroup {
  start: number;
  end: number;
}

export interface HomophoneContext {
  /** Character positions where a word of the query starts or ends */
  boundaries: ReadonlySet<number>;
  /** True where a character belongs to a word the index holds, or to a stop word */
  covered: readonly boolean[];
  vocabulary: SoundingVocabulary;
  synonyms: SynonymSet;
  count: TermCounter;
}

const MIN_WINDOW = 2;
const MAX_WINDOW = 5;
/** A rambling query has many unexplained characters; its spans are looked up in one query, so they are capped. */
const MAX_WINDOWS = 60;

interface Window {
  start: number;
  end: number;
  open: number;
  exact: Candidate[];
  near: Candidate[];
}

interface Candidate {
  token: string;
  field: Field;
  weight: number;
}

/**
 * Spans of two characters must be wholly unexplained (洛户 → 落户); longer ones need one unexplained character
 * for the same sound, two for a near one, and a near-homophone key must keep one of them unblanked, so that
 * 交暖气 does not match every 某暖气 and 月水费 (俩月水费) not 月租费. Spans with
 * more unexplained characters, then fewer explained ones, are preferred: 公基金 rather than 公基金提取.
 */
export async function homophoneGroups(
  normalized: string,
  context: HomophoneContext,
): Promise<HomophoneGroup[]> {
  const { covered, boundaries } = context;
  const open = (i: number) => !covered[i] && isHan(normalized[i] ?? '');
  const windows: Window[] = [];
  for (const [runStart, runEnd] of hanRuns(normalized)) {
    let anyOpen = false;
    for (let i = runStart; i < runEnd; i++) anyOpen ||= open(i);
    if (!anyOpen) continue;
    const syllables = syllablesOf(normalized.slice(runStart, runEnd));
    if (syllables.length !== runEnd - runStart) continue;
    for (let start = runStart; start < runEnd; start++) {
      for (let end = start + MIN_WINDOW; end <= Math.min(runEnd, start + MAX_WINDOW); end++) {
        if (!boundaries.has(start) || !boundaries.has(end)) continue;
        const openAt: number[] = [];
        for (let i = start; i < end; i++) if (open(i)) openAt.push(i - start);
        if (openAt.length === 0 || (end - start === MIN_WINDOW && openAt.length < MIN_WINDOW)) continue;
        if (STOP_CHARACTERS.has(normalized[start] ?? '') || STOP_CHARACTERS.has(normalized[end - 1] ?? ''))
          continue;
        const spoken = syllables.slice(start - runStart, end - runStart);
        const near =
          openAt.length < MIN_WINDOW
            ? []
            : fuzzyKeys(spoken).filter((_, blanked) => openAt.some((at) => at !== blanked));
        const text = normalized.slice(start, end);
        windows.push({
          start,
          end,
          open: openAt.length,
          exact: candidates([pinyinKey(spoken)], text, ALTERNATIVE_WEIGHTS.pinyin, context),
          near: candidates(near, text, ALTERNATIVE_WEIGHTS.nearPinyin, context),
        });
      }
    }
  }
  windows.sort((a, b) => b.open - a.open || a.end - a.start - (b.end - b.start) || a.start - b.start);
  const considered = windows.slice(0, MAX_WINDOWS);
  if (considered.length === 0) return [];

  const counts = await context.count(considered.flatMap((w) => [...w.exact, ...w.near].map((c) => c.token)));
  const accepted: HomophoneGroup[] = [];
  const accept = (window: Window, found: Candidate[]) => {
    if (accepted.some((group) => window.start < group.end && window.end > group.start)) return;
    const strongest = new Map<string, Candidate>();
    for (const candidate of found) {
      const key = `${candidate.field}:${candidate.token}`;
      if ((strongest.get(key)?.weight ?? 0) < candidate.weight) strongest.set(key, candidate);
    }
    const alternatives: Alternative[] = [...strongest.values()].flatMap(({ token, field, weight }) => {
      const docs = counts.docs.get(token) ?? 0;
      return docs > 0
        ? [{ tokens: [token], field, weight, prefix: false, docs, idf: idf(docs, counts.documents) }]
        : [];
    });
    // A hotline word that sounds so explains the span better than whatever indexed word shares the key
    // (采缓费 is 采暖费, not 材料费, though both blank to cai0fei).
    const known = alternatives.filter((alternative) => alternative.field === 'text');
    if (known.length > 0) alternatives.splice(0, alternatives.length, ...known);
    if (alternatives.length === 0) return;
    accepted.push({
      source: normalized.slice(window.start, window.end),
      start: window.start,
      end: window.end,
      weight: 1,
      alternatives,
      docs: alternatives.reduce((sum, alternative) => sum + alternative.docs, 0),
      idf: Math.max(...alternatives.map((alternative) => alternative.idf)),
    });
  };
  // Same sound first; one syllable off only where nothing sounded the same.
  for (const window of considered) accept(window, window.exact);
  for (const window of considered) accept(window, window.near);
  return accepted.sort((a, b) => a.start - b.start);
}

/** The pinyin keys themselves, and the vocabulary words sounding so, with their synonyms, as text. */
function candidates(keys: string[], text: string, weight: number, context: HomophoneContext): Candidate[] {
  const found: Candidate[] = keys.map((token) => ({ token, field: 'pinyin', weight }));
  for (const key of keys) {
    for (const word of context.vocabulary.wordsSounding(key)) {
      if (word === text) continue;
      found.push({ token: word, field: 'text', weight });
      for (const { term } of context.synonyms.expand(word)) {
        found.push({ token: term, field: 'text', weight: weight * ALTERNATIVE_WEIGHTS.synonym });
      }
    }
  }
  return found;
}

function hanRuns(text: string): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const han = i < text.length && isHan(text[i] ?? '');
    if (han && start < 0) start = i;
    if (!han && start >= 0) {
      runs.push([start, i]);
      start = -1;
    }
  }
  return runs;
}
