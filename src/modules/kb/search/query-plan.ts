import { homophoneGroups } from './homophones.ts';
import type { SoundingVocabulary } from './pinyin-keys.ts';
import {
  ALTERNATIVE_WEIGHTS,
  EXPLAINED_WORD_WEIGHT,
  idf,
  type Alternative,
  type QueryGroup,
  type QueryPlan,
  type TermCounter,
} from './query-types.ts';
import type { TermCounts } from './search-terms.ts';
import type { Segmenter } from './segmenter.ts';
import { STOP_WORDS } from './stop-words.ts';
import type { SynonymSet } from './synonyms.ts';
import { isHan } from './text.ts';

const MAX_GROUPS = 12;

type DraftAlternative = Pick<Alternative, 'tokens' | 'field' | 'weight' | 'prefix'>;

interface DraftGroup {
  source: string;
  start: number;
  end: number;
  weight: number;
  alternatives: DraftAlternative[];
}

/** Turns a normalised query into weighted groups, asking the term counts which words the index knows. */
export async function planQuery(
  normalized: string,
  deps: { segmenter: Segmenter; synonyms: SynonymSet; vocabulary: SoundingVocabulary; count: TermCounter },
): Promise<QueryPlan> {
  const { segmenter } = deps;
  const drafts = wordGroups(normalized, segmenter, deps.synonyms);
  const textTokens = drafts.flatMap((draft) =>
    draft.alternatives.flatMap((alternative) => alternative.tokens),
  );
  const counts = await deps.count(textTokens);
  if (counts.documents === 0) return { groups: [], documents: 0 };
  const resolved = drafts.map((draft) => resolve(draft, counts));

  const covered = new Array<boolean>(normalized.length).fill(false);
  const boundaries = new Set<number>();
  for (const { word, start } of segmenter.words(normalized)) {
    boundaries.add(start).add(start + word.length);
    if (STOP_WORDS.has(word)) covered.fill(true, start, start + word.length);
  }
  resolved.forEach((group, index) => {
    const draft = drafts[index] as DraftGroup;
    if (group.alternatives.length > 0) covered.fill(true, draft.start, draft.end);
  });
  const homophones = await homophoneGroups(normalized, { ...deps, covered, boundaries });
  for (const homophone of homophones) {
    drafts.forEach((draft, index) => {
      if (draft.start >= homophone.start && draft.end <= homophone.end) {
        (resolved[index] as QueryGroup).weight *= EXPLAINED_WORD_WEIGHT;
      }
    });
  }
  const groups: QueryGroup[] = [...resolved.filter((group) => group.alternatives.length > 0), ...homophones];
  if (groups.length === 0) {
    const single = singleCharacter(normalized);
    if (single) groups.push(prefixGroup(single, counts.documents));
  }
  return { groups: strongestGroups(groups), documents: counts.documents };
}

/**
 * A rambling description yields twenty words and more; the weakest (公司, 部门, 有限公司) add cost, not order.
 * The MAX_GROUPS with the most weight × idf are kept, in query order.
 */
function strongestGroups(groups: QueryGroup[]): QueryGroup[] {
  if (groups.length <= MAX_GROUPS) return groups;
  const kept = new Set([...groups].sort((a, b) => b.weight * b.idf - a.weight * a.idf).slice(0, MAX_GROUPS));
  return groups.filter((group) => kept.has(group));
}

/** The caller's words, each with its parts and synonyms, plus synonym terms the cutting did not isolate. */
function wordGroups(normalized: string, segmenter: Segmenter, synonyms: SynonymSet): DraftGroup[] {
  const drafts: DraftGroup[] = [];
  const seen = new Set<string>();
  const addWord = (word: string, start: number) => {
    if (seen.has(word)) return;
    seen.add(word);
    const alternatives: DraftAlternative[] = [text([word], ALTERNATIVE_WEIGHTS.word)];
    alternatives.push(...partsOf(word, segmenter, ALTERNATIVE_WEIGHTS.parts));
    for (const sub of segmenter.subWords(word))
      alternatives.push(text([sub], 0.1 + (0.4 * sub.length) / word.length));
    for (const { term } of synonyms.expand(word)) {
      alternatives.push(text([term], ALTERNATIVE_WEIGHTS.synonym));
      alternatives.push(...partsOf(term, segmenter, ALTERNATIVE_WEIGHTS.synonym * ALTERNATIVE_WEIGHTS.parts));
    }
    drafts.push({
      source: word,
      start,
      end: start + word.length,
      weight: 1,
      alternatives: strongest(alternatives),
    });
  };
  const words = segmenter.words(normalized).filter((placed) => segmenter.isTerm(placed.word));
  for (const { word, start } of words) addWord(word, start);
  for (const trigger of synonyms.triggers()) {
    const at = normalized.indexOf(trigger);
    if (at >= 0 && trigger.length >= 2 && !words.some(({ word }) => word.includes(trigger)))
      addWord(trigger, at);
  }
  return drafts;
}

function text(tokens: string[], weight: number): DraftAlternative {
  return { tokens, field: 'text', weight, prefix: false };
}

/**
 * The word as the index may hold it in parts: a long dictionary word's inner words are indexed only when they
 * have two or three characters (search-mode cutting), so 住房公积金 inside 住房公积金贷款 is found as 住房 + 公积金.
 */
function partsOf(word: string, segmenter: Segmenter, weight: number): DraftAlternative[] {
  const taken = new Array<boolean>(word.length).fill(false);
  const pieces: { sub: string; at: number }[] = [];
  const subs = segmenter.subWords(word).sort((a, b) => b.length - a.length);
  for (const sub of subs) {
    for (let at = word.indexOf(sub); at >= 0; at = word.indexOf(sub, at + 1)) {
      if (taken.slice(at, at + sub.length).some(Boolean)) continue;
      taken.fill(true, at, at + sub.length);
      pieces.push({ sub, at });
    }
  }
  if (pieces.length < 2 || taken.some((t) => !t)) return [];
  return [
    text(
      pieces.sort((a, b) => a.at - b.at).map((piece) => piece.sub),
      weight,
    ),
  ];
}

/** One alternative per distinct token list, the heaviest kept. */
function strongest(alternatives: DraftAlternative[]): DraftAlternative[] {
  const byKey = new Map<string, DraftAlternative>();
  for (const alternative of alternatives) {
    const key = `${alternative.field}:${alternative.tokens.join('&')}`;
    const known = byKey.get(key);
    if (!known || known.weight < alternative.weight) byKey.set(key, alternative);
  }
  return [...byKey.values()];
}

/** Counts attached; alternatives no document holds are dropped. */
function resolve(
  draft: Pick<DraftGroup, 'source' | 'weight' | 'alternatives'>,
  counts: TermCounts,
): QueryGroup {
  const alternatives: Alternative[] = [];
  for (const alternative of draft.alternatives) {
    const docs = Math.min(...alternative.tokens.map((token) => counts.docs.get(token) ?? 0));
    if (docs > 0) alternatives.push({ ...alternative, docs, idf: idf(docs, counts.documents) });
  }
  return {
    source: draft.source,
    weight: draft.weight,
    alternatives,
    docs: alternatives.reduce((sum, alternative) => sum + alternative.docs, 0),
    idf: Math.max(0, ...alternatives.map((alternative) => alternative.idf)),
  };
}

/** The Han character a one-character query consists of (电, 水), or null. */
function singleCharacter(normalized: string): string | null {
  const meaningful = normalized.replace(/[^\p{L}\p{N}]/gu, '');
  return meaningful.length === 1 && isHan(meaningful) ? meaningful : null;
}

/** Single characters are not indexed: a one-character query looks for words that start with it. */
function prefixGroup(character: string, documents: number): QueryGroup {
  const weight = ALTERNATIVE_WEIGHTS.word;
  const docs = documents;
  const alternative: Alternative = { tokens: [character], field: 'text', weight, prefix: true, docs, idf: 1 };
  return { source: character, weight, alternatives: [alternative], docs, idf: 1 };
}
