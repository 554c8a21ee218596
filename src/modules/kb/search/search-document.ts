import type { Insertable } from 'kysely';
import type { KbSearchDocsTable } from '../../../db/schema.ts';
import { facetTokensOf } from './facets.ts';
import { wordPinyin } from './pinyin-keys.ts';
import type { Segmenter } from './segmenter.ts';
import { normalizeText, plainTextOf } from './text.ts';

/** An article as the search engine indexes it. */
export interface SearchDocument {
  articleId: number;
  title: string;
  /** Plain text, Markdown or sanitised HTML */
  body: string;
  keywords: string[];
  /** draft | pendingReview | published | expired | withdrawn … (free text: filters compare it as given) */
  status: string;
  categoryCode: string | null;
  unitCode: string;
  /** District unit codes where the article alone applies; empty: the whole city */
  districtCodes: string[];
  updatedAt: Date;
  expiresAt: Date | null;
  /** Left out: an indexed article keeps its count (a new one starts at 0) */
  usageCount?: number;
}

export type SearchRow = Insertable<KbSearchDocsTable>;

/** The row kb_search_docs holds for a document, and every term it contributes to kb_search_terms. */
export function searchRowOf(
  doc: SearchDocument,
  segmenter: Segmenter,
): { row: SearchRow; terms: Set<string> } {
  const title = plainTextOf(doc.title).replace(/\s+/g, ' ');
  const body = plainTextOf(doc.body);
  const texts = [title, body, ...doc.keywords].map(normalizeText);
  const [titleTokens, bodyTokens] = texts.slice(0, 2).map((text) => segmenter.indexTokens(text)) as [
    string[],
    string[],
  ];
  const keywordTokens = texts.slice(2).flatMap((keyword) => segmenter.indexTokens(keyword));
  const pinyinTokens = pinyinTokensOf(texts.flatMap((text) => segmenter.indexWords(text)));
  const row: SearchRow = {
    article_id: doc.articleId,
    title,
    body,
    title_tokens: titleTokens.join(' '),
    body_tokens: bodyTokens.join(' '),
    keyword_tokens: keywordTokens.join(' '),
    pinyin_tokens: pinyinTokens.join(' '),
    facets: facetTokensOf(doc).join(' '),
    status: doc.status,
    category_code: doc.categoryCode,
    unit_code: doc.unitCode,
    districts: [...new Set(doc.districtCodes)].join(' '),
    updated_at: doc.updatedAt.toISOString(),
    expires_at: doc.expiresAt ? doc.expiresAt.toISOString() : null,
    ...(doc.usageCount !== undefined ? { usage_count: doc.usageCount } : {}),
  };
  return { row, terms: termsOf(row) };
}

/** Each distinct word's pinyin key, then its one-syllable-blanked keys: membership, not frequency, matters here. */
function pinyinTokensOf(words: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const word of new Set(words)) {
    const pinyin = wordPinyin(word);
    if (!pinyin) continue;
    keys.add(pinyin.exact);
    for (const key of pinyin.fuzzy) keys.add(key);
  }
  return [...keys];
}

/** The distinct tokens of a stored row's four token columns. */
export function termsOf(
  row: Pick<SearchRow, 'title_tokens' | 'body_tokens' | 'keyword_tokens' | 'pinyin_tokens'>,
) {
  const terms = new Set<string>();
  for (const column of [row.title_tokens, row.body_tokens, row.keyword_tokens, row.pinyin_tokens]) {
    for (const token of column.split(' ')) if (token !== '') terms.add(token);
  }
  return terms;
}
