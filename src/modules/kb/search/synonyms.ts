import { normalizeText } from './text.ts';

/**
 * 同义词: callers and articles name one thing differently (暖气, 供暖, 采暖, 供热). An `equivalent` rule makes its
 * terms find each other; a `oneWay` rule makes a query for `from` also find `terms`, not the reverse (a query
 * for 上户口 finds 落户 articles, a query for 落户 does not pull in every text that says 上户口).
 */
export type SynonymRuleInput =
  | { kind: 'equivalent'; terms: readonly string[] }
  | { kind: 'oneWay'; from: string; terms: readonly string[] };

export type SynonymKind = SynonymRuleInput['kind'];

export interface SynonymRule {
  id: number;
  kind: SynonymKind;
  /** Equivalent: the whole group; one-way: what `from` also finds. Normalised (simplified, lower case). */
  terms: string[];
  /** One-way rules only */
  from: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A query term and how it was reached from the caller's word. */
export interface Expansion {
  term: string;
  via: SynonymKind;
}

export interface SynonymSet {
  /** Other terms a query word should also find, in rule order, without the word itself. */
  expand(word: string): Expansion[];
  /** Every word a rule starts from (equivalent terms and one-way `from`s), to spot them in a query's text. */
  triggers(): readonly string[];
  /** Every word of every rule, for the segmenter's dictionary. */
  vocabulary(): readonly string[];
}

export const MAX_SYNONYM_TERM_LENGTH = 32;
export const MAX_SYNONYM_TERMS = 20;

/** A synonym term as stored and compared: normalised like indexed text, with no spaces or punctuation. */
export function normalizeSynonymTerm(term: string): string {
  return normalizeText(term).replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The rule's terms normalised, deduplicated and checked. Throws a RangeError naming the problem: the
 * service above validates requests first, so reaching it means a programming error, not bad input.
 */
export function normalizeSynonymRule(input: SynonymRuleInput): SynonymRuleInput {
  const terms = [...new Set(input.terms.map(normalizeSynonymTerm))].filter((term) => term.length > 0);
  for (const term of terms) {
    if (term.length > MAX_SYNONYM_TERM_LENGTH) throw new RangeError(`synonym term too long: ${term}`);
  }
  if (terms.length > MAX_SYNONYM_TERMS)
    throw new RangeError(`a synonym rule has at most ${MAX_SYNONYM_TERMS} terms`);
  if (input.kind === 'equivalent') {
    if (terms.length < 2) throw new RangeError('an equivalent synonym rule needs two different terms');
    return { kind: 'equivalent', terms };
  }
  const from = normalizeSynonymTerm(input.from);
  if (from.length === 0 || from.length > MAX_SYNONYM_TERM_LENGTH)
    throw new RangeError(`bad one-way synonym: ${from}`);
  const targets = terms.filter((term) => term !== from);
  if (targets.length === 0) throw new RangeError('a one-way synonym rule needs a term other than its source');
  return { kind: 'oneWay', from, terms: targets };
}

/** Identifies a rule by its content, whatever the order of its terms: the same rule is stored once. */
export function synonymRuleKey(rule: SynonymRuleInput): string {
  const terms = [...rule.terms].sort().join('|');
  return rule.kind === 'equivalent' ? `=${terms}` : `${rule.from}>${terms}`;
}

/** A stored rule as input again (to edit it, or to build a set from the table). */
export function ruleInputOf(rule: SynonymRule): SynonymRuleInput {
  return rule.kind === 'oneWay'
    ? { kind: 'oneWay', from: rule.from ?? '', terms: rule.terms }
    : { kind: 'equivalent', terms: rule.terms };
}

export function createSynonymSet(rules: readonly SynonymRuleInput[]): SynonymSet {
  const expansions = new Map<string, Expansion[]>();
  const vocabulary = new Set<string>();
  const add = (word: string, term: string, via: SynonymKind) => {
    if (term === word) return;
    const list = expansions.get(word) ?? [];
    if (!list.some((e) => e.term === term)) list.push({ term, via });
    expansions.set(word, list);
  };
  for (const rule of rules) {
    for (const term of rule.terms) vocabulary.add(term);
    if (rule.kind === 'equivalent') {
      for (const word of rule.terms) for (const term of rule.terms) add(word, term, 'equivalent');
    } else {
      vocabulary.add(rule.from);
      expansions.set(rule.from, expansions.get(rule.from) ?? []);
      for (const term of rule.terms) add(rule.from, term, 'oneWay');
    }
  }
  const triggers = [...expansions.keys()];
  const allWords = [...vocabulary];
  return {
    expand: (word) => expansions.get(word) ?? [],
    triggers: () => triggers,
    vocabulary: () => allWords,
  };
}
