// The knowledge base's Chinese search engine: normalisation (繁→简, full-width), jieba words with a project
// dictionary, an editable synonym table, pinyin for misheard words, and one ranking for SQLite and PostgreSQL.
export {
  createKbSearch,
  DEFAULT_LIMIT,
  MAX_CANDIDATES,
  MAX_LIMIT,
  type KbSearch,
  type KbSearchOptions,
  type KbSearchResult,
} from './kb-search.ts';
export type { SearchDocument } from './search-document.ts';
export { DEFAULT_STATUSES, type SearchFilters } from './search-filters.ts';
export {
  createSynonymSet,
  normalizeSynonymRule,
  normalizeSynonymTerm,
  ruleInputOf,
  MAX_SYNONYM_TERM_LENGTH,
  MAX_SYNONYM_TERMS,
  type Expansion,
  type SynonymKind,
  type SynonymRule,
  type SynonymRuleInput,
  type SynonymSet,
} from './synonyms.ts';
export {
  addSynonymRule,
  deleteSynonymRule,
  findSynonymRule,
  listSynonymRules,
  seedDefaultSynonyms,
  updateSynonymRule,
} from './synonyms.repository.ts';
export { DEFAULT_SYNONYMS } from './default-synonyms.ts';
export { HOTLINE_WORDS, projectWords } from './project-words.ts';
export { normalizeText, plainTextOf } from './text.ts';
