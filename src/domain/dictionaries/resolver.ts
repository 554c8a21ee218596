import {
  DICTIONARY_ENTRIES,
  DICTIONARY_KEYS,
  DICTIONARY_LABELS,
  isDictionaryCode,
  normalizeTerm,
  type DictionaryAlias,
  type DictionaryCode,
  type DictionaryEntry,
  type DictionaryKey,
} from './dictionaries.ts';

/** Why an alias cannot be stored as it stands. */
export type AliasProblem =
  | { kind: 'empty' }
  /** the spelling already is this code's own code or label: always accepted, never stored */
  | { kind: 'own'; code: string; label: string }
  /** the spelling is another code's code or label: an alias cannot take a name away from a code */
  | { kind: 'conflict'; code: string; label: string };

/**
 * The dictionaries in memory: the fixed entries of src/domain/lifecycle/states.ts and the aliases as they stand.
 * Resolves what a file or a person wrote to a code: the code itself, its label or any alias, compared as
 * `normalizeTerm` says (全角/半角, case and white space ignored). Aliases that name no code of their dictionary
 * are ignored rather than trusted.
 */
export function createDictionaryResolver(aliases: readonly DictionaryAlias[]) {
  const fixed = new Map<DictionaryKey, Map<string, DictionaryEntry>>();
  const terms = new Map<DictionaryKey, Map<string, string>>();
  for (const dictionary of DICTIONARY_KEYS) {
    const own = new Map<string, DictionaryEntry>();
    for (const entry of DICTIONARY_ENTRIES[dictionary] as readonly DictionaryEntry[]) {
      own.set(normalizeTerm(entry.code), entry);
      own.set(normalizeTerm(entry.label), entry);
    }
    fixed.set(dictionary, own);
    terms.set(dictionary, new Map());
  }
  for (const { dictionary, alias, code } of aliases) {
    const term = normalizeTerm(alias);
    // A code's own names win over any alias: they are what the rules and the console show.
    if (!isDictionaryCode(dictionary, code) || fixed.get(dictionary)!.has(term)) continue;
    terms.get(dictionary)!.set(term, code);
  }

  return {
    /** The code `text` names in `dictionary`, or undefined. */
    find<D extends DictionaryKey>(dictionary: D, text: string): DictionaryCode<D> | undefined {
      const term = normalizeTerm(text);
      const code = fixed.get(dictionary)!.get(term)?.code ?? terms.get(dictionary)!.get(term);
      return code as DictionaryCode<D> | undefined;
    },

    /** The labels, for error messages: '一般、紧急、特急'. */
    accepted(dictionary: DictionaryKey): string {
      return DICTIONARY_ENTRIES[dictionary].map((entry) => entry.label).join('、');
    },

    /** Why `alias` cannot be stored in `dictionary` (pointing at `code`), or undefined when it can. */
    aliasProblem(dictionary: DictionaryKey, alias: string, code: string): AliasProblem | undefined {
      const term = normalizeTerm(alias);
      if (term === '') return { kind: 'empty' };
      const owner = fixed.get(dictionary)!.get(term);
      if (!owner) return undefined;
      return { kind: owner.code === code ? 'own' : 'conflict', code: owner.code, label: owner.label };
    },

    /** Every entry of `dictionary` with the aliases that point at it, as typed. */
    entries(dictionary: DictionaryKey): { code: string; label: string; aliases: string[] }[] {
      return DICTIONARY_ENTRIES[dictionary].map((entry) => ({
        code: entry.code,
        label: entry.label,
        aliases: aliases
          .filter((row) => row.dictionary === dictionary && row.code === entry.code)
          .map((row) => row.alias),
      }));
    },

    label: (dictionary: DictionaryKey) => DICTIONARY_LABELS[dictionary],
  };
}

export type DictionaryResolver = ReturnType<typeof createDictionaryResolver>;
