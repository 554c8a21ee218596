import type { TermCounts } from './search-terms.ts';

// The shapes a query takes once planned, shared by the planner, the homophone finder, the candidate query and
// ranking.

/** Where an alternative is looked up: the words of title, keywords and body, or their pinyin keys. */
export type Field = 'text' | 'pinyin';

/** One way a group can match: all of `tokens` present (usually one token). */
export interface Alternative {
  tokens: string[];
  field: Field;
  weight: number;
  /** Single-character queries only: tokens are prefixes */
  prefix: boolean;
  /** Documents that may match (for AND alternatives, the rarest part's count) */
  docs: number;
  idf: number;
}

/** One concept of the query: a caller's word with its synonyms and parts, or a homophone span. */
export interface QueryGroup {
  /** The query text it stands for */
  source: string;
  weight: number;
  alternatives: Alternative[];
  /** At most this many documents match (the alternatives' counts summed) */
  docs: number;
  idf: number;
}

export interface QueryPlan {
  groups: QueryGroup[];
  /** Indexed documents */
  documents: number;
}

export type TermCounter = (terms: readonly string[]) => Promise<TermCounts>;

/**
 * How much each kind of alternative counts against the caller's own word (1). A synonym is nearly as good; a
 * word cut into its parts (住房公积金 → 住房 + 公积金) nearly so; a homophone is a guess, a near-homophone more so.
 */
export const ALTERNATIVE_WEIGHTS = {
  word: 1,
  synonym: 0.9,
  parts: 0.8,
  pinyin: 0.75,
  nearPinyin: 0.5,
} as const;
/** A word of the query that a homophone span also explains (基金 inside 公基金) counts this much. */
export const EXPLAINED_WORD_WEIGHT = 0.5;

/** Robertson–Spärck Jones inverse document frequency, as BM25 uses it (never negative). */
export function idf(docs: number, documents: number): number {
  return Math.log(1 + (documents - docs + 0.5) / (docs + 0.5));
}
