import {
  APPEAL_TYPE_LABELS,
  CHANNEL_LABELS,
  SATISFACTION_LABELS,
  URGENCY_LABELS,
  type AppealType,
  type Channel,
  type SatisfactionLevel,
  type Urgency,
} from '../lifecycle/states.ts';

/**
 * The code lists (字典) a city names in its own words: 来源渠道, 诉求类型, 紧急程度 and 满意度. Their codes and
 * labels are fixed by the platform, because the lifecycle, the deadline policies and the evaluation are written
 * against them (src/domain/lifecycle/states.ts); what varies from city to city is only how the old system spelled
 * them, and that is data: aliases an admin edits (the dictionaries module).
 */
export const DICTIONARY_KEYS = ['channel', 'appealType', 'urgency', 'satisfaction'] as const;
export type DictionaryKey = (typeof DICTIONARY_KEYS)[number];

/** The code type each dictionary resolves to. */
export interface DictionaryCodes {
  channel: Channel;
  appealType: AppealType;
  urgency: Urgency;
  satisfaction: SatisfactionLevel;
}
export type DictionaryCode<D extends DictionaryKey = DictionaryKey> = DictionaryCodes[D];

export const DICTIONARY_LABELS: Record<DictionaryKey, string> = {
  channel: '来源渠道',
  appealType: '诉求类型',
  urgency: '紧急程度',
  satisfaction: '满意度',
};

/** One fixed entry of a dictionary: the platform's code and its Chinese label. */
export interface DictionaryEntry<D extends DictionaryKey = DictionaryKey> {
  code: DictionaryCode<D>;
  label: string;
}

function entriesOf<T extends string>(labels: Record<T, string>): { code: T; label: string }[] {
  return (Object.entries(labels) as [T, string][]).map(([code, label]) => ({ code, label }));
}

/** Every dictionary's fixed entries, in the order of the platform's constants. */
export const DICTIONARY_ENTRIES: { [D in DictionaryKey]: readonly DictionaryEntry<D>[] } = {
  channel: entriesOf(CHANNEL_LABELS),
  appealType: entriesOf(APPEAL_TYPE_LABELS),
  urgency: entriesOf(URGENCY_LABELS),
  satisfaction: entriesOf(SATISFACTION_LABELS),
};

export function isDictionaryKey(text: string): text is DictionaryKey {
  return (DICTIONARY_KEYS as readonly string[]).includes(text);
}

export function isDictionaryCode<D extends DictionaryKey>(
  dictionary: D,
  code: string,
): code is DictionaryCode<D> {
  return DICTIONARY_ENTRIES[dictionary].some((entry) => entry.code === code);
}

/** An alias as stored: another spelling of one code in one dictionary. */
export interface DictionaryAlias {
  dictionary: DictionaryKey;
  /** as the admin typed it (or as the defaults spell it) */
  alias: string;
  code: string;
}

/**
 * How a spelling is compared: NFKC (which folds 全角 to 半角: 'ＮＯＲＭＡＬ' → 'NORMAL', '１１０' → '110'), lower case
 * (English codes are case-insensitive), and no white space at all ('特 急', '12345 热线'). Legacy exports are
 * typed by hand over years: these are the differences that never carry meaning. The same rule as 诉求分类 names.
 */
export function normalizeTerm(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
}
